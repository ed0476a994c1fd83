/**
 * A visit card sale the platform turned down, on Needs attention in zh and en, worded from the
 * details the rules really produce (the invariants' own check): why the card could not be sold,
 * or both prices as money, and what to do at the till.
 */
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { visitCardPrice, visitCardSellable } from '@domain/offers/invariants/in-shop-sale';
import type { InShopSale } from '@domain/offers/schema';
import { sampleOffer } from '@domain/test-support/offers';
import { resources } from '../../i18n/resources';
import { attentionTexts } from '../../sync/pages/attention-texts';

async function translator(lng: string): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    resources,
    lng,
    ns: Object.keys(resources['zh-CN']),
    interpolation: { escapeValue: false },
  });
  return i18n.getFixedT(lng, 'offers');
}

const card = sampleOffer({
  kind: 'visitCard',
  title: { zh: '洗剪吹十次卡', en: 'Ten wash-and-cuts' },
  priceFen: 50_000,
  originalPriceFen: 60_000,
  usesPerVoucher: 10,
  status: 'ended',
  firstOnSaleAt: 1,
});
const sale: InShopSale = {
  id: newId(),
  offerId: card.id,
  customerId: newId(),
  priceFen: 45_000,
  paidWith: 'cash',
  at: 1,
  businessDate: '2026-12-06',
  deviceId: 'desk',
};

const texts = async (lng: string, rule: string, details: Record<string, unknown> | undefined) =>
  attentionTexts(
    { rule, reason: 'invariant_violated', details: details ?? null },
    await translator(lng),
    lng,
  );

describe('a visit card sale turned down, on Needs attention', () => {
  it('says why the card could not be sold', async () => {
    const violation = visitCardSellable.check({ sale }, { offer: { ...card } }, []);
    const zh = await texts('zh-CN', 'visitCard.notSellable', violation?.details);
    expect(zh.reason).toBe('这张次卡没有卖出，也没有发券：它已经结束。');
    expect(zh.todo).toContain('退还顾客付的钱');
    const en = await texts('en', 'visitCard.notSellable', violation?.details);
    expect(en.reason).toBe('This visit card was not sold and no voucher was issued: it has ended.');
  });

  it('names the card and both prices when it was sold at another price', async () => {
    const onSale = { ...card, status: 'onSale' as const };
    const violation = visitCardPrice.check({ sale }, { offer: onSale }, []);
    const zh = await texts('zh-CN', 'visitCard.priceMismatch', violation?.details);
    expect(zh.reason).toBe(
      '次卡“洗剪吹十次卡”的价格是 ¥500.00，这次按 ¥450.00 卖出，所以没有记入，也没有发券。',
    );
    const en = await texts('en', 'visitCard.priceMismatch', violation?.details);
    expect(en.reason).toContain('“Ten wash-and-cuts” costs CN¥500.00');
    expect(en.reason).toContain('made at CN¥450.00');
    expect(en.todo).toContain('difference at the till');
  });
});
