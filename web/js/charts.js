// Charts drawn as plain SVG: events over time (stacked bars by type), a
// person's statements on a time line, and a facet's months.

import {svg} from './dom.js';
import {formatDate, formatNumber, t, typeName} from './i18n.js';
import {sortTypes, typeColour} from './event_types.js';

const DAY_MS = 86400000;

function dayValue(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1);
}

// A round step for an axis of `max` in about `ticks` steps.
function niceStep(max, ticks) {
  const raw = Math.max(1, max / ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const f of [1, 2, 5, 10]) {
    if (f * power >= raw) return Math.max(1, f * power);
  }
  return 10 * power;
}

// Events per period, stacked by type. periods: [{period, total, types: {TYPE: n}}].
// onSelect(period) when a bar is clicked.
export function eventsOverTime(periods, types, {onSelect, height = 260} = {}) {
  const width = 960;
  const left = 44, right = 12, top = 12, bottom = 38;
  const plotW = width - left - right, plotH = height - top - bottom;
  const max = Math.max(1, ...periods.map((p) => p.total));
  const step = niceStep(max, 4);
  const yMax = Math.ceil(max / step) * step;
  const band = plotW / Math.max(1, periods.length);
  const barW = Math.max(1, Math.min(48, band * 0.8));
  const y = (v) => top + plotH - (v / yMax) * plotH;
  const chart = svg('svg', {class: 'chart events-chart', viewBox: `0 0 ${width} ${height}`,
                            role: 'img', 'aria-label': t('chart.events')});
  for (let v = 0; v <= yMax; v += step) {
    chart.append(svg('line', {class: 'grid', x1: left, x2: width - right, y1: y(v), y2: y(v)}),
                 svg('text', {class: 'tick', x: left - 6, y: y(v) + 4, 'text-anchor': 'end'},
                     formatNumber(v)));
  }
  const ordered = sortTypes(types);
  const labelEvery = Math.max(1, Math.ceil(periods.length / 10));
  periods.forEach((p, i) => {
    const x = left + i * band + (band - barW) / 2;
    const group = svg('g', {class: 'bar', dataset: {period: p.period}});
    let base = 0;
    for (const type of ordered) {
      const n = p.types[type] || 0;
      if (!n) continue;
      group.append(svg('rect', {x, y: y(base + n), width: barW, height: Math.max(0.5, y(base) - y(base + n)),
                                fill: typeColour(type), dataset: {type}},
                       svg('title', {}, `${formatDate(p.period)} · ${typeName(type)}: ${formatNumber(n)}`)));
      base += n;
    }
    // A wider, invisible target so that thin bars are easy to click.
    group.append(svg('rect', {class: 'hit', x: left + i * band, y: top, width: band, height: plotH,
                              fill: 'transparent'},
                     svg('title', {}, `${formatDate(p.period)}: ${formatNumber(p.total)}`)));
    if (onSelect) group.addEventListener('click', () => onSelect(p.period));
    chart.append(group);
    if (i % labelEvery === 0) {
      chart.append(svg('text', {class: 'tick', x: left + i * band + band / 2, y: height - bottom + 16,
                                'text-anchor': 'middle'}, formatDate(p.period)));
    }
  });
  chart.append(svg('line', {class: 'axis', x1: left, x2: width - right, y1: y(0), y2: y(0)}));
  return chart;
}

// Ticks of a time axis from `from` to `to` (ms), about `count` of them.
function timeTicks(from, to, count) {
  const span = Math.max(DAY_MS, to - from);
  const days = span / DAY_MS;
  const ticks = [];
  if (days > 120) {
    // First days of months, every n months.
    const every = Math.max(1, Math.ceil(days / 30 / count));
    const d = new Date(from);
    let cur = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    while (cur <= to) {
      ticks.push({at: cur, label: formatDate(new Date(cur).toISOString().slice(0, 7))});
      const c = new Date(cur);
      cur = Date.UTC(c.getUTCFullYear(), c.getUTCMonth() + every, 1);
    }
  } else {
    const every = Math.max(1, Math.ceil(days / count));
    for (let cur = from; cur <= to; cur += every * DAY_MS) {
      ticks.push({at: cur, label: formatDate(new Date(cur).toISOString().slice(0, 10))});
    }
  }
  return ticks;
}

