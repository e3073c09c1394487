// Interface text in Indonesian and English (web/i18n/id.json, en.json).
// The language is the one the user chose last (kept in localStorage), else
// the browser's (navigator.language): Indonesian for "id…", English for
// anything else.

export const LANGUAGES = ['id', 'en'];
const STORAGE_KEY = 'warta.lang';

let table = {};
let current = 'en';

function saved() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    return null;  // storage disabled: the browser's language then
  }
}

export function preferredLanguage() {
  const choice = saved();
  if (LANGUAGES.includes(choice)) return choice;
  const browser = (navigator.language || '').toLowerCase();
  return browser === 'id' || browser.startsWith('id-') || browser === 'in' ? 'id' : 'en';
}

export function language() {
  return current;
}

// Loads the table of `lang`; `remember`: the user chose it.
export async function setLanguage(lang, remember = false) {
  const response = await fetch(`/i18n/${lang}.json`);
  if (!response.ok) throw new Error(`no interface text for ${lang}`);
  table = await response.json();
  current = lang;
  document.documentElement.lang = lang;
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch (e) {
      // not kept: the choice holds for this page only
    }
  }
}

// The text of `key`, with {name} replaced by vars.name.
export function t(key, vars) {
  let text = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
  if (vars) text = text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  return text;
}

// `key.one` for 1, else `key.other`, with {n}.
export function tn(key, n, vars = {}) {
  return t(`${key}.${n === 1 ? 'one' : 'other'}`, {...vars, n: formatNumber(n)});
}

export function locale() {
  return current === 'id' ? 'id-ID' : 'en-GB';
}

export function formatNumber(n) {
  return new Intl.NumberFormat(locale()).format(n);
}

// "2023-10-09" -> "9 Okt 2023" / "9 Oct 2023"; "2023-10" -> "Okt 2023".
export function formatDate(iso) {
  if (!iso) return t('date.none');
  const parts = iso.split('-').map(Number);
  if (parts.length < 2 || parts.some(Number.isNaN)) return iso;
  const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1));
  const options = parts.length === 2
    ? {month: 'short', year: 'numeric', timeZone: 'UTC'}
    : {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'};
  return new Intl.DateTimeFormat(locale(), options).format(date);
}

// The name of a PLOVER event type in the interface's language.
export function typeName(type) {
  const key = `type.${type}`;
  const name = t(key);
  return name === key ? type : name;
}
