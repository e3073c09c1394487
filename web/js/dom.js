// Small helpers to build the pages' DOM. Text always goes in as text nodes;
// the only HTML inserted as HTML is a search snippet, which the API escapes
// (docs/api.md, GET /v1/search).

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttributes(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'vars') {
      // CSS custom properties, set through the CSSOM (allowed by the page's
      // Content-Security-Policy, unlike style attributes).
      for (const [name, v] of Object.entries(value)) el.style.setProperty(name, v);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
}

function appendChildren(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
}

// An HTML element: h('a', {href: '#/'}, 'text', child, ...).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  return el;
}

// An SVG element, as h() makes HTML ones.
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  appendChildren(el, children);
  return el;
}

// A search snippet from the API: already escaped, with <mark> around matches.
export function snippet(html) {
  const el = document.createElement('p');
  el.className = 'snippet';
  el.innerHTML = html;
  return el;
}

// "#/route?key=value": a link inside the interface.
export function route(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const q = query.toString();
  return '#/' + path + (q ? '?' + q : '');
}

// The code points of `text` (Array.from splits by code point), for offsets
// given in characters as the API gives them.
export function codePointIndex(text) {
  // index[i] is the UTF-16 position of code point i; one past the end last.
  const index = [];
  let pos = 0;
  for (const ch of text) {
    index.push(pos);
    pos += ch.length;
  }
  index.push(pos);
  return index;
}

// The first and last day of a period "2023-10-09" or "2023-10".
export function periodRange(period) {
  if (period.length !== 7) return {from: period, to: period};
  const [y, m] = period.split('-').map(Number);
  return {from: `${period}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)};
}
