// Events over time: how many events of each type the archive's articles
// report per day or month (stacked bars, clickable), and the newest events
// under the same filters.

import {get} from '../api.js';
import {eventsOverTime} from '../charts.js';
import {h, periodRange, route} from '../dom.js';
import {sortTypes, typeColour} from '../event_types.js';
import {eventFilterForm} from '../filters.js';
import {formatDate, formatNumber, t, typeName} from '../i18n.js';

const LIST_SIZE = 50;

function actor(name, id) {
  if (!name) return h('span', {class: 'actor none'}, '—');
  return id ? h('a', {href: route(`entity/${id}`), class: 'actor'}, name) : h('span', {class: 'actor'}, name);
}

export async function render({params, go}) {
  const state = {};
  for (const key of ['type', 'actor', 'from', 'to', 'bucket']) state[key] = params.get(key) || '';
  const [timeline, events] = await Promise.all([
    get('/v1/timeline', state),
    get('/v1/events', {type: state.type, actor: state.actor, from: state.from, to: state.to, limit: LIST_SIZE}),
  ]);
  const bucket = h('select', {name: 'bucket', 'aria-label': t('events.bucket')},
    ['auto', 'day', 'month'].map((b) => h('option', {value: b === 'auto' ? '' : b, selected: (state.bucket || '') === (b === 'auto' ? '' : b)},
      t(`events.bucket.${b}`))));
  const form = eventFilterForm(state, (values) => go('events', values),
                               [h('label', {}, t('events.bucket'), bucket)]);
  const chart = timeline.periods.length
    ? [h('div', {class: 'chart-box'}, eventsOverTime(timeline.periods, timeline.types, {
        onSelect: (period) => go('events', {...state, ...periodRange(period)})})),
       h('ul', {class: 'legend'}, sortTypes(timeline.types).map((type) => h('li', {},
         h('a', {href: route('events', {...state, type: state.type === type ? '' : type})},
           h('span', {class: 'swatch', vars: {'--c': typeColour(type)}}), typeName(type)))))]
    : h('p', {class: 'empty'}, t('events.empty'));
  const list = events.events.map((ev) => h('li', {class: 'event-row'},
    h('span', {class: 'badge', vars: {'--c': typeColour(ev.type)}}, typeName(ev.type)),
    h('span', {class: 'actors'}, actor(ev.source, ev.source_id), ' → ', actor(ev.target, ev.target_id)),
    ev.negated ? h('span', {class: 'flag'}, ` ${t('event.negated')}`) : null,
    ev.claimed_by ? h('span', {class: 'flag'}, ` ${t('event.claimed_by', {name: ev.claimed_by})}`) : null,
    h('div', {class: 'meta'}, h('time', {datetime: ev.published}, formatDate(ev.published)), ' · ', ev.site, ' · ',
      h('a', {href: route(`article/${ev.article_id}`)}, ev.title || t('article.untitled'))),
    h('p', {class: 'sentence'}, ev.sentence)));
  const content = h('section', {class: 'page events-page'},
    h('h1', {}, t('events.title')),
    form,
    h('p', {class: 'summary'},
      t('events.summary', {n: formatNumber(timeline.events), bucket: t(`events.bucket.${timeline.bucket}`)}),
      timeline.complete ? '' : ` ${t('network.partial', {n: formatNumber(timeline.events_read)})}`),
    chart,
    h('h2', {}, t('events.newest')),
    list.length ? h('ul', {class: 'event-list'}, list) : h('p', {class: 'empty'}, t('events.empty')));
  return {content, title: t('events.title')};
}
