/**
 * What the storefront's renderer takes: the document, the shop's data at the moment
 * (domain/storefront/page-data.ts), and how to write links and image addresses where it renders
 * (the platform's own paths, or the preview's local images).
 */
import type { StorefrontDocument } from '../domain/storefront/schema';
import type { StorefrontData } from '../domain/storefront/page-data';

export type PageLanguage = 'zh-CN' | 'en';

/** Where links and images point: the platform's own paths, or the preview's local images. */
export interface RenderContext {
  language: PageLanguage;
  /** An image by its content hash, at a width class. */
  imageUrl: (hash: string, size: 'thumb' | 'full') => string;
  /** The page's own links (an offer, booking, the customer's pages); null disables them. */
  links: {
    offer: (offerId: string) => string;
    book: (serviceId: string | null) => string;
    me: () => string;
  } | null;
}

export interface RenderInput {
  document: StorefrontDocument;
  data: StorefrontData;
  context: RenderContext;
}
