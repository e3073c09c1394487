// An article's text with its facts marked: quotes, entity mentions (the
// speaker of each quote marked as such), event triggers and dates.
//
// Spans come in characters (code points) of the text, as the API gives them.
// Quotes are the outer layer; mentions, triggers and dates nest inside
// them. A span that would cross one it sits in is cut at that one's end, so
// the marks always nest as HTML must.

import {codePointIndex, h} from './dom.js';

// Layers by how far out they sit: a quote holds mentions, not the reverse.
const LAYER = {quote: 0, event: 1, mention: 2, timex: 2};

// spans: [{begin, end, kind: 'quote'|'mention'|'event'|'timex', make(children) -> Element}]
export function markText(text, spans) {
  const index = codePointIndex(text);
  const chars = index.length - 1;
  const list = spans
    .filter((s) => s.begin < s.end && s.begin >= 0 && s.end <= chars)
    .map((s) => ({...s, children: []}))
    .sort((a, b) => a.begin - b.begin || b.end - a.end || LAYER[a.kind] - LAYER[b.kind]);
  const root = {begin: 0, end: chars, children: []};
  const stack = [root];
  for (const span of list) {
    while (stack.length > 1 && stack[stack.length - 1].end <= span.begin) stack.pop();
    const parent = stack[stack.length - 1];
    if (span.end > parent.end) span.end = parent.end;  // cut at the parent's end
    if (span.begin >= span.end) continue;
    parent.children.push(span);
    stack.push(span);
  }
  const slice = (from, to) => text.slice(index[from], index[to]);
  const render = (node) => {
    const out = [];
    let at = node.begin;
    for (const child of node.children) {
      if (child.begin > at) out.push(slice(at, child.begin));
      out.push(child.make(render(child)));
      at = child.end;
    }
    if (at < node.end) out.push(slice(at, node.end));
    return out;
  };
  return h('div', {class: 'article-text'}, render(root));
}

// For each quote, the mention of its speaker nearest to it (outside the
// quote when there is one: "…," kata Retno), or -1.
export function speakerMentions(quotes, mentions) {
  return quotes.map((q) => {
    if (!q.speaker_id) return -1;
    let best = -1;
    let bestScore = Infinity;
    mentions.forEach((m, i) => {
      if (m.entity_id !== q.speaker_id) return;
      const inside = m.begin >= q.begin && m.end <= q.end;
      const distance = m.end <= q.begin ? q.begin - m.end : m.begin >= q.end ? m.begin - q.end : 0;
      const score = distance + (inside ? 1e6 : 0);
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return best;
  });
}
