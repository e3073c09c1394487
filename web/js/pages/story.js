// One story: the outlets that carried one wire report, in the order they
// published it, each with its copy in the archive.

import {ApiError, get} from '../api.js';
import {h, route} from '../dom.js';
import {formatDate, t, tn} from '../i18n.js';

export async function render({args}) {
  const id = args[0];
  const [stories, members] = await Promise.all([
    get('/v1/stories', {story: id, min: 1, limit: 1}),
    get('/v1/search', {story: id, limit: 1000}),
  ]);
  const story = stories.stories[0];
  if (!story) throw new ApiError(404, 'no such story');
  const copies = [...members.hits].sort((a, b) =>
    (a.published || '9999').localeCompare(b.published || '9999') || a.article_id - b.article_id);
  const rows = copies.map((a, i) => h('tr', {dataset: {article: a.article_id}},
    h('td', {class: 'n'}, String(i + 1)),
    h('td', {class: 'outlet'}, a.site || t('site.none')),
    h('td', {}, h('time', {datetime: a.published}, formatDate(a.published))),
    h('td', {}, h('a', {href: route(`article/${a.article_id}`)}, a.title || t('article.untitled'))),
    h('td', {}, a.url ? h('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank', class: 'external'},
      t('article.original')) : '')));
  const content = h('section', {class: 'page story-page'},
    h('p', {class: 'crumb'}, h('a', {href: route('stories')}, t('stories.title'))),
    h('h1', {}, story.title || t('article.untitled')),
    h('p', {class: 'meta'}, formatDate(story.first_published), ' · ', tn('story.articles', story.articles), ' · ',
      tn('story.outlets', story.sites.length)),
    h('table', {class: 'outlets-table'},
      h('thead', {}, h('tr', {}, h('th', {}, '#'), h('th', {}, t('story.outlet')), h('th', {}, t('story.published')),
        h('th', {}, t('story.headline')), h('th', {}, t('story.link')))),
      h('tbody', {}, rows)));
  return {content, title: story.title || t('stories.title')};
}
