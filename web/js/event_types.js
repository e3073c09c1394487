// PLOVER's 16 event types (docs/schema.md), from cooperation to conflict,
// with the colour each has in every chart and badge of the interface.

export const EVENT_TYPES = [
  ['AGREE', '#1d4ed8'], ['CONSULT', '#0ea5e9'], ['SUPPORT', '#14b8a6'],
  ['CONCEDE', '#84cc16'], ['COOPERATE', '#16a34a'], ['AID', '#065f46'],
  ['RETREAT', '#a3a3a3'], ['REQUEST', '#eab308'], ['ACCUSE', '#f97316'],
  ['REJECT', '#c2410c'], ['THREATEN', '#be123c'], ['PROTEST', '#db2777'],
  ['SANCTION', '#7c3aed'], ['MOBILIZE', '#6b21a8'], ['COERCE', '#dc2626'],
  ['ASSAULT', '#7f1d1d'],
];

const COLOURS = new Map(EVENT_TYPES);

export function typeColour(type) {
  return COLOURS.get(type) || '#64748b';
}

// The types in PLOVER's order, those not listed after them.
export function sortTypes(types) {
  const order = new Map(EVENT_TYPES.map(([type], i) => [type, i]));
  return [...types].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b));
}
