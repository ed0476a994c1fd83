import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import {
  sampleOffer,
  sampleRedemption,
  sampleReversal,
  sampleVoucher,
} from '@domain/test-support/offers';
import { maskVoucherCode, slipFacts } from './slip-facts';

const card = sampleOffer({ usesPerVoucher: 10 });
const voucher = sampleVoucher(card, { code: '123456789018' });
const deviceId = newId();
const use = (minute: number) =>
  sampleRedemption(voucher, { at: Date.UTC(2026, 11, 5, 4, minute), deviceId });

describe('the redemption slip', () => {
  it('masks the code but for its last four digits', () => {
    expect(maskVoucherCode('123456789018')).toBe('**** **** 9018');
    expect(maskVoucherCode('1234 5678 9018')).toBe('**** **** 9018');
  });

  it('gives the uses left right after this entry, whatever came later', () => {
    const [first, second, third] = [use(1), use(2), use(3)];
    const facts = slipFacts(second!, voucher, [third!, first!, second!]);
    expect(facts).toMatchObject({
      maskedCode: '**** **** 9018',
      uses: 1,
      usesLeft: { left: 8, uses: 10 },
      reversed: false,
      isReversal: false,
    });
    expect(facts.desk).toMatch(/^[0-9A-Z]{6}$/);
  });

  it('says when the redemption was undone, and what an undo gives back', () => {
    const first = use(1);
    const undo = sampleReversal(first, { deviceId });
    expect(slipFacts(first, voucher, [first, undo])).toMatchObject({
      reversed: true,
      usesLeft: { left: 9, uses: 10 },
    });
    expect(slipFacts(undo, voucher, [first, undo])).toMatchObject({
      isReversal: true,
      uses: -1,
      usesLeft: { left: 10, uses: 10 },
    });
  });

  it('counts the entry even before it is in the desk’s list, and knows no uses for an unknown voucher', () => {
    const fresh = use(5);
    expect(slipFacts(fresh, voucher, []).usesLeft).toEqual({ left: 9, uses: 10 });
    expect(slipFacts({ ...fresh, unverified: true }, null, []).usesLeft).toBeNull();
  });
});
