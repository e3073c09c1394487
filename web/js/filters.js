// The filter form shared by the events and network pages: event type,
// actor, dates (and extra fields a page adds).

import {h} from './dom.js';
import {EVENT_TYPES} from './event_types.js';
import {t, typeName} from './i18n.js';

// state: {type, actor, from, to, ...}; onSubmit(values) with the form's values.
export function eventFilterForm(state, onSubmit, extra = []) {
  const type = h('select', {name: 'type', 'aria-label': t('filter.type')},
    h('option', {value: ''}, t('filter.all_types')),
    EVENT_TYPES.map(([code]) => h('option', {value: code, selected: state.type === code}, typeName(code))));
  const actor = h('input', {type: 'text', name: 'actor', value: state.actor || '',
                            placeholder: t('filter.actor_placeholder'), 'aria-label': t('filter.actor')});
  const from = h('input', {type: 'date', name: 'from', value: state.from || ''});
  const to = h('input', {type: 'date', name: 'to', value: state.to || ''});
  const form = h('form', {class: 'filter-form', onsubmit: (e) => {
    e.preventDefault();
    const values = {};
    for (const el of form.elements) if (el.name) values[el.name] = el.value.trim();
    onSubmit(values);
  }},
    h('label', {}, t('filter.type'), type),
    h('label', {}, t('filter.actor'), actor),
    h('label', {}, t('filter.from'), from),
    h('label', {}, t('filter.to'), to),
    extra,
    h('button', {type: 'submit', class: 'primary'}, t('filter.apply')));
  return form;
}
