import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { navPages, registeredPages } from './pages';
import {
  bookingsDayRoute,
  customerRoute,
  hrefFor,
  menuItemIdOf,
  menuItemRoute,
  pageRoute,
  parseRoute,
} from './routes';

describe('routes', () => {
  it('keeps the existing addresses', () => {
    expect(parseRoute('#/menu')).toEqual(pageRoute('menu'));
    expect(parseRoute('#/sync')).toEqual(pageRoute('sync'));
    expect(parseRoute('#/profiles-new')).toEqual(pageRoute('newProfile'));
    expect(hrefFor(pageRoute('newProfile'))).toBe('#/profiles-new');
    expect(hrefFor(pageRoute('sync'))).toBe('#/sync');
  });

  it('falls back to the dashboard for an empty hash or an unknown page', () => {
    expect(parseRoute('')).toEqual(pageRoute('dashboard'));
    expect(parseRoute('#/')).toEqual(pageRoute('dashboard'));
    expect(parseRoute('#/nowhere')).toEqual(pageRoute('dashboard'));
    expect(parseRoute('#/nowhere/items/1')).toEqual(pageRoute('dashboard'));
    expect(parseRoute('#/newProfile')).toEqual(pageRoute('dashboard')); // ids are not segments
    expect(parseRoute('#/menu/items/%E4%')).toEqual(pageRoute('dashboard'));
  });

  it('ignores trailing and doubled slashes and a missing leading one', () => {
    expect(parseRoute('#/menu/')).toEqual(pageRoute('menu'));
    expect(parseRoute('#menu')).toEqual(pageRoute('menu'));
    expect(parseRoute('#//menu//items/abc/')).toEqual(menuItemRoute('abc'));
  });

  it('addresses a menu item, a customer and a day of bookings', () => {
    const id = '0196f3c2-8d1a-7000-8000-000000000001';
    expect(hrefFor(menuItemRoute(id))).toBe(`#/menu/items/${id}`);
    expect(menuItemIdOf(parseRoute(`#/menu/items/${id}`))).toBe(id);
    expect(menuItemIdOf(parseRoute('#/menu/items'))).toBeNull();
    expect(menuItemIdOf(parseRoute(`#/sync/items/${id}`))).toBeNull();
    expect(hrefFor(customerRoute('c1'))).toBe('#/customers/c1');
    expect(parseRoute('#/bookings/2026-12-01')).toEqual(bookingsDayRoute('2026-12-01'));
  });

  it('percent-encodes segments so any id survives the round trip', () => {
    expect(hrefFor(menuItemRoute('a/b c?#%'))).toBe('#/menu/items/a%2Fb%20c%3F%23%25');
    expect(parseRoute(hrefFor(customerRoute('老王 #1')))).toEqual(customerRoute('老王 #1'));
    fc.assert(
      fc.property(
        fc.constantFrom(...registeredPages.map((page) => page.id)),
        fc.array(fc.string({ minLength: 1, unit: 'grapheme' }), { maxLength: 4 }),
        (page, path) => {
          const route = { page, path };
          expect(parseRoute(hrefFor(route))).toEqual(route);
        },
      ),
    );
  });

  it('lists every page but the new-profile form in the navigation', () => {
    expect(navPages).not.toContain('newProfile');
    expect(navPages).toHaveLength(registeredPages.length - 1);
  });
});
