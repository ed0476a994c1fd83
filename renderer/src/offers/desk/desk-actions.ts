/**
 * The desk's reads and writes: looking a code or QR up in what this desktop knows (one index
 * read for the voucher by its code), and the two ledger entries, a redemption and its reversal,
 * through the mutation layer (which asks a manager's approval for a reversal itself).
 */
import { newId } from '@domain/ids';
import { redeemVoucher, reverseRedemption } from '@domain/offers/mutations';
import {
  defaultOfferSettings,
  type Offer,
  type OfferSettings,
  type Redemption,
  type Voucher,
} from '@domain/offers/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { businessDate } from '@domain/time';
import { normalizeVoucherCode, voucherIdFor } from '@domain/vouchers/code';
import {
  isVoucherQrText,
  parseVoucherQr,
  verifyVoucher,
  type VoucherQrProblem,
} from '@domain/vouchers/signature';
import { ensureDeviceId, mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { storedVoucherKeys } from '../keys/voucher-keys';
import type { QrVoucherFacts } from './decision';

export interface LookedUp {
  code: string;
  voucher: Voucher | null;
  offer: Offer | null;
  entries: Redemption[];
  qr: { ok: true; facts: QrVoucherFacts } | { ok: false; problem: VoucherQrProblem } | null;
  settings: OfferSettings;
}

/** What the desk knows of a code or QR text; null when the text is neither. */
export async function lookUpVoucher(
  db: VendorDb,
  vendorId: string,
  text: string,
): Promise<LookedUp | null> {
  let code: string | null;
  let qr: LookedUp['qr'] = null;
  if (isVoucherQrText(text)) {
    const parsed = parseVoucherQr(text);
    if (!parsed.ok) return null;
    code = parsed.qr.payload.code;
    const verified = await verifyVoucher(await storedVoucherKeys(db), text, { vendorId });
    const { offerId, validFrom, validUntil, uses } = parsed.qr.payload;
    qr = verified.ok
      ? { ok: true, facts: { code, offerId, validFrom, validUntil, uses } }
      : { ok: false, problem: verified.reason };
  } else {
    code = normalizeVoucherCode(text);
  }
  if (code === null) return null;
  const voucher = (await db.voucher.where('code').equals(code).first()) ?? null;
  const offerId = voucher?.offerId ?? (qr?.ok ? qr.facts.offerId : null);
  const [offer, entries, settings] = await Promise.all([
    offerId ? db.offer.get(offerId) : undefined,
    voucher ? db.redemption.where('voucherId').equals(voucher.id).toArray() : [],
    db.offerSettings.get('shop'),
  ]);
  return {
    code,
    voucher,
    offer: offer ?? null,
    entries,
    qr,
    settings: settings ?? defaultOfferSettings,
  };
}

type How = 'typed' | 'scanner' | 'camera';

/** One use of a voucher, as a new ledger entry written through the mutation layer; returns it. */
async function takeOneUse(
  db: VendorDb,
  voucher: Pick<Voucher, 'id' | 'code' | 'offerId'>,
  how: How,
  unverified: boolean,
  clock: ShopClock,
  now: number,
): Promise<Redemption> {
  const redemption: Redemption = {
    id: newId(),
    voucherId: voucher.id,
    code: voucher.code,
    offerId: voucher.offerId,
    uses: 1,
    reverses: null,
    reason: null,
    how,
    unverified,
    at: now,
    businessDate: businessDate(now, clock.timeZone, clock.cutoffMinutes),
    deviceId: await ensureDeviceId(db),
  };
  await mutate(db, redeemVoucher, { redemption });
  return redemption;
}

/** One use of a voucher this desk knows. */
export function redeem(
  db: VendorDb,
  voucher: Voucher,
  how: How,
  clock: ShopClock,
  now = Date.now(),
): Promise<Redemption> {
  return takeOneUse(db, voucher, how, false, clock, now);
}

/**
 * Unverified redemptions this desk took on a business day, reversed ones not counted: what the
 * shop's cap per desk per day is measured against.
 */
export async function unverifiedTakenOn(db: VendorDb, day: string): Promise<number> {
  const deviceId = await ensureDeviceId(db);
  const entries = await db.redemption.where('businessDate').equals(day).toArray();
  const reversed = new Set(entries.flatMap((entry) => (entry.reverses ? [entry.reverses] : [])));
  return entries.filter(
    (entry) =>
      entry.unverified && entry.deviceId === deviceId && entry.uses > 0 && !reversed.has(entry.id),
  ).length;
}

/**
 * One use of a voucher this desk has not received, as an unverified entry naming the voucher by
 * the id the platform gave it (derived from the shop and the code); the platform confirms or
 * rejects it when it arrives.
 */
export function redeemUnverified(
  db: VendorDb,
  vendorId: string,
  voucher: { code: string; offerId: string },
  how: How,
  clock: ShopClock,
  now = Date.now(),
): Promise<Redemption> {
  const id = voucherIdFor(vendorId, voucher.code);
  return takeOneUse(db, { ...voucher, id }, how, true, clock, now);
}

/** The reversal of a redemption, with the reason given at the desk. */
export async function undoRedemption(
  db: VendorDb,
  redemption: Redemption,
  reason: string,
  clock: ShopClock,
  now = Date.now(),
): Promise<Redemption> {
  const reversal: Redemption = {
    ...redemption,
    id: newId(),
    uses: -redemption.uses,
    reverses: redemption.id,
    reason: reason.trim(),
    at: now,
    businessDate: businessDate(now, clock.timeZone, clock.cutoffMinutes),
    deviceId: await ensureDeviceId(db),
  };
  await mutate(db, reverseRedemption, { redemption: reversal });
  return reversal;
}
