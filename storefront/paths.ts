/**
 * The published storefront's addresses on the platform, in one place: the platform registers its
 * routes from these, and the page links to them.
 */
export const storefrontPaths = {
  /** The page itself; `?lang=en|zh-CN` picks the language. */
  page: (slug: string) => `/s/${encodeURIComponent(slug)}`,
  /** The live version's document as JSON, for other renderers (a native mini-program). */
  document: (slug: string) => `/s/${encodeURIComponent(slug)}/page.json`,
  /** The printable QR poster for the counter and the tables. */
  poster: (slug: string) => `/s/${encodeURIComponent(slug)}/poster`,
  /** The shop's draft, by a signed link that expires. */
  preview: (slug: string) => `/s/${encodeURIComponent(slug)}/preview`,
  offer: (slug: string, offerId: string) =>
    `/s/${encodeURIComponent(slug)}/offers/${encodeURIComponent(offerId)}`,
  book: (slug: string, serviceId: string | null) =>
    `/s/${encodeURIComponent(slug)}/book` +
    (serviceId ? `?service=${encodeURIComponent(serviceId)}` : ''),
  /** The customer's own page: vouchers, bookings, membership. */
  me: (slug: string) => `/s/${encodeURIComponent(slug)}/me`,
} as const;
