/**
 * The shop's data a storefront page shows at a moment, built from its rows (page-data.ts). The
 * platform builds it from its own rows to serve /s/<slug>, the console's preview from the local
 * store, both with this function, so the same rows and moment give the same page. The menu is
 * what is on sale at the moment (menu-at.ts: hidden categories and off-sale items left out,
 * sold-out items kept and marked); offers are those a customer may buy at the moment; a
 * restaurant books tables by party size, other shops their services that are not archived.
 */
import type { BookingSettings } from '../bookings/schema';
import { menuAt } from '../menu/menu-at';
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

function partySizes(settings: BookingSettings | null): { min: number; max: number } {
  const sizes = settings?.turnTimes.map((turn) => turn.maxParty) ?? [];
  return { min: 1, max: Math.max(1, ...sizes) };
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
  const mode = source.bookingSettings?.mode ?? null;
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
          soldOut: status === 'sold_out',
          photo: item.photoIds.map((id) => photoHash.get(id)).find((hash) => hash) ?? null,
        })),
      })),
    },
    offers: offersOnSale(source, at, soldCounts),
    booking: {
      mode: mode === null ? 'none' : mode === 'tables' ? 'table' : 'service',
      partySizes: partySizes(source.bookingSettings),
      services: source.services
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
