import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './routes';

describe('routes', () => {
  it('parses known pages and falls back to the dashboard', () => {
    expect(parseRoute('#/menu')).toEqual({ page: 'menu' });
    expect(parseRoute('#/menu/items')).toEqual({ page: 'menu' });
    expect(parseRoute('')).toEqual({ page: 'dashboard' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'dashboard' });
    expect(parseRoute(routeHref({ page: 'newProfile' }))).toEqual({ page: 'newProfile' });
  });
});
