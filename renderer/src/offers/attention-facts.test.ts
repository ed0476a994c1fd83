/**
 * The group-buy rules on Needs attention, worded from the details the rules really produce (the
 * invariants' own check, as the platform runs it): the terms by their labels, the voucher's code
 * as printed, and the first use's time in the shop's zone and its desk.
 */
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { deskCode } from '@domain/customers/receipt';
import { newId } from '@domain/ids';
import { alreadyRedeemed } from '@domain/offers/invariants/redemptions';
import { termsLocked } from '@domain/offers/invariants/terms-locked';
import { sampleOffer, sampleRedemption, sampleVoucher } from '@domain/test-support/offers';
import { resources } from '../i18n/resources';
import { attentionTexts } from '../sync/pages/attention-texts';

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

const rejection = (rule: string, violation: { details?: Record<string, unknown> } | null) => ({
  rule,
  reason: 'invariant_violated',
  details: violation?.details ?? null,
});

describe('the group-buy rules on Needs attention', () => {
  const offer = sampleOffer({ status: 'onSale', firstOnSaleAt: Date.UTC(2026, 11, 1, 2, 30) });

  it('names the terms an edit tried to change, and when the offer went on sale', async () => {
    const { status: _s, firstOnSaleAt: _f, createdAt: _c, ...fields } = offer;
    const violation = termsLocked.check(
      {
        offer: {
          ...fields,
          priceFen: 6800,
          refund: { beforeUse: false, autoRefundExpired: false },
        },
      },
      { stored: offer },
      [],
    );
    const zh = attentionTexts(
      rejection('offer.termsLocked', violation),
      await translator('zh-CN'),
      'zh-CN',
      {
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(zh.reason).toBe(
      '团购“双人套餐”已在 2026/12/01 10:30 上架，顾客按原条件购买，所以这次修改没有保存：团购价、退款规则。',
    );
    const en = attentionTexts(
      rejection('offer.termsLocked', violation),
      await translator('en'),
      'en',
      {
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(en.reason).toContain('so this change was not saved: deal price, refund policy.');
  });

  it('says where a voucher was used first: the other desk by its code, or this desk', async () => {
    const voucher = sampleVoucher(offer, { code: '123456789018' });
    const otherDesk = newId();
    const first = sampleRedemption(voucher, {
      deviceId: otherDesk,
      at: Date.UTC(2026, 11, 5, 4, 5),
    });
    const violation = alreadyRedeemed.check(
      { redemption: sampleRedemption(voucher) },
      { voucher, used: 1, history: [first] },
      [],
    );
    const t = await translator('zh-CN');
    const elsewhere = attentionTexts(rejection('voucher.alreadyRedeemed', violation), t, 'zh-CN', {
      timeZone: 'Asia/Shanghai',
      deskCode: 'AAAAAA',
    });
    expect(elsewhere.reason).toBe(
      `券码 1234 5678 9018 已被用过（1/1 次），这次核销没有记入。第一次核销在 2026/12/05 12:05，在收银台 ${deskCode(otherDesk)}。`,
    );
    const here = attentionTexts(
      rejection('voucher.alreadyRedeemed', violation),
      await translator('en'),
      'en',
      {
        timeZone: 'Asia/Shanghai',
        deskCode: deskCode(otherDesk),
      },
    );
    expect(here.reason).toBe(
      'Voucher 1234 5678 9018 had already been used (1 of 1), so this redemption was not counted. It was first used at 12/05/2026, 12:05, on this desk.',
    );
  });
});
