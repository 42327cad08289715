import { describe, expect, it } from 'vitest';
import { splitList } from '../../renderer/article/ArticleHeader';
import { parseRoute, routeHash } from '../../renderer/route';

describe('routes', () => {
  it.each([
    ['#/article/20260301-000001', { screen: 'article', id: '20260301-000001' }],
    ['#/trash', { screen: 'trash' }],
    ['', { screen: 'home' }],
    ['#/', { screen: 'home' }],
    ['#/article/../../etc', { screen: 'home' }],
    ['#/article/<script>', { screen: 'home' }],
  ])('%s opens %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    if (route.screen !== 'home') expect(routeHash(parseRoute(hash))).toBe(hash);
  });
});

describe('list fields', () => {
  it('splits names and tags on commas and semicolons', () => {
    expect(splitList(' Lê Minh, Phạm Hà;Ngô Lan ,, ')).toEqual(['Lê Minh', 'Phạm Hà', 'Ngô Lan']);
  });
});
