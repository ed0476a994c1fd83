/**
 * Selling a visit card at the counter: which offers may be sold, the sale entry the desk makes
 * (the card's price, the business day in the shop's zone), the mutation's argument checks and
 * row, the platform's two rules judged on their own, and how a sale finds its voucher.
 */
import { describe, expect, it } from 'vitest';
import { newId } from '../ids';
import { sampleOffer, sampleVoucher } from '../test-support/offers';
import { inShopSaleOf, inShopSaleRows, sellableCards } from './in-shop-sale';
import { visitCardPrice, visitCardSellable } from './invariants/in-shop-sale';
import { sellVisitCard } from './mutations';
import { whyNotSellable, type InShopSale, type Offer } from './schema';

const clock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const card = sampleOffer({
  kind: 'visitCard',
  title: { zh: '十次洗车卡', en: 'Ten car washes' },
  priceFen: 30_000,
  originalPriceFen: 40_000,
  usesPerVoucher: 10,
  status: 'onSale',
  firstOnSaleAt: 1,
});
// 2026-12-06 01:30 in Shanghai: before the 04:00 cut-off, so the 5th's business day.
const at = Date.UTC(2026, 11, 5, 17, 30);
const desk = { clock, deviceId: 'desk-1', now: at };
const customerId = newId();

function sold(offer: Offer = card): InShopSale {
  const result = inShopSaleOf(offer, customerId, 'alipay', desk);
  if (!result.ok) throw new Error(result.reason);
  return result.sale;
}

describe('selling a visit card at the counter', () => {
  it('sells a card on sale or paused, never a draft, a deal, an ended or a missing offer', () => {
    expect(whyNotSellable(card)).toBeNull();
    expect(whyNotSellable({ ...card, status: 'paused' })).toBeNull();
    expect(whyNotSellable({ ...card, status: 'draft' })).toBe('draft');
    expect(whyNotSellable({ ...card, status: 'ended' })).toBe('ended');
    expect(whyNotSellable({ ...card, kind: 'deal' })).toBe('notVisitCard');
    expect(whyNotSellable(null)).toBe('unknown');
    const paused = { ...card, id: 'b', status: 'paused' as const, title: { zh: '阿', en: 'A' } };
    expect(
      sellableCards([card, paused, { ...card, id: 'c', status: 'draft' }]).map((o) => o.id),
    ).toEqual([paused.id, card.id]);
    expect(inShopSaleOf({ ...card, status: 'draft' }, 'c', 'cash', desk)).toEqual({
      ok: false,
      reason: 'draft',
    });
  });

  it('makes the sale at the card’s price on the shop’s business day, one appended entry', () => {
    const sale = sold();
    expect(sale).toMatchObject({
      offerId: card.id,
      customerId,
      priceFen: 30_000,
      paidWith: 'alipay',
      at,
      businessDate: '2026-12-05',
      deviceId: 'desk-1',
    });
    const args = sellVisitCard.args.parse({ sale });
    expect(sellVisitCard.ops(args)).toEqual([{ op: 'append', table: 'offerSale', row: sale }]);
  });

  it('refuses a sale of no price, an unknown payment method or a made-up business day', () => {
    const sale = sold();
    for (const bad of [
      { ...sale, priceFen: 0 },
      { ...sale, priceFen: 12.5 },
      { ...sale, paidWith: 'storedValue' },
      { ...sale, businessDate: '5 Dec' },
      { ...sale, customerId: '' },
    ]) {
      expect(sellVisitCard.args.safeParse({ sale: bad }).success).toBe(false);
    }
  });

  it('the platform turns down a card it cannot sell, and a sale at another price', () => {
    const sale = sold();
    const check = (rule: typeof visitCardSellable, offer: Offer | null, args = { sale }) =>
      rule.check(args, { offer: offer ? { ...offer } : null }, []);
    expect(check(visitCardSellable, card)).toBeNull();
    expect(check(visitCardSellable, { ...card, status: 'ended' })).toMatchObject({
      details: { offerId: card.id, reason: 'ended' },
    });
    expect(check(visitCardSellable, null)).toMatchObject({ details: { reason: 'unknown' } });
    expect(check(visitCardPrice, card)).toBeNull();
    expect(check(visitCardPrice, card, { sale: { ...sale, priceFen: 25_000 } })).toMatchObject({
      details: { priceFen: 25_000, offerPriceFen: 30_000, title: card.title },
    });
    // A card that cannot be sold is the other rule's to say, once.
    expect(check(visitCardPrice, null, { sale: { ...sale, priceFen: 1 } })).toBeNull();
  });

  it('shows a sale as awaiting until the voucher issued for it is here', () => {
    const first = sold();
    const second = { ...sold(), at: at + 1000 };
    const voucher = sampleVoucher(card, { saleId: first.id, orderId: null });
    const other = sampleVoucher(card, { orderId: 'order-1' });
    const rows = inShopSaleRows([first, second], [other, voucher]);
    expect(rows.map((row) => [row.sale.id, row.voucher?.id ?? null])).toEqual([
      [second.id, null],
      [first.id, voucher.id],
    ]);
  });
});
