// The actor network: who acts on whom. Actors are circles (the more events,
// the larger), an arrow runs from the source of events to their target,
// one per event type in that type's colour, thicker for more events. The
// legend hides or shows a type; pointing at an actor lights up its links.

import {get} from '../api.js';
import {h, route, svg} from '../dom.js';
import {sortTypes, typeColour} from '../event_types.js';
import {eventFilterForm} from '../filters.js';
import {forceLayout} from '../force_layout.js';
import {formatNumber, t, tn, typeName} from '../i18n.js';

const WIDTH = 960, HEIGHT = 580;
const LABELLED = 30;  // actors named on the drawing; the others on hover

function radius(node) {
  return Math.min(26, 6 + 2.6 * Math.sqrt(node.events));
}

function drawNetwork(data, go) {
  const nodes = data.nodes;
  // One spring per linked pair, however many types link them.
  const pairs = new Map();
  for (const e of data.edges) {
    const key = e.source < e.target ? `${e.source}-${e.target}` : `${e.target}-${e.source}`;
    const pair = pairs.get(key) || {source: e.source, target: e.target, weight: 0, edges: []};
    pair.weight += e.events;
    pair.edges.push(e);
    pairs.set(key, pair);
  }
  const pos = forceLayout(nodes, [...pairs.values()], {width: WIDTH, height: HEIGHT, margin: 56});
  const types = sortTypes(new Set(data.edges.map((e) => e.type)));
  const maxEvents = Math.max(1, ...data.edges.map((e) => e.events));

  const defs = svg('defs', {}, types.map((type) => svg('marker', {
    id: `arrow-${type}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7,
    orient: 'auto-start-reverse', markerUnits: 'userSpaceOnUse'},
  svg('path', {d: 'M0,0 L10,5 L0,10 z', fill: typeColour(type)}))));
  const edgeLayer = svg('g', {class: 'edges'});
  for (const pair of pairs.values()) {
    pair.edges.forEach((e, i) => {
      const a = pos[e.source], b = pos[e.target];
      const dx = b.x - a.x, dy = b.y - a.y;
      const len = Math.sqrt(dx * dx + dy * dy) || 1;
      // Each edge of a pair bends its own way: by its index, and the two
      // directions to opposite sides.
      const bend = 18 + 16 * i;
      const nx = -dy / len, ny = dx / len;
      const mx = (a.x + b.x) / 2 + nx * bend, my = (a.y + b.y) / 2 + ny * bend;
      // End at the target's rim, not its centre.
      const ex = b.x - mx, ey = b.y - my;
      const el = Math.sqrt(ex * ex + ey * ey) || 1;
      const r = radius(nodes[e.target]) + 2;
      const tx = b.x - (ex / el) * r, ty = b.y - (ey / el) * r;
      const width = 1.2 + 4 * Math.sqrt(e.events / maxEvents);
      edgeLayer.append(svg('path', {
        class: 'edge', d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${tx.toFixed(1)},${ty.toFixed(1)}`,
        stroke: typeColour(e.type), 'stroke-width': width.toFixed(2), fill: 'none',
        'marker-end': `url(#arrow-${e.type})`,
        dataset: {type: e.type, source: e.source, target: e.target}},
      svg('title', {}, `${nodes[e.source].name} → ${nodes[e.target].name}: ${typeName(e.type)} × ${formatNumber(e.events)}`)));
    });
  }
  const nodeLayer = svg('g', {class: 'nodes'});
  const drawing = svg('svg', {class: 'network', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
                              'aria-label': t('network.title')}, defs, edgeLayer, nodeLayer);
  nodes.forEach((node, i) => {
    const r = radius(node);
    const g = svg('g', {class: `node${node.entity_id ? '' : ' group'}`, tabindex: 0,
                        transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`,
                        dataset: {node: i, entityId: node.entity_id || ''}},
      svg('circle', {r}),
      // Names on the outer side of the drawing, so that none runs off it.
      i < LABELLED ? svg('text', pos[i].x > WIDTH * 0.62
        ? {class: 'label', x: -(r + 4), y: 4, 'text-anchor': 'end'}
        : {class: 'label', x: r + 4, y: 4}, node.name) : null,
      svg('title', {}, `${node.name}${node.code ? ` (${node.code})` : ''} · ${tn('network.events', node.events)}`));
    const open = () => (node.entity_id ? go(`entity/${node.entity_id}`) : go('events', {actor: node.name}));
    g.addEventListener('click', open);
    g.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
    g.addEventListener('mouseenter', () => {
      drawing.classList.add('focus');
      for (const p of edgeLayer.children) {
        if (p.dataset.source === String(i) || p.dataset.target === String(i)) p.classList.add('lit');
      }
      g.classList.add('lit');
    });
    g.addEventListener('mouseleave', () => {
      drawing.classList.remove('focus');
      for (const p of edgeLayer.querySelectorAll('.lit')) p.classList.remove('lit');
      g.classList.remove('lit');
    });
    nodeLayer.append(g);
  });

  const legend = h('ul', {class: 'legend types-legend', 'aria-label': t('network.legend')},
    types.map((type) => {
      const item = h('li', {}, h('button', {type: 'button', 'aria-pressed': 'true', dataset: {type}},
        h('span', {class: 'swatch', vars: {'--c': typeColour(type)}}), typeName(type)));
      const button = item.firstChild;
      button.addEventListener('click', () => {
        const on = button.getAttribute('aria-pressed') !== 'true';
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
        for (const p of edgeLayer.querySelectorAll(`[data-type="${type}"]`)) p.classList.toggle('hidden', !on);
      });
      return item;
    }));
  return {drawing, legend};
}

export async function render({params, go}) {
  const state = {};
  for (const key of ['type', 'actor', 'from', 'to', 'nodes']) state[key] = params.get(key) || '';
  const data = await get('/v1/network', state);
  const nodesField = h('label', {}, t('network.nodes'),
    h('input', {type: 'number', name: 'nodes', min: 2, max: 500, value: state.nodes || 50}));
  const form = eventFilterForm(state, (values) => go('network', values), [nodesField]);
  let body;
  if (!data.edges.length) {
    body = h('p', {class: 'empty'}, t('network.empty'));
  } else {
    const {drawing, legend} = drawNetwork(data, go);
    body = [h('div', {class: 'chart-box network-box'}, drawing), legend];
  }
  const summary = h('p', {class: 'summary'},
    t('network.summary', {actors: formatNumber(data.nodes.length), links: formatNumber(data.edges.length),
                          events: formatNumber(data.events)}),
    data.nodes.length < data.actors ? ` ${t('network.trimmed', {n: formatNumber(data.actors)})}` : '',
    data.complete ? '' : ` ${t('network.partial', {n: formatNumber(data.events_read)})}`);
  const content = h('section', {class: 'page network-page'},
    h('h1', {}, t('network.title')),
    h('p', {class: 'lead'}, t('network.lead')),
    form, summary, body,
    h('p', {class: 'note'}, t('network.help'), ' ', h('a', {href: route('events', state)}, t('network.to_events'))));
  return {content, title: t('network.title')};
}
