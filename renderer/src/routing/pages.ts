/**
 * The console's pages as plain data (no React): each page's id, the first URL segment that
 * addresses it and whether the sidebar lists it. The router parses with it, app/page-registry.tsx
 * gives each id its component and icon, and a contract test can read it without rendering.
 */

export interface RegisteredPage {
  id: string;
  /** The first segment of the hash: `#/<segment>/…`. */
  segment: string;
  /** Listed in the sidebar's main navigation. */
  hasNav: boolean;
}

export const registeredPages = [
  { id: 'dashboard', segment: 'dashboard', hasNav: true },
  { id: 'menu', segment: 'menu', hasNav: true },
  { id: 'bookings', segment: 'bookings', hasNav: true },
  { id: 'groupbuy', segment: 'groupbuy', hasNav: true },
  { id: 'customers', segment: 'customers', hasNav: true },
  { id: 'storefront', segment: 'storefront', hasNav: true },
  { id: 'sync', segment: 'sync', hasNav: true },
  { id: 'staff', segment: 'staff', hasNav: true },
  { id: 'settings', segment: 'settings', hasNav: true },
  { id: 'newProfile', segment: 'profiles-new', hasNav: false },
] as const satisfies readonly RegisteredPage[];

export type PageId = (typeof registeredPages)[number]['id'];
/** The pages with an entry in the sidebar, in its order. */
export type NavPageId = Extract<(typeof registeredPages)[number], { hasNav: true }>['id'];

export const navPages: readonly NavPageId[] = registeredPages.flatMap((page) =>
  page.hasNav ? [page.id] : [],
);
