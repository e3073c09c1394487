// The web interface of `warta serve`: a page per hash route, drawn from the
// JSON API. Routes:
//   #/search?q=…&site=…&entity=…&type=…&from=…&to=…&offset=…   (also #/)
//   #/article/ID   #/entity/ID   #/network?…   #/events?…   #/stories   #/story/ID

import {ApiError} from './api.js';
import {h, route} from './dom.js';
import {LANGUAGES, language, preferredLanguage, setLanguage, t} from './i18n.js';
import * as articlePage from './pages/article.js';
import * as entityPage from './pages/entity.js';
import * as eventsPage from './pages/events.js';
import * as networkPage from './pages/network.js';
import * as searchPage from './pages/search.js';
import * as storiesPage from './pages/stories.js';
import * as storyPage from './pages/story.js';

const ROUTES = [
  {pattern: /^$/, page: searchPage, nav: 'search'},
  {pattern: /^search$/, page: searchPage, nav: 'search'},
  {pattern: /^article\/(\d+)$/, page: articlePage, nav: 'search'},
  {pattern: /^entity\/(\d+)$/, page: entityPage, nav: 'search'},
  {pattern: /^events$/, page: eventsPage, nav: 'events'},
  {pattern: /^network$/, page: networkPage, nav: 'network'},
  {pattern: /^stories$/, page: storiesPage, nav: 'stories'},
  {pattern: /^story\/(\d+)$/, page: storyPage, nav: 'stories'},
];

const NAV = [['search', 'search'], ['events', 'events'], ['network', 'network'],
             ['stories', 'stories']];

function currentRoute() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  return {path: decodeURIComponent(path || ''), params: new URLSearchParams(query || '')};
}

// Goes to a route of the interface.
export function go(path, params = {}) {
  const target = route(path, params);
  if (window.location.hash === target) {
    render();
  } else {
    window.location.hash = target;
  }
}

function drawHeader(active) {
  const nav = document.getElementById('nav');
  nav.replaceChildren(...NAV.map(([key, path]) =>
    h('a', {href: route(path), class: key === active ? 'active' : null,
            'aria-current': key === active ? 'page' : null, dataset: {nav: key}},
      t(`nav.${key}`))));
  const lang = document.getElementById('lang');
  lang.setAttribute('aria-label', t('lang.choose'));
  lang.replaceChildren(...LANGUAGES.map((code) =>
    h('button', {type: 'button', class: code === language() ? 'active' : null,
                 'aria-pressed': code === language() ? 'true' : 'false', dataset: {lang: code},
                 title: t(`lang.${code}`),
                 onclick: async () => {
                   if (code === language()) return;
                   await setLanguage(code, true);
                   render();
                 }},
      code.toUpperCase())));
}

function errorView(error) {
  const status = error instanceof ApiError ? error.status : 0;
  const message = status === 404 ? t('error.not_found')
    : status === 0 ? t('error.offline') : t('error.failed', {message: error.message});
  return h('section', {class: 'error', role: 'alert'},
    h('h1', {}, t('error.title')), h('p', {}, message),
    h('p', {}, h('a', {href: route('search')}, t('error.back'))));
}

let renderCount = 0;

async function render() {
  const mine = ++renderCount;
  const {path, params} = currentRoute();
  let match = null, args = [];
  for (const r of ROUTES) {
    const m = path.match(r.pattern);
    if (m) {
      match = r;
      args = m.slice(1);
      break;
    }
  }
  drawHeader(match ? match.nav : '');
  const main = document.getElementById('main');
  document.body.dataset.state = 'loading';
  main.setAttribute('aria-busy', 'true');
  let content, title = '';
  try {
    if (!match) throw new ApiError(404, 'no such page');
    ({content, title} = await match.page.render({params, args, go}));
  } catch (error) {
    if (mine !== renderCount) return;
    content = errorView(error);
    title = t('error.title');
    document.body.dataset.state = 'error';
  }
  if (mine !== renderCount) return;  // a later navigation won
  main.replaceChildren(content);
  main.setAttribute('aria-busy', 'false');
  document.title = title ? `${title} · warta` : 'warta';
  if (document.body.dataset.state !== 'error') document.body.dataset.state = 'ready';
  window.scrollTo(0, 0);
}

async function start() {
  await setLanguage(preferredLanguage());
  window.addEventListener('hashchange', render);
  await render();
}

start();
