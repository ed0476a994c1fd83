/** The console's pages, addressed by the URL hash so the same build works on app:// and http://. */
import { useSyncExternalStore } from 'react';

export const pages = [
  'dashboard',
  'menu',
  'bookings',
  'groupbuy',
  'customers',
  'storefront',
  'sync',
  'settings',
] as const;
export type Page = (typeof pages)[number];
export type Route = { page: Page } | { page: 'newProfile' };

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  if (name === 'profiles-new') return { page: 'newProfile' };
  return { page: (pages as readonly string[]).includes(name) ? (name as Page) : 'dashboard' };
}

export function routeHref(route: Route): string {
  return route.page === 'newProfile' ? '#/profiles-new' : `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
