import { describe, expect, it } from 'vitest';
import { defaultOfferSettings } from '@domain/offers/schema';
import {
  sampleOffer,
  sampleRedemption,
  sampleReversal,
  sampleVoucher,
} from '@domain/test-support/offers';
import { deskDecision, undoCheck, usesLeft, type DeskFacts } from './decision';

const clock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const offer = sampleOffer({ status: 'onSale' });
const voucher = sampleVoucher(offer);
// 2026-12-05 12:00 in Shanghai.
const noon = Date.UTC(2026, 11, 5, 4);

const facts = (over: Partial<DeskFacts> = {}): DeskFacts => ({
  voucher,
  offer,
  code: voucher.code,
  entries: [],
  qr: null,
  online: true,
  unverifiedToday: 0,
  settings: defaultOfferSettings,
  now: noon,
  clock,
  dayparts: [],
  ...over,
});

describe('the desk decision', () => {
  it('redeems a known valid voucher with its uses left', () => {
    const decision = deskDecision(facts());
    expect(decision).toMatchObject({ kind: 'redeem', usesLeft: 1 });
  });

  it('refuses a used-up voucher and names its first use', () => {
    const first = sampleRedemption(voucher, { at: noon - 3_600_000, deviceId: 'desk-9' });
    const decision = deskDecision(facts({ entries: [first] }));
    expect(decision).toMatchObject({
      kind: 'refuse',
      reason: 'used_up',
      first: { at: first.at, deviceId: 'desk-9', businessDate: '2026-12-05' },
    });
  });

  it('counts a reversed redemption as given back', () => {
    const first = sampleRedemption(voucher, { at: noon - 3_600_000 });
    const undo = sampleReversal(first, { voucherId: voucher.id });
    expect(usesLeft(voucher, [first, undo])).toBe(1);
    expect(deskDecision(facts({ entries: [first, undo] }))).toMatchObject({ kind: 'redeem' });
  });

  it('refuses refunded, awaiting-group, expired and outside-the-rules vouchers', () => {
    expect(deskDecision(facts({ voucher: { ...voucher, state: 'refunded' } }))).toMatchObject({
      reason: 'refunded',
    });
    expect(deskDecision(facts({ voucher: { ...voucher, state: 'awaitingGroup' } }))).toMatchObject({
      reason: 'not_valid_yet_group',
    });
    expect(deskDecision(facts({ voucher: { ...voucher, state: 'expired' } }))).toMatchObject({
      reason: 'voucher_expired',
    });
    expect(deskDecision(facts({ now: voucher.validUntil + 1 }))).toMatchObject({
      reason: 'expired',
    });
    // 2026-12-05 is a Saturday: a weekdays-only offer refuses it.
    const weekdaysOnly = { ...offer, usage: { ...offer.usage, weekdays: [1, 2, 3, 4, 5] } };
    expect(deskDecision(facts({ offer: weekdaysOnly }))).toMatchObject({
      reason: 'weekday',
      detail: { weekdays: [1, 2, 3, 4, 5] },
    });
  });

  it('refuses an unknown typed code, online and offline alike, saying which', () => {
    expect(deskDecision(facts({ voucher: null, offer: null }))).toMatchObject({
      reason: 'unknown',
    });
    expect(deskDecision(facts({ voucher: null, offer: null, online: false }))).toMatchObject({
      reason: 'unknown_offline',
    });
  });

  it('takes a genuine QR this desk has not seen as unverified, by its rules, within the cap per desk per day', () => {
    const signed = {
      code: voucher.code,
      offerId: offer.id,
      validFrom: voucher.validFrom,
      validUntil: voucher.validUntil,
      uses: 1,
    };
    const unseen = (over: Partial<DeskFacts> = {}) =>
      deskDecision(
        facts({ voucher: null, online: false, qr: { ok: true, facts: signed }, ...over }),
      );
    expect(unseen()).toMatchObject({
      kind: 'redeemUnverified',
      code: voucher.code,
      qr: signed,
      offer,
      capLeft: defaultOfferSettings.unverifiedCapPerDesk,
    });
    // Online too (the platform answers within seconds); the offer itself may not be here yet.
    expect(unseen({ online: true, offer: null })).toMatchObject({
      kind: 'redeemUnverified',
      offer: null,
    });
    expect(unseen({ unverifiedToday: 19 })).toMatchObject({ kind: 'redeemUnverified', capLeft: 1 });
    expect(unseen({ unverifiedToday: 20 })).toMatchObject({
      kind: 'refuse',
      reason: 'unverified_cap',
      cap: 20,
    });
    expect(
      unseen({ settings: { ...defaultOfferSettings, unverifiedCapPerDesk: 0 } }),
    ).toMatchObject({ reason: 'unverified_cap', cap: 0 });
    // What the QR signs is judged like a known voucher: its validity, the offer's weekdays.
    expect(unseen({ now: signed.validUntil })).toMatchObject({ reason: 'expired' });
    const weekdaysOnly = { ...offer, usage: { ...offer.usage, weekdays: [1, 2, 3, 4, 5] } };
    expect(unseen({ offer: weekdaysOnly })).toMatchObject({ reason: 'weekday' });
    expect(
      deskDecision(
        facts({ voucher: null, offer: null, qr: { ok: false, problem: 'bad_signature' } }),
      ),
    ).toMatchObject({ reason: 'bad_qr', problem: 'bad_signature' });
    expect(deskDecision(facts({ qr: { ok: false, problem: 'bad_signature' } }))).toMatchObject({
      reason: 'bad_qr',
    });
  });

  it('takes an unknown typed code offline only when the shop accepts them at its own risk, naming no offer', () => {
    const risky = { ...defaultOfferSettings, acceptUnknownTypedOffline: true };
    expect(
      deskDecision(facts({ voucher: null, offer: null, online: false, settings: risky })),
    ).toMatchObject({ kind: 'redeemUnverified', qr: null, offer: null });
    expect(
      deskDecision(facts({ voucher: null, offer: null, online: true, settings: risky })),
    ).toMatchObject({ reason: 'unknown' });
    expect(
      deskDecision(
        facts({ voucher: null, offer: null, online: false, settings: risky, unverifiedToday: 20 }),
      ),
    ).toMatchObject({ reason: 'unverified_cap' });
  });

  it('takes a known voucher by its QR even when the keys have not arrived', () => {
    expect(deskDecision(facts({ qr: { ok: false, problem: 'unknown_key' } }))).toMatchObject({
      kind: 'redeem',
    });
  });
});

describe('the undo window', () => {
  const redemption = sampleRedemption(voucher, { at: noon });

  it('allows an undo within the window and not at its end', () => {
    expect(undoCheck(redemption, [redemption], { undoWindowMin: 60 }, noon + 59 * 60_000)).toEqual({
      ok: true,
      until: noon + 3_600_000,
    });
    expect(undoCheck(redemption, [redemption], { undoWindowMin: 60 }, noon + 3_600_000)).toEqual({
      ok: false,
      reason: 'window_passed',
      until: noon + 3_600_000,
    });
  });

  it('refuses undoing twice, or undoing a reversal', () => {
    const undo = sampleReversal(redemption, { voucherId: voucher.id });
    expect(undoCheck(redemption, [redemption, undo], { undoWindowMin: 60 }, noon)).toMatchObject({
      reason: 'already_undone',
    });
    expect(undoCheck(undo, [redemption, undo], { undoWindowMin: 60 }, noon)).toMatchObject({
      reason: 'is_reversal',
    });
  });
});
