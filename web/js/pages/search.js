// The search page: root-word search over the archive with filters, facets
// beside the results (sites, people, event types, months) and paging.

import {get} from '../api.js';
import {monthBars} from '../charts.js';
import {h, periodRange, route, snippet} from '../dom.js';
import {typeColour} from '../event_types.js';
import {formatDate, formatNumber, t, tn, typeName} from '../i18n.js';

const FILTERS = ['site', 'entity', 'speaker', 'type', 'from', 'to', 'story'];
const PAGE_SIZE = 20;

function lastDayOfMonth(month) {
  return periodRange(month).to;
}

export async function render({params, go}) {
  const state = {q: params.get('q') || ''};
  for (const f of FILTERS) state[f] = params.get(f) || '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const [results, facets] = await Promise.all([
    get('/v1/search', {...state, limit: PAGE_SIZE, offset}),
    get('/v1/facets', {...state, limit: 8}),
  ]);
  // A link to this search with some filters changed (back to the first page).
  const withFilters = (changes) => route('search', {...state, ...changes});

  const input = h('input', {type: 'search', name: 'q', value: state.q, id: 'q',
                            placeholder: t('search.placeholder'), 'aria-label': t('search.label'),
                            autocomplete: 'off'});
  const from = h('input', {type: 'date', name: 'from', value: state.from, 'aria-label': t('filter.from')});
  const to = h('input', {type: 'date', name: 'to', value: state.to, 'aria-label': t('filter.to')});
  const form = h('form', {class: 'search-form', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    go('search', {...state, q: input.value.trim(), from: from.value, to: to.value});
  }},
    input,
    h('label', {class: 'date'}, t('filter.from'), from),
    h('label', {class: 'date'}, t('filter.to'), to),
    h('button', {type: 'submit', class: 'primary'}, t('search.button')));

  const chips = FILTERS.filter((f) => state[f]).map((f) => {
    const value = f === 'type' ? typeName(state[f]) : f === 'from' || f === 'to'
      ? formatDate(state[f]) : state[f];
    return h('a', {class: 'chip', href: withFilters({[f]: ''}), title: t('filter.remove'),
                   dataset: {filter: f}},
      h('span', {class: 'chip-name'}, t(`filter.${f}`)), ' ', value, h('span', {class: 'x'}, ' ×'));
  });

  const facetGroup = (title, items) => items.length
    ? h('section', {class: 'facet'}, h('h3', {}, title), h('ul', {}, items)) : null;
  const facetItem = (label, count, href, selected, extra) =>
    h('li', {class: selected ? 'selected' : null},
      h('a', {href, class: 'facet-value'}, label), extra || null,
      h('span', {class: 'count'}, formatNumber(count)));

  const typeItems = facets.types.map((f) => facetItem(
    h('span', {class: 'type-label'}, h('span', {class: 'swatch', vars: {'--c': typeColour(f.value)}}),
      typeName(f.value)),
    f.articles, withFilters({type: state.type === f.value ? '' : f.value}), state.type === f.value));
  const siteItems = facets.sites.map((f) => facetItem(
    f.value || t('site.none'), f.articles,
    withFilters({site: state.site === f.value ? '' : f.value}), state.site === f.value));
  const peopleItems = facets.people.map((f) => {
    const selected = state.entity.toLowerCase() === f.value.toLowerCase();
    return facetItem(f.value, f.articles, withFilters({entity: selected ? '' : f.value}), selected,
      h('a', {href: route(`entity/${f.entity_id}`), class: 'to-entity', title: t('entity.open'),
              'aria-label': t('entity.open')}, '↗'));
  });
  const selectedMonth = state.from && state.to && state.from.slice(0, 7) === state.to.slice(0, 7) &&
    state.from.endsWith('-01') && state.to === lastDayOfMonth(state.from.slice(0, 7))
    ? state.from.slice(0, 7) : '';
  const months = facets.months.filter((m) => m.value);
  const monthChart = months.length > 0 ? h('section', {class: 'facet'},
    h('h3', {}, t('facet.months')),
    monthBars(months, {selected: selectedMonth, onSelect: (month) => go('search', {
      ...state, from: month === selectedMonth ? '' : `${month}-01`,
      to: month === selectedMonth ? '' : lastDayOfMonth(month)})})) : null;

  const hits = results.hits.map((hit) => h('article', {class: 'hit', dataset: {article: hit.article_id}},
    h('h2', {}, h('a', {href: route(`article/${hit.article_id}`)}, hit.title || t('article.untitled'))),
    h('div', {class: 'meta'}, h('span', {class: 'site'}, hit.site || t('site.none')), ' · ',
      h('time', {datetime: hit.published}, formatDate(hit.published))),
    hit.snippet ? snippet(hit.snippet) : null));

  const pager = [];
  if (offset > 0) {
    pager.push(h('a', {class: 'button', rel: 'prev',
                       href: route('search', {...state, offset: Math.max(0, offset - PAGE_SIZE) || ''})},
      t('page.previous')));
  }
  if (offset + results.hits.length < results.total) {
    pager.push(h('a', {class: 'button', rel: 'next', href: route('search', {...state, offset: offset + PAGE_SIZE})},
      t('page.next')));
  }
  const first = results.total ? offset + 1 : 0;
  const summary = results.total
    ? tn('search.count', results.total, {first: formatNumber(first),
                                          last: formatNumber(offset + results.hits.length)})
    : t('search.none');

  const content = h('section', {class: 'page search-page'},
    form,
    chips.length ? h('div', {class: 'chips'}, chips) : null,
    h('div', {class: 'columns'},
      h('aside', {class: 'facets', 'aria-label': t('facet.title')},
        facetGroup(t('facet.types'), typeItems),
        facetGroup(t('facet.people'), peopleItems),
        facetGroup(t('facet.sites'), siteItems),
        monthChart),
      h('section', {class: 'results'},
        h('p', {class: 'summary', id: 'result-count'}, summary),
        h('div', {class: 'hits'}, hits),
        pager.length ? h('nav', {class: 'pager'}, pager) : null)));
  return {content, title: state.q || t('nav.search')};
}
