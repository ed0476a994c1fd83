/**
 * The console's addresses, in the URL hash so the same build works on app:// and http://:
 * `#/<page>/<segment>/…`, each segment percent-encoded, so a page can address one of its records
 * (`#/menu/items/<id>`, `#/customers/<id>`, `#/bookings/2026-12-01`). Unknown pages open the
 * dashboard. Feature pages import these helpers; nothing here imports a feature.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { registeredPages, type PageId } from './pages';

/** A page and the path inside it (decoded segments; empty for the page itself). */
export interface Route {
  page: PageId;
  path: readonly string[];
}

const dashboard: Route = { page: 'dashboard', path: [] };

/** The route of a page itself, without a record. */
export function pageRoute(page: PageId): Route {
  return { page, path: [] };
}

/** One menu item, opened in the menu's item editor. */
export function menuItemRoute(itemId: string): Route {
  return { page: 'menu', path: ['items', itemId] };
}

/** The item a route addresses on the menu page, if any. */
export function menuItemIdOf(route: Route): string | null {
  const [kind, itemId] = route.path;
  return route.page === 'menu' && kind === 'items' && itemId ? itemId : null;
}

/** One customer's account. */
export function customerRoute(customerId: string): Route {
  return { page: 'customers', path: [customerId] };
}

/** The bookings of one business day (YYYY-MM-DD). */
export function bookingsDayRoute(businessDate: string): Route {
  return { page: 'bookings', path: [businessDate] };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // a malformed escape (`%E4%`) addresses nothing
  }
}

/** Reads a hash (`#/menu/items/abc`, `#menu/`, ``); empty segments and trailing slashes are ignored. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '').split('/').filter(Boolean);
  const segments = raw.map(decodeSegment);
  const [first, ...path] = segments;
  if (first === undefined) return dashboard;
  const page = registeredPages.find((entry) => entry.segment === first);
  if (!page || path.some((segment) => segment === null)) return dashboard;
  return { page: page.id, path: path as string[] };
}

/** The hash that addresses a route; parseRoute(hrefFor(route)) gives the route back. */
export function hrefFor(route: Route): string {
  const { segment } = registeredPages.find((entry) => entry.id === route.page)!;
  return ['#', segment, ...route.path.map(encodeURIComponent)].join('/');
}

export function navigate(route: Route): void {
  window.location.hash = hrefFor(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; the same object until the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseRoute(hash), [hash]);
}
