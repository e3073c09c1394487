// An article with its facts: the text with quotes, entity mentions (each
// quote's speaker marked), event triggers and dates highlighted, and the
// same facts listed beside it. Hovering a listed fact lights up its place
// in the text; clicking scrolls to it.

import {get} from '../api.js';
import {h, route} from '../dom.js';
import {typeColour} from '../event_types.js';
import {markText, speakerMentions} from '../highlight.js';
import {formatDate, formatNumber, t, tn, typeName} from '../i18n.js';

const LAYERS = ['quote', 'entity', 'event', 'timex'];
const ENTITY_TYPES = ['PER', 'ORG', 'LOC'];

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// Marks every element of the text that `selector` finds while the pointer
// is on `item`, and scrolls to the first on click.
function linkToText(item, textEl, selector) {
  const targets = () => textEl.querySelectorAll(selector);
  item.addEventListener('mouseenter', () => targets().forEach((el) => el.classList.add('lit')));
  item.addEventListener('mouseleave', () => targets().forEach((el) => el.classList.remove('lit')));
  item.addEventListener('click', (e) => {
    if (e.target.closest('a')) return;  // a link inside the item goes where it says
    const first = targets()[0];
    if (!first) return;
    first.scrollIntoView({behavior: 'smooth', block: 'center'});
    first.classList.remove('flash');
    void first.getBoundingClientRect();  // restart the animation
    first.classList.add('flash');
  });
}

function entityLink(id, name, cls) {
  return id ? h('a', {href: route(`entity/${id}`), class: cls, dataset: {entityId: id}}, name)
    : h('span', {class: cls}, name);
}

