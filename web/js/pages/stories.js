// Stories: wire reports that several outlets carried, largest first.

import {get} from '../api.js';
import {h, route} from '../dom.js';
import {formatDate, formatNumber, t, tn} from '../i18n.js';

const PAGE_SIZE = 50;

export async function render({params}) {
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const data = await get('/v1/stories', {min: 2, limit: PAGE_SIZE, offset});
  const rows = data.stories.map((s) => h('li', {class: 'story-row', dataset: {story: s.story_id}},
    h('h2', {}, h('a', {href: route(`story/${s.story_id}`)}, s.title || t('article.untitled'))),
    h('div', {class: 'meta'}, formatDate(s.first_published), ' · ', tn('story.articles', s.articles)),
    h('p', {class: 'outlets'}, s.sites.map((site) => h('span', {class: 'outlet'}, site)))));
  const pager = [];
  if (offset > 0) pager.push(h('a', {class: 'button', href: route('stories', {offset: Math.max(0, offset - PAGE_SIZE) || ''})}, t('page.previous')));
  if (data.stories.length === PAGE_SIZE) pager.push(h('a', {class: 'button', href: route('stories', {offset: offset + PAGE_SIZE})}, t('page.next')));
  const content = h('section', {class: 'page stories-page'},
    h('h1', {}, t('stories.title')),
    h('p', {class: 'lead'}, t('stories.lead')),
    rows.length ? h('ol', {class: 'story-list'}, rows) : h('p', {class: 'empty'}, t('stories.empty')),
    pager.length ? h('nav', {class: 'pager'}, pager) : null,
    h('p', {class: 'note'}, tn('stories.shown', rows.length, {first: formatNumber(offset + 1)})));
  return {content, title: t('stories.title')};
}
