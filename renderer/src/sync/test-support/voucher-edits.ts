/**
 * Group-buy redemptions for the sync tests, as data fast-check can generate and shrink: one use of
 * one of the shop's vouchers, taken only when the console's own ledger shows a use left (as the
 * desk checks before redeeming), so consoles offline take the same last use and only the
 * platform's voucher.alreadyRedeemed can tell. The vouchers are the platform's own: a one-use
 * deal and a three-visit card, issued by `voucher.put` as a paid order would issue them.
 */
import fc from 'fast-check';
import { createOffer, redeemVoucher } from '@domain/offers/mutations';
import type { Redemption, Voucher } from '@domain/offers/schema';
import { sampleOffer, sampleRedemption, sampleVoucher } from '@domain/test-support/offers';
import { generateVoucherCodes, voucherIdFor } from '@domain/vouchers/code';
import { businessDate } from '@domain/time';
import type { PlatformHarness } from './platform-harness';
import type { SimDevice } from './sim-device';

export interface RedeemEdit {
  kind: 'redeem';
  pick: number;
}

/** Mostly the one-use voucher, so consoles race for it. */
export const redeemEditArbitrary: fc.Arbitrary<RedeemEdit> = fc.record({
  kind: fc.constant('redeem' as const),
  pick: fc.constantFrom(0, 0, 1),
});

const DAY_MS = 86_400_000;

/** The offers as the first console makes them, and their vouchers as the platform issues them. */
export async function seedVouchers(
  device: SimDevice,
  platform: PlatformHarness,
  vendorId: string,
): Promise<Voucher[]> {
  const now = Date.now();
  const deal = sampleOffer({ createdAt: now });
  const card = sampleOffer({
    title: { zh: '三次洗车卡', en: 'Three car washes' },
    usesPerVoucher: 3,
    usage: { ...deal.usage, usesPerVisit: 3 },
    createdAt: now,
  });
  for (const offer of [deal, card]) await device.edit(createOffer, { offer });
  const vouchers = generateVoucherCodes(2).map((code, i) =>
    sampleVoucher(i === 0 ? deal : card, {
      id: voucherIdFor(vendorId, code),
      code,
      validFrom: now - DAY_MS,
      validUntil: now + 30 * DAY_MS,
      purchasedAt: now - DAY_MS,
      stateAt: now - DAY_MS,
    }),
  );
  const issued = await platform.originate(vendorId, { name: 'voucher.put', args: { vouchers } });
  if (issued !== 'applied') throw new Error(`vouchers not issued: ${issued}`);
  return vouchers;
}

/** One use of the picked voucher if this console's ledger shows one left; false otherwise. */
export async function applyRedeemEdit(device: SimDevice, edit: RedeemEdit): Promise<boolean> {
  const vouchers = (await device.db.voucher.toArray()).sort((a, b) => a.uses - b.uses);
  const voucher = vouchers[edit.pick % Math.max(1, vouchers.length)];
  if (!voucher) return false;
  const entries = await device.db.redemption.where('voucherId').equals(voucher.id).toArray();
  const taken = entries.reduce((sum, entry) => sum + entry.uses, 0);
  if (taken >= voucher.uses) return false;
  const at = Date.now();
  const redemption = sampleRedemption(voucher, {
    at,
    businessDate: businessDate(at, 'Asia/Shanghai', 240),
    deviceId: device.deviceId,
  });
  await device.edit(redeemVoucher, { redemption });
  return true;
}

/** Vouchers whose standing uses on the platform exceed what they were sold with (none may). */
export function overRedeemed(
  vouchers: readonly Voucher[],
  redemptions: readonly Redemption[],
): string[] {
  return vouchers.flatMap((voucher) => {
    const taken = redemptions
      .filter((entry) => entry.voucherId === voucher.id)
      .reduce((sum, entry) => sum + entry.uses, 0);
    return taken > voucher.uses ? [voucher.code] : [];
  });
}
