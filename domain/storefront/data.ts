/**
 * The shop's data a storefront page shows at a moment, built from its rows (page-data.ts). The
 * platform builds it from its own rows to serve /s/<slug>, the console's preview from the local
 * store, both with this function, so the same rows and moment give the same page. The menu is
 * what is on sale at the moment (menu-at.ts: hidden categories and off-sale items left out,
 * sold-out items kept and marked); offers are those a customer may buy at the moment; a
 * restaurant books tables by party size, other shops their services that are not archived, and
 * a shop that has not opened booking online offers none.
 */
import type { BookingSettings, Resource } from '../bookings/schema';
import { menuAt } from '../menu/menu-at';
import type { MenuItem } from '../menu/schema';
import { shopClockOf } from '../menu/shop-clock';
import { offerDisplayStatus } from '../offers/offer-terms';
import { weekdayOfDate } from '../time';
import type { StorefrontData, StorefrontSource } from './page-data';
import { storefrontMoment } from './visibility';

/**
 * Offers the page lists: on sale at the moment, by the shop's status and sale window. Sold-out
 * needs the platform's count of vouchers sold, which the preview does not have: `soldCounts`
 * (offer id → vouchers sold) is given where it is known.
 */
function offersOnSale(
  source: StorefrontSource,
  at: number,
  soldCounts: ReadonlyMap<string, number>,
): StorefrontData['offers'] {
  return source.offers
    .filter((offer) => offer.kind === 'deal')
    .filter((offer) => offerDisplayStatus(offer, soldCounts.get(offer.id) ?? 0, at) === 'onSale')
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))
    .map((offer) => ({
      id: offer.id,
      title: offer.title,
      priceFen: offer.priceFen,
      originalPriceFen: offer.originalPriceFen,
      groupSize: offer.groupSize,
      cover: offer.photoHashes[0] ?? null,
      saleEndsAt: offer.saleUntil,
    }));
}

/**
 * The party sizes a restaurant seats: from its tables when it has any (the smallest table's
 * least, and the larger of the biggest table and an area's combinable tables pushed together),
 * else from its turn times' sizes.
 */
function partySizes(
  settings: BookingSettings | null,
  resources: readonly Resource[] | undefined,
): { min: number; max: number } {
  const tables = (resources ?? []).filter(
    (resource) => resource.kind === 'table' && !resource.archived,
  );
  if (tables.length === 0) {
    const sizes = settings?.turnTimes.map((turn) => turn.maxParty) ?? [];
    return { min: 1, max: Math.max(1, ...sizes) };
  }
  const combined = new Map<string, number>();
  for (const table of tables.filter((t) => t.combinable)) {
    combined.set(table.area, (combined.get(table.area) ?? 0) + table.maxParty);
  }
  return {
    min: Math.min(...tables.map((table) => table.minParty)),
    max: Math.max(...tables.map((table) => table.maxParty), ...combined.values()),
  };
}

/** The prices of an item's variants on sale: more than one makes its price a "from" price. */
const variantPrices = (item: MenuItem) =>
  new Set((item.variants ?? []).filter((v) => v.status === 'on_sale').map((v) => v.priceFen));

/** How customers book: nothing when the shop has not opened booking online. */
function bookingMode(settings: BookingSettings | null): StorefrontData['booking']['mode'] {
  if (!settings || !settings.online) return 'none';
  return settings.mode === 'tables' ? 'table' : 'service';
}

export function storefrontData(
  source: StorefrontSource,
  at: number,
  soldCounts: ReadonlyMap<string, number> = new Map(),
): StorefrontData {
  const clock = shopClockOf(source.profile);
  const moment = storefrontMoment(source.dayparts, at, clock);
  const weekday = weekdayOfDate(moment.businessDate) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
  const photoHash = new Map(
    source.photos.flatMap((photo) => (photo.contentHash ? [[photo.id, photo.contentHash]] : [])),
  );
  const sections = menuAt(source.items, source.categories, source.dayparts, at, clock, [
    ...source.stockEntries,
  ]);
  const mode = bookingMode(source.bookingSettings);
  return {
    at,
    timeZone: source.profile.timeZone,
    businessDate: moment.businessDate,
    daypartsNow: moment.daypartsNow,
    shop: {
      name: source.profile.name,
      address: source.profile.address,
      phone: source.profile.phone,
      hoursToday: source.profile.openingHours[weekday].map(({ open, close }) => ({ open, close })),
    },
    menu: {
      categories: sections.map(({ category, items }) => ({
        id: category.id,
        name: category.name,
        items: items.map(({ item, status }) => ({
          id: item.id,
          name: item.name,
          description: item.description ?? {},
          priceFen: item.priceFen,
          listPriceFen: item.listPriceFen ?? null,
          priceFrom: variantPrices(item).size > 1,
          soldOut: status === 'sold_out',
          photo: item.photoIds.map((id) => photoHash.get(id)).find((hash) => hash) ?? null,
        })),
      })),
    },
    offers: offersOnSale(source, at, soldCounts),
    booking: {
      mode,
      partySizes: partySizes(source.bookingSettings, source.resources),
      services: (mode === 'service' ? source.services : [])
        .filter((service) => !service.archived)
        .sort((a, b) => a.sort - b.sort || (a.id < b.id ? -1 : 1))
        .map((service) => ({
          id: service.id,
          name: service.name,
          durationMin: service.durationMin,
          priceFen: service.priceFen,
        })),
    },
  };
}
