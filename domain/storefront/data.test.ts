import { describe, expect, it } from 'vitest';
import { defaultBookingSettings } from '../bookings/days';
import {
  dayparts,
  ids,
  sampleCategory,
  sampleItem,
  shirtOptions,
  shirtVariants,
} from '../menu/fixtures/menu';
import { sampleResource, sampleService } from '../test-support/bookings';
import { sampleOffer } from '../test-support/offers';
import { sampleVendorProfile } from '../test-support/vendor-profile';
import { zonedTimeToEpoch } from '../time';
import { storefrontData } from './data';
import type { StorefrontSource } from './page-data';

const zone = 'Asia/Shanghai';
/** Wall-clock time in Shanghai, December 2026 (the 7th is a Monday). */
const at = (day: number, hour: number, minute = 0) =>
  zonedTimeToEpoch({ year: 2026, month: 12, day, hour, minute }, zone);

function source(overrides: Partial<StorefrontSource> = {}): StorefrontSource {
  const profile = sampleVendorProfile({
    openingHours: {
      1: [{ open: '10:00', close: '21:00' }],
      2: [],
      3: [
        { open: '10:00', close: '14:00' },
        { open: '17:00', close: '02:00' },
      ],
      4: [{ open: '10:00', close: '21:00' }],
      5: [{ open: '10:00', close: '21:00' }],
      6: [{ open: '10:00', close: '21:00' }],
      7: [{ open: '10:00', close: '21:00' }],
    },
  });
  return {
    profile,
    categories: [
      sampleCategory(),
      sampleCategory({
        id: ids.categoryN(2),
        name: { zh: '隐藏', en: null },
        sortKey: 'r',
        hidden: true,
      }),
    ],
    items: [
      sampleItem(),
      sampleItem({
        id: ids.item(2),
        sortKey: 'r',
        name: { zh: '重庆小面', en: null },
        soldOutBusinessDate: '2026-12-07',
      }),
      sampleItem({
        id: ids.item(3),
        categoryId: ids.categoryN(2),
        name: { zh: '隐藏菜', en: null },
      }),
      sampleItem({
        id: ids.item(4),
        sortKey: 'z',
        name: { zh: '下架菜', en: null },
        status: 'off_sale',
      }),
    ],
    photos: [],
    dayparts,
    stockEntries: [],
    offers: [],
    bookingSettings: defaultBookingSettings(profile.id, 'restaurant', 0),
    services: [],
    ...overrides,
  };
}

