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
import { normalizeVoucherCode } from '@domain/vouchers/code';
import {
  isVoucherQrText,
  parseVoucherQr,
  verifyVoucher,
  type VoucherQrProblem,
} from '@domain/vouchers/signature';
import { ensureDeviceId, mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { storedVoucherKeys } from '../keys/voucher-keys';

export interface LookedUp {
  code: string;
  voucher: Voucher | null;
  offer: Offer | null;
  entries: Redemption[];
  qr: { ok: true } | { ok: false; problem: VoucherQrProblem } | null;
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
    qr = verified.ok ? { ok: true } : { ok: false, problem: verified.reason };
  } else {
    code = normalizeVoucherCode(text);
  }
  if (code === null) return null;
  const voucher = (await db.voucher.where('code').equals(code).first()) ?? null;
  const [offer, entries, settings] = await Promise.all([
    voucher ? db.offer.get(voucher.offerId) : undefined,
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

/** One use of the voucher, as a new ledger entry; returns it. */
export async function redeem(
  db: VendorDb,
  voucher: Voucher,
  how: 'typed' | 'scanner' | 'camera',
  clock: ShopClock,
  now = Date.now(),
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
    unverified: false,
    at: now,
    businessDate: businessDate(now, clock.timeZone, clock.cutoffMinutes),
    deviceId: await ensureDeviceId(db),
  };
  await mutate(db, redeemVoucher, { redemption });
  return redemption;
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