// A person's statements on a time line: a dot per statement at its
// article's publication day, stacked when several fall on one day.
// quotes: [{published, kind, content, ...}]; onSelect(quote) on click.
export function quoteTimeline(quotes, {onSelect} = {}) {
  const dated = quotes.filter((q) => /^\d{4}-\d{2}-\d{2}/.test(q.published));
  const width = 960, left = 24, right = 24, axisY = 150, r = 6;
  const times = dated.map((q) => dayValue(q.published));
  let from = Math.min(...times), to = Math.max(...times);
  if (!dated.length) from = to = Date.now();
  const pad = Math.max(DAY_MS, (to - from) * 0.04);
  from -= pad;
  to += pad;
  const x = (v) => left + ((v - from) / (to - from)) * (width - left - right);
  const perDay = new Map();
  let tallest = 1;
  for (const q of dated) {
    const n = (perDay.get(q.published) || 0) + 1;
    perDay.set(q.published, n);
    tallest = Math.max(tallest, n);
  }
  const stepY = Math.min(2 * r + 3, (axisY - 16) / tallest);
  const height = axisY + 34;
  const chart = svg('svg', {class: 'chart quote-timeline', viewBox: `0 0 ${width} ${height}`,
                            role: 'img', 'aria-label': t('chart.quotes')});
  chart.append(svg('line', {class: 'axis', x1: left, x2: width - right, y1: axisY, y2: axisY}));
  for (const tick of timeTicks(from, to, 8)) {
    chart.append(svg('line', {class: 'grid', x1: x(tick.at), x2: x(tick.at), y1: 8, y2: axisY}),
                 svg('text', {class: 'tick', x: x(tick.at), y: axisY + 18, 'text-anchor': 'middle'},
                     tick.label));
  }
  const placed = new Map();
  // Oldest first, so that stacks grow upwards in reading order.
  const ordered = [...dated].sort((a, b) => a.published.localeCompare(b.published));
  for (const q of ordered) {
    const n = placed.get(q.published) || 0;
    placed.set(q.published, n + 1);
    const dot = svg('circle', {class: `dot ${q.kind}`, cx: x(dayValue(q.published)),
                               cy: axisY - r - 2 - n * stepY, r,
                               tabindex: 0, dataset: {article: q.article_id}},
                    svg('title', {}, `${formatDate(q.published)} · ${q.site}\n${q.content}`));
    if (onSelect) {
      dot.addEventListener('click', () => onSelect(q));
      dot.addEventListener('keydown', (e) => { if (e.key === 'Enter') onSelect(q); });
    }
    chart.append(dot);
  }
  return chart;
}

// Articles per month, for the search page's date facet. months: [{value, articles}].
export function monthBars(months, {onSelect, selected} = {}) {
  const dated = months.filter((m) => m.value);
  const width = 260, height = 84, bottom = 18;
  const max = Math.max(1, ...dated.map((m) => m.articles));
  const band = width / Math.max(1, dated.length);
  const chart = svg('svg', {class: 'chart month-bars', viewBox: `0 0 ${width} ${height}`,
                            role: 'img', 'aria-label': t('facet.months')});
  dated.forEach((m, i) => {
    const barH = (m.articles / max) * (height - bottom - 4);
    const bar = svg('rect', {class: m.value === selected ? 'selected' : null,
                             x: i * band + band * 0.1, y: height - bottom - barH,
                             width: Math.max(1, band * 0.8), height: Math.max(1, barH),
                             dataset: {month: m.value}},
                    svg('title', {}, `${formatDate(m.value)}: ${formatNumber(m.articles)}`));
    if (onSelect) bar.addEventListener('click', () => onSelect(m.value));
    chart.append(bar);
  });
  if (dated.length) {
    chart.append(svg('text', {class: 'tick', x: 0, y: height - 4}, formatDate(dated[0].value)));
    if (dated.length > 1) {
      chart.append(svg('text', {class: 'tick', x: width, y: height - 4, 'text-anchor': 'end'},
                       formatDate(dated[dated.length - 1].value)));
    }
  }
  return chart;
}
