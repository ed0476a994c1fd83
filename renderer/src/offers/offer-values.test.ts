import { describe, expect, it } from 'vitest';
import { sampleOffer } from '@domain/test-support/offers';
import { newOfferBase, newOfferValues, offerFromValues, offerValues } from './offer-values';

const shanghai = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const newYork = { timeZone: 'America/New_York', cutoffMinutes: 0 };
const base = newOfferBase(0);
const filled = {
  titleZh: '早餐',
  price: '10',
  lines: [{ kind: 'text' as const, textZh: '豆浆油条', textEn: '' }],
};

describe('the offer editor’s values', () => {
  it('become an offer whose sale runs from the first date’s business-day start to the start of the day after the last, in the shop’s zone', () => {
    const values = {
      ...newOfferValues('2026-12-05'),
      titleZh: '双人套餐',
      price: '88',
      originalPrice: '128.5',
      saleUntil: '2026-12-31',
      lines: [{ kind: 'text' as const, textZh: '牛肉面 ×2', textEn: '' }],
    };
    const parsed = offerFromValues(values, base, shanghai, 1);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toMatchObject({
      priceFen: 8800,
      originalPriceFen: 12_850,
      // 04:00 in Shanghai is 20:00 UTC the day before.
      saleFrom: Date.UTC(2026, 11, 4, 20),
      saleUntil: Date.UTC(2027, 0, 0, 20),
      title: { zh: '双人套餐', en: null },
      lines: [{ kind: 'text', text: { zh: '牛肉面 ×2', en: null } }],
    });
    // And back: the editor shows the dates it was given.
    expect(offerValues(parsed.value, shanghai)).toMatchObject({
      saleFrom: '2026-12-05',
      saleUntil: '2026-12-31',
      price: '88.00',
    });
  });

  it('reads the sale window in the shop’s zone, not the computer’s', () => {
    const parsed = offerFromValues(
      { ...newOfferValues('2027-03-14'), ...filled, saleUntil: '2027-03-14' },
      base,
      newYork,
      1,
    );
    expect(parsed.ok && parsed.value.saleFrom).toBe(Date.UTC(2027, 2, 14, 5));
    // The day the clocks go forward is 23 hours long.
    expect(parsed.ok && parsed.value.saleUntil).toBe(Date.UTC(2027, 2, 15, 4));
  });

  it('puts each problem at the field it came from and saves nothing', () => {
    const parsed = offerFromValues(
      {
        ...newOfferValues('2026-12-05'),
        titleZh: '',
        price: '88.123',
        originalPrice: '50',
        saleUntil: '2026-13-01',
        stock: 5,
        perCustomerLimit: 6,
        lines: [{ kind: 'item' }],
        validityKind: 'fixed',
        validFrom: '2026-12-10',
        validUntil: '2026-12-01',
      },
      base,
      shanghai,
      1,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { name: ['price'], problem: 'money.too_many_decimals' },
        { name: ['saleUntil'], problem: 'date' },
        { name: ['lines', 0, 'itemId'], problem: 'lineItem' },
        { name: ['titleZh'], problem: 'required' },
        { name: ['validUntil'], problem: 'validityOrder' },
      ]),
    );
    const withGoodPrice = offerFromValues(
      { ...newOfferValues('2026-12-05'), ...filled, price: '88', originalPrice: '50' },
      base,
      shanghai,
      1,
    );
    expect(withGoodPrice).toMatchObject({
      ok: false,
      problems: [{ name: ['originalPrice'], problem: 'originalBelowPrice' }],
    });
  });

  it('round-trips a sample offer without changing its terms', () => {
    const offer = sampleOffer({
      saleFrom: Date.UTC(2026, 11, 4, 20),
      usage: { ...sampleOffer().usage, weekdays: [6, 7], excludedDates: ['2027-02-10'] },
    });
    const parsed = offerFromValues(offerValues(offer, shanghai), offer, shanghai, offer.updatedAt);
    expect(parsed).toEqual({ ok: true, value: offer });
  });
});
