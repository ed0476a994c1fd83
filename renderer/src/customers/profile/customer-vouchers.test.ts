import { describe, expect, it } from 'vitest';
import {
  sampleOffer,
  sampleRedemption,
  sampleReversal,
  sampleVoucher,
} from '@domain/test-support/offers';
import { summarizeCustomerVouchers } from './customer-vouchers';

const meal = sampleOffer();
const card = sampleOffer({ usesPerVoucher: 10 });
const day = 86_400_000;
const now = Date.UTC(2026, 11, 10, 4);

describe('a customer’s vouchers on their profile', () => {
  it('lists usable vouchers first, soonest to lapse first, and says used up or expired', () => {
    const soon = sampleVoucher(card, { validUntil: now + day });
    const later = sampleVoucher(meal, { validUntil: now + 20 * day });
    const waiting = sampleVoucher(meal, { state: 'awaitingGroup', validUntil: now + 5 * day });
    const usedUp = sampleVoucher(meal, { purchasedAt: now - 2 * day });
    const lapsed = sampleVoucher(meal, { validUntil: now - day, purchasedAt: now - 40 * day });
    const refunded = sampleVoucher(meal, { state: 'refunded', purchasedAt: now - day });
    const used = sampleRedemption(usedUp);
    const cardUse = sampleRedemption(soon);
    const summary = summarizeCustomerVouchers(
      [lapsed, refunded, later, usedUp, soon, waiting],
      [used, cardUse],
      now,
    );
    expect(summary.vouchers.map((row) => [row.voucher.id, row.state, row.usesLeft])).toEqual([
      [soon.id, 'valid', 9],
      [waiting.id, 'awaitingGroup', 1],
      [later.id, 'valid', 1],
      [refunded.id, 'refunded', 1],
      [usedUp.id, 'usedUp', 0],
      [lapsed.id, 'expired', 1],
    ]);
  });

  it('gives an undone use back and marks the redemption it undid', () => {
    const voucher = sampleVoucher(meal, { validUntil: now + day });
    const use = sampleRedemption(voucher, { at: now - 3_600_000 });
    const undo = sampleReversal(use);
    const summary = summarizeCustomerVouchers([voucher], [use, undo], now);
    expect(summary.vouchers[0]).toMatchObject({ state: 'valid', usesLeft: 1 });
    expect(summary.redemptions).toEqual([
      { redemption: undo, undone: false },
      { redemption: use, undone: true },
    ]);
  });
});
