/**
 * What the storefront's renderer reads besides the document: the shop's live data at one moment,
 * already resolved. data.ts builds it from the shop's rows — the same function on the platform and
 * in the console's preview, so both render the same page for the same moment and language.
 */
import type { BookingSettings, Resource, Service } from '../bookings/schema';
import type { Category, Daypart, MenuItem, MenuPhoto, StockEntry } from '../menu/schema';
import type { Offer } from '../offers/schema';
import type { VendorProfile } from '../vendor/schema';

/** A name the shop wrote, Chinese always, English when given. */
export interface ShopName {
  zh: string;
  en?: string | null;
}

export interface StorefrontData {
  /** The moment the page is rendered for (epoch ms) and the shop's zone. */
  at: number;
  timeZone: string;
  /** The shop's business date at `at`, 'YYYY-MM-DD'. */
  businessDate: string;
  shop: {
    name: string;
    address: string;
    phone: string;
    /** Today's opening periods in the shop's zone, [] when closed today. */
    hoursToday: { open: string; close: string }[];
  };
  /**
   * The menu's dayparts whose time contains `at`, each with the date its occurrence started (a
   * moment at 01:00 inside 夜宵 21:30–02:00 belongs to the evening before): what visibility rules
   * match.
   */
  daypartsNow: { id: string; startDate: string }[];
  menu: {
    categories: {
      id: string;
      name: ShopName;
      items: {
        id: string;
        name: ShopName;
        description: { zh?: string | null; en?: string | null };
        priceFen: number;
        /** The "original" price shown struck through, when the shop gave one. */
        listPriceFen?: number | null;
        /** The price is the lowest of the item's variants ("from ¥x"). */
        priceFrom?: boolean;
        soldOut: boolean;
        photo: string | null;
      }[];
    }[];
  };
  /** Offers on sale at `at`, in the shop's order. */
  offers: {
    id: string;
    title: ShopName;
    priceFen: number;
    originalPriceFen: number;
    groupSize: number;
    cover: string | null;
    saleEndsAt: number | null;
  }[];
  /** What customers may book: a restaurant's tables by party size, or the shop's services. */
  booking: {
    mode: 'table' | 'service' | 'none';
    partySizes: { min: number; max: number };
    services: { id: string; name: ShopName; durationMin: number; priceFen: number | null }[];
  };
}

/**
 * The shop's rows a storefront page is built from (data.ts), read from the platform's rows or the
 * console's store: the profile (name, hours, address, phone, zone), the menu with its dayparts,
 * photos and today's stock entries, the offers, and what customers may book.
 */
export interface StorefrontSource {
  profile: VendorProfile;
  categories: readonly Category[];
  items: readonly MenuItem[];
  photos: readonly MenuPhoto[];
  dayparts: readonly Daypart[];
  stockEntries: readonly StockEntry[];
  offers: readonly Offer[];
  bookingSettings: BookingSettings | null;
  services: readonly Service[];
  /** The shop's tables (and other resources): a restaurant's party sizes come from its tables. */
  resources?: readonly Resource[];
}