describe('storefrontData', () => {
  it('keeps sold-out items marked, leaves out hidden categories and off-sale items', () => {
    const data = storefrontData(source(), at(7, 12));
    expect(data.businessDate).toBe('2026-12-07');
    expect(data.menu.categories.map((c) => c.id)).toEqual([ids.category]);
    expect(data.menu.categories[0]!.items.map((i) => [i.name.zh, i.soldOut])).toEqual([
      ['黄焖鸡米饭', false],
      ['重庆小面', true],
    ]);
    expect(data.menu.categories[0]!.items[0]).toMatchObject({ priceFen: 2500, listPriceFen: 2800 });
    // Sold out for the 7th only: on the 8th it is on sale again.
    expect(storefrontData(source(), at(8, 12)).menu.categories[0]!.items[1]!.soldOut).toBe(false);
  });

  it('marks a price as "from" when the variants on sale differ in price', () => {
    const shirt = sampleItem({ variantOptions: shirtOptions(), variants: shirtVariants() });
    const samePrice = shirtVariants().map((v) => ({ ...v, priceFen: 9900 }));
    const flat = sampleItem({
      id: ids.item(2),
      sortKey: 'r',
      variantOptions: shirtOptions(),
      variants: samePrice,
    });
    const data = storefrontData(source({ items: [shirt, flat] }), at(7, 12));
    expect(data.menu.categories[0]!.items.map((i) => i.priceFrom)).toEqual([true, false]);
  });

  it("gives today's hours, none on a closed day, and the evening's hours after midnight", () => {
    expect(storefrontData(source(), at(7, 12)).shop.hoursToday).toEqual([
      { open: '10:00', close: '21:00' },
    ]);
    expect(storefrontData(source(), at(8, 12)).shop.hoursToday).toEqual([]);
    // Thursday 01:00 is still Wednesday's business day (04:00 cut-off), open until 02:00.
    const late = storefrontData(source(), at(10, 1));
    expect(late.businessDate).toBe('2026-12-09');
    expect(late.shop.hoursToday).toEqual([
      { open: '10:00', close: '14:00' },
      { open: '17:00', close: '02:00' },
    ]);
    expect(late.daypartsNow).toEqual([{ id: ids.daypart(4), startDate: '2026-12-09' }]);
  });

  it('lists offers on sale only: not before saleFrom, not from saleUntil, not sold out, not drafts', () => {
    const onSale = sampleOffer({ status: 'onSale', createdAt: 1 });
    const notYet = sampleOffer({ status: 'onSale', saleFrom: at(8, 0), createdAt: 2 });
    const over = sampleOffer({ status: 'onSale', saleUntil: at(7, 12), createdAt: 3 });
    const endsLater = sampleOffer({ status: 'onSale', saleUntil: at(7, 12, 1), createdAt: 4 });
    const soldOut = sampleOffer({ status: 'onSale', stock: 5, createdAt: 5 });
    const draft = sampleOffer({ createdAt: 6 });
    const card = sampleOffer({ status: 'onSale', kind: 'visitCard', createdAt: 7 });
    const offers = [card, draft, soldOut, endsLater, over, notYet, onSale];
    const data = storefrontData(source({ offers }), at(7, 12), new Map([[soldOut.id, 5]]));
    expect(data.offers.map((offer) => offer.id)).toEqual([onSale.id, endsLater.id]);
    expect(data.offers[1]).toMatchObject({
      priceFen: 8800,
      originalPriceFen: 12_800,
      saleEndsAt: at(7, 12, 1),
    });
    // The moment it goes on sale, it is listed.
    expect(storefrontData(source({ offers }), at(8, 0)).offers.map((o) => o.id)).toContain(
      notYet.id,
    );
  });

  it("gives a restaurant's party sizes from its tables, combinable tables of an area together", () => {
    const resources = [
      sampleResource({ minParty: 2, maxParty: 4, area: '大厅', combinable: true }),
      sampleResource({ minParty: 2, maxParty: 6, area: '大厅', combinable: true }),
      sampleResource({ minParty: 6, maxParty: 8, area: '包间' }),
      sampleResource({ minParty: 1, maxParty: 30, archived: true }),
      sampleResource({ kind: 'staff', minParty: 1, maxParty: 1 }),
    ];
    const data = storefrontData(source({ resources }), at(7, 12));
    expect(data.booking).toEqual({ mode: 'table', partySizes: { min: 2, max: 10 }, services: [] });
    // Without tables, the turn times' sizes.
    expect(storefrontData(source(), at(7, 12)).booking.partySizes).toEqual({ min: 1, max: 200 });
  });

  it("offers a salon's services that are not archived, and nothing when booking is not online", () => {
    const profile = sampleVendorProfile({ category: 'salon' });
    const settings = defaultBookingSettings(profile.id, 'salon', 0);
    const services = [
      sampleService({ name: { zh: '染发', en: null }, sort: 2 }),
      sampleService({ sort: 1 }),
      sampleService({ name: { zh: '旧服务', en: null }, archived: true }),
    ];
    const salon = source({ profile, bookingSettings: settings, services });
    const data = storefrontData(salon, at(7, 12));
    expect(data.booking.mode).toBe('service');
    expect(data.booking.services.map((s) => s.name.zh)).toEqual(['剪发', '染发']);
    const offline = storefrontData(
      { ...salon, bookingSettings: { ...settings, online: false } },
      at(7, 12),
    );
    expect(offline.booking).toMatchObject({ mode: 'none', services: [] });
    expect(storefrontData({ ...salon, bookingSettings: null }, at(7, 12)).booking.mode).toBe(
      'none',
    );
  });
});
