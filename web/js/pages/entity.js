// A person's or organisation's page: what they said, on a time line and as
// a list, and the events they take part in (as source or target), over
// time and as a list.

import {get} from '../api.js';
import {eventsOverTime, quoteTimeline} from '../charts.js';
import {h, periodRange, route} from '../dom.js';
import {typeColour} from '../event_types.js';
import {formatDate, formatNumber, t, tn, typeName} from '../i18n.js';

function actor(name, id, self) {
  if (!name) return h('span', {class: 'actor none'}, '—');
  if (id === self) return h('strong', {class: 'actor self'}, name);
  return id ? h('a', {href: route(`entity/${id}`), class: 'actor'}, name) : h('span', {class: 'actor'}, name);
}

export async function render({args, go}) {
  const e = await get(`/v1/entities/${args[0]}`);
  const [quotes, events, timeline] = await Promise.all([
    get('/v1/quotes', {speaker: e.name, limit: 1000}),
    get('/v1/events', {actor: e.name, limit: 200}),
    get('/v1/timeline', {actor: e.name}),
  ]);

  const facts = [
    [t('entity.kind'), t(`entity.type.${e.type}`)],
    e.country ? [t('entity.country'), e.country] : null,
    e.actor_code ? [t('entity.actor_code'), e.actor_code] : null,
    [t('entity.articles'), formatNumber(e.articles)],
    [t('entity.mentions'), formatNumber(e.mentions)],
    [t('entity.quotes'), formatNumber(e.quotes)],
  ].filter(Boolean);
  const header = h('header', {class: 'entity-head'},
    h('h1', {}, h('span', {class: `ent-dot ent-${e.type}`}), e.name),
    h('dl', {class: 'facts-row'}, facts.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
    h('p', {class: 'links'},
      h('a', {class: 'button', href: route('search', {entity: e.name})}, t('entity.search')),
      h('a', {class: 'button', href: route('network', {actor: e.name})}, t('entity.network')),
      h('a', {class: 'button', href: route('events', {actor: e.name})}, t('entity.events'))));

  const quoteSection = h('section', {class: 'section quotes-section'},
    h('h2', {}, t('entity.statements'), ' ', h('span', {class: 'count'}, formatNumber(quotes.quotes.length))),
    quotes.quotes.length ? [
      h('div', {class: 'chart-box'}, quoteTimeline(quotes.quotes, {onSelect: (q) => go(`article/${q.article_id}`)})),
      h('p', {class: 'legend'},
        h('span', {class: 'key dot direct'}), t('quote.direct'), ' ',
        h('span', {class: 'key dot indirect'}), t('quote.indirect')),
      h('ol', {class: 'statement-list'}, quotes.quotes.map((q) => h('li', {class: 'statement', dataset: {article: q.article_id}},
        h('div', {class: 'meta'}, h('time', {datetime: q.published}, formatDate(q.published)), ' · ',
          q.site, q.cue ? ` · ${q.cue}` : '', ` · ${t(`quote.${q.kind}`)}`),
        h('blockquote', {class: q.kind}, q.content),
        h('a', {href: route(`article/${q.article_id}`), class: 'source'}, q.title || t('article.untitled'))))),
    ] : h('p', {class: 'empty'}, t('entity.no_statements')));

  const eventSection = h('section', {class: 'section events-section'},
    h('h2', {}, t('entity.events_title'), ' ', h('span', {class: 'count'}, formatNumber(events.events.length))),
    timeline.periods.length ? h('div', {class: 'chart-box'},
      eventsOverTime(timeline.periods, timeline.types, {height: 200,
        onSelect: (period) => go('events', {actor: e.name, ...periodRange(period)})})) : null,
    events.events.length ? h('ul', {class: 'event-list'}, events.events.map((ev) => h('li', {class: 'event-row'},
      h('span', {class: 'badge', vars: {'--c': typeColour(ev.type)}}, typeName(ev.type)),
      h('span', {class: 'actors'}, actor(ev.source, ev.source_id, e.entity_id), ' → ',
        actor(ev.target, ev.target_id, e.entity_id)),
      ev.negated ? h('span', {class: 'flag'}, ` ${t('event.negated')}`) : null,
      h('div', {class: 'meta'}, h('time', {datetime: ev.published}, formatDate(ev.published)), ' · ',
        h('a', {href: route(`article/${ev.article_id}`)}, ev.title || t('article.untitled'))),
      h('p', {class: 'sentence'}, ev.sentence))))
      : h('p', {class: 'empty'}, t('entity.no_events')));

  const content = h('div', {class: 'page entity-page', dataset: {entityId: e.entity_id}},
    header, quoteSection, eventSection,
    events.events.length === 200 ? h('p', {class: 'note'}, tn('entity.events_shown', 200)) : null);
  return {content, title: e.name};
}