export async function render({args}) {
  const a = await get(`/v1/articles/${args[0]}`);
  let story = null;
  if (a.story_id) {
    const stories = await get('/v1/stories', {story: a.story_id, min: 2, limit: 1});
    story = stories.stories[0] || null;
  }
  const entities = new Map(a.entities.map((e) => [e.entity_id, e]));
  const speakerOf = speakerMentions(a.quotes, a.mentions);
  const quotesOfMention = new Map();
  speakerOf.forEach((m, q) => {
    if (m >= 0) quotesOfMention.set(m, [...(quotesOfMention.get(m) || []), q]);
  });

  const spans = [];
  a.quotes.forEach((q, i) => spans.push({begin: q.begin, end: q.end, kind: 'quote',
    make: (children) => h('span', {class: `hl hl-quote ${q.kind}`, id: `quote-${i}`,
                                   dataset: {quote: i, speakerId: q.speaker_id || ''},
                                   title: q.speaker ? `${q.speaker} (${q.cue})` : t('quote.unknown')},
      children)}));
  a.mentions.forEach((m, i) => {
    const e = entities.get(m.entity_id);
    const speakerFor = quotesOfMention.get(i);
    spans.push({begin: m.begin, end: m.end, kind: 'mention',
      make: (children) => h('span', {
        class: `hl hl-entity ent-${e ? e.type : 'X'}${speakerFor ? ' hl-speaker' : ''}`,
        dataset: {entityId: m.entity_id, speakerOf: speakerFor ? speakerFor.join(' ') : null},
        title: e ? `${e.name} · ${t(`entity.type.${e.type}`)}${speakerFor ? ` · ${t('quote.speaker')}` : ''}` : null},
      children)});
  });
  a.events.forEach((ev, i) => spans.push({begin: ev.begin, end: ev.end, kind: 'event',
    make: (children) => h('span', {class: `hl hl-event${ev.negated ? ' negated' : ''}`,
                                   dataset: {event: i, type: ev.type}, vars: {'--c': typeColour(ev.type)},
                                   title: `${typeName(ev.type)}: ${ev.source || '?'} → ${ev.target || '?'}`},
      children)}));
  a.timex.forEach((x, i) => spans.push({begin: x.begin, end: x.end, kind: 'timex',
    make: (children) => h('span', {class: 'hl hl-timex', dataset: {timex: i}, title: x.value}, children)}));
  const text = markText(a.text, spans);
  text.id = 'article-text';

  const toggles = h('div', {class: 'layers', role: 'group', 'aria-label': t('article.layers')},
    LAYERS.map((layer) => {
      const box = h('input', {type: 'checkbox', checked: true, dataset: {layer}, onchange: () => {
        text.classList.toggle(`hide-${layer}`, !box.checked);
      }});
      return h('label', {class: `layer layer-${layer}`}, box, h('span', {class: 'key'}), t(`layer.${layer}`));
    }));

  // Beside the text: quotes, entities, events, dates.
  const quoteItems = a.quotes.map((q, i) => {
    const item = h('li', {class: 'quote-item', dataset: {quote: i}},
      h('div', {class: 'who'},
        q.speaker ? entityLink(q.speaker_id, q.speaker, 'speaker') : h('span', {class: 'speaker unknown'}, t('quote.unknown')),
        q.cue ? h('span', {class: 'cue'}, ` · ${q.cue}`) : null,
        h('span', {class: 'kind'}, ` · ${t(`quote.${q.kind}`)}`)),
      h('blockquote', {}, shorten(q.content, 240)));
    linkToText(item, text, `#quote-${i}, [data-speaker-of~="${i}"]`);
    return item;
  });
  const entityGroups = ENTITY_TYPES.map((type) => {
    const list = a.entities.filter((e) => e.type === type);
    if (!list.length) return null;
    return h('div', {class: 'entity-group'}, h('h4', {}, t(`entity.types.${type}`)),
      h('ul', {}, list.map((e) => {
        const item = h('li', {class: 'entity-item', dataset: {entityId: e.entity_id}},
          entityLink(e.entity_id, e.name, `entity ent-${type}`),
          e.actor_code || e.country ? h('span', {class: 'code'}, ` ${[e.actor_code, e.country].filter(Boolean).join(' · ')}`) : null,
          h('span', {class: 'count', title: t('entity.mentions')}, formatNumber(e.mentions)));
        linkToText(item, text, `.hl-entity[data-entity-id="${e.entity_id}"]`);
        return item;
      })));
  });
  const eventItems = a.events.map((ev, i) => {
    const item = h('li', {class: 'event-item', dataset: {event: i}},
      h('span', {class: 'badge', vars: {'--c': typeColour(ev.type)}}, typeName(ev.type)),
      h('span', {class: 'actors'},
        ev.source ? entityLink(ev.source_id, ev.source, 'actor') : h('span', {class: 'actor none'}, '—'),
        ' → ',
        ev.target ? entityLink(ev.target_id, ev.target, 'actor') : h('span', {class: 'actor none'}, '—')),
      h('div', {class: 'detail'}, `“${ev.trigger}”`,
        ev.negated ? h('span', {class: 'flag'}, ` · ${t('event.negated')}`) : null,
        ev.claimed_by ? h('span', {class: 'flag'}, ` · ${t('event.claimed_by', {name: ev.claimed_by})}`) : null,
        ev.date ? ` · ${formatDate(ev.date)}` : null,
        ev.cameo ? h('span', {class: 'code'}, ` · CAMEO ${ev.cameo}`) : null));
    linkToText(item, text, `[data-event="${i}"]`);
    return item;
  });
  const timexItems = a.timex.map((x, i) => {
    const item = h('li', {class: 'timex-item'}, h('span', {class: 'said'}, x.text), ' → ',
      h('time', {datetime: x.value}, x.value));
    linkToText(item, text, `[data-timex="${i}"]`);
    return item;
  });
  const panel = (key, count, body) => h('section', {class: `panel panel-${key}`},
    h('h3', {}, t(`panel.${key}`), ' ', h('span', {class: 'count'}, formatNumber(count))),
    count ? body : h('p', {class: 'empty'}, t('panel.empty')));

  const header = h('header', {class: 'article-head'},
    h('h1', {}, a.title || t('article.untitled')),
    h('p', {class: 'meta'},
      h('span', {class: 'site'}, a.site || t('site.none')), ' · ',
      h('time', {datetime: a.published}, formatDate(a.published)),
      a.author ? ` · ${a.author}` : null,
      a.url ? [' · ', h('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank'}, t('article.original'))] : null),
    story ? h('p', {class: 'story-link'},
      h('a', {href: route(`story/${story.story_id}`)},
        tn('article.story', story.articles - 1, {sites: formatNumber(story.sites.length)}))) : null);

  const content = h('div', {class: 'page article-page'},
    header,
    h('div', {class: 'columns'},
      h('section', {class: 'reading'}, toggles, text),
      h('aside', {class: 'facts'},
        panel('quotes', a.quotes.length, h('ul', {class: 'quotes'}, quoteItems)),
        panel('entities', a.entities.length, entityGroups),
        panel('events', a.events.length, h('ul', {class: 'events'}, eventItems)),
        panel('timex', a.timex.length, h('ul', {class: 'timex'}, timexItems)))));
  return {content, title: a.title || t('article.untitled')};
}
