/**
 * What the desk does with a code or QR it was given, decided from what this desktop knows: the
 * voucher (if synced here), its offer, its ledger entries, the shop's rules and the moment. Pure,
 * so every branch is tested without a screen.
 *
 * A voucher's id is derived from its shop and code (domain/vouchers/code.ts, voucherIdFor), so a
 * desk can name a voucher it has never received. A QR whose signature verifies but whose voucher
 * has not reached this desk (bought a minute ago, while the shop was offline) is taken as an
 * *unverified* redemption, judged by what the QR says (offer, validity, uses) and the offer's
 * rules, within the shop's cap of unverified redemptions per desk per business day; the platform
 * confirms or rejects it when it arrives. A typed code this desk does not know is refused offline,
 * unless the shop accepts such codes at its own risk: then the cashier names the offer, and it is
 * unverified too.
 */
import {
  firstUseOf,
  standingRedemptions,
  type FirstUse,
  momentsOfUses,
} from '@domain/offers/invariants/redemptions';
import type { Offer, OfferSettings, Redemption, Voucher } from '@domain/offers/schema';
import type { Daypart } from '@domain/menu/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import type { VoucherQrProblem } from '@domain/vouchers/signature';
import {
  redeemableAt,
  type NotRedeemableReason,
  type RedeemDetail,
} from '@domain/vouchers/usage-rules';

/** Uses taken: the sum of the voucher's entries (a reversal's are negative). */
export function usesTaken(entries: readonly Redemption[]): number {
  return entries.reduce((sum, entry) => sum + entry.uses, 0);
}

export function usesLeft(voucher: Pick<Voucher, 'uses'>, entries: readonly Redemption[]): number {
  return Math.max(0, voucher.uses - usesTaken(entries));
}

export type DeskRefusal =
  | { reason: NotRedeemableReason; detail: RedeemDetail; first: FirstUse | null }
  | { reason: 'voucher_expired' }
  | { reason: 'offer_missing' }
  /** Online, and the code is no voucher of this shop's that this desk has. */
  | { reason: 'unknown' }
  /** Offline, a typed code this desk has never received. */
  | { reason: 'unknown_offline' }
  /** This desk took its cap of unverified redemptions this business day. */
  | { reason: 'unverified_cap'; cap: number }
  | { reason: 'bad_qr'; problem: VoucherQrProblem };

/** What a signed QR says of its voucher, for one this desk has not received. */
export interface QrVoucherFacts {
  code: string;
  offerId: string;
  validFrom: number;
  validUntil: number;
  uses: number;
}

export type DeskDecision =
  | { kind: 'redeem'; voucher: Voucher; offer: Offer; usesLeft: number; detail: RedeemDetail }
  | {
      kind: 'redeemUnverified';
      code: string;
      /** From the QR; null for a typed code, whose offer the cashier names. */
      qr: QrVoucherFacts | null;
      offer: Offer | null;
      /** Unverified redemptions this desk may still take today, this one included. */
      capLeft: number;
    }
  | ({ kind: 'refuse' } & DeskRefusal);

export interface DeskFacts {
  voucher: Voucher | null;
  offer: Offer | null;
  entries: readonly Redemption[];
  /** The code typed, or the one the QR carries. */
  code: string;
  /** For a QR: what checking its signature said (null for a typed code). */
  qr: { ok: true; facts: QrVoucherFacts } | { ok: false; problem: VoucherQrProblem } | null;
  online: boolean;
  /** Unverified redemptions this desk took this business day (reversed ones not counted). */
  unverifiedToday: number;
  settings: OfferSettings;
  now: number;
  clock: ShopClock;
  dayparts: readonly Daypart[];
}

/** A code or QR whose voucher this desk has not received. */
function unseenDecision(facts: DeskFacts): DeskDecision {
  const { qr, online, settings, offer } = facts;
  if (qr && !qr.ok) return { kind: 'refuse', reason: 'bad_qr', problem: qr.problem };
  if (qr === null && (online || !settings.acceptUnknownTypedOffline)) {
    return { kind: 'refuse', reason: online ? 'unknown' : 'unknown_offline' };
  }
  const capLeft = settings.unverifiedCapPerDesk - facts.unverifiedToday;
  if (capLeft <= 0) {
    return { kind: 'refuse', reason: 'unverified_cap', cap: settings.unverifiedCapPerDesk };
  }
  const fromQr = qr?.facts ?? null;
  if (fromQr && offer) {
    const check = redeemableAt(
      { state: 'valid', ...fromQr, usedAt: [] },
      offer.usage,
      facts.now,
      facts.clock,
      facts.dayparts,
    );
    if (!check.ok)
      return { kind: 'refuse', reason: check.reason, detail: check.detail, first: null };
  }
  return { kind: 'redeemUnverified', code: facts.code, qr: fromQr, offer, capLeft };
}

export function deskDecision(facts: DeskFacts): DeskDecision {
  const { voucher, offer, entries, qr } = facts;
  if (!voucher) return unseenDecision(facts);
  if (qr && !qr.ok && qr.problem === 'bad_signature') {
    return { kind: 'refuse', reason: 'bad_qr', problem: qr.problem };
  }
  if (!offer) return { kind: 'refuse', reason: 'offer_missing' };
  if (voucher.state === 'expired') return { kind: 'refuse', reason: 'voucher_expired' };
  const standing = standingRedemptions(entries);
  const check = redeemableAt(
    {
      state:
        voucher.state === 'awaitingGroup'
          ? 'awaiting_group'
          : voucher.state === 'refunded'
            ? 'refunded'
            : 'valid',
      validFrom: voucher.validFrom,
      validUntil: voucher.validUntil,
      uses: voucher.uses,
      usedAt: momentsOfUses(standing),
    },
    offer.usage,
    facts.now,
    facts.clock,
    facts.dayparts,
  );
  if (!check.ok) {
    return {
      kind: 'refuse',
      reason: check.reason,
      detail: check.detail,
      first: firstUseOf(standing[0]),
    };
  }
  return {
    kind: 'redeem',
    voucher,
    offer,
    usesLeft: usesLeft(voucher, entries),
    detail: check.detail,
  };
}

export type UndoCheck =
  | { ok: true; until: number }
  | { ok: false; reason: 'window_passed'; until: number }
  | { ok: false; reason: 'already_undone' | 'is_reversal' };

/** Whether a redemption may still be undone at the desk at `now`, by the shop's undo window. */
export function undoCheck(
  redemption: Redemption,
  entries: readonly Redemption[],
  settings: Pick<OfferSettings, 'undoWindowMin'>,
  now: number,
): UndoCheck {
  if (redemption.reverses !== null || redemption.uses < 0)
    return { ok: false, reason: 'is_reversal' };
  if (entries.some((entry) => entry.reverses === redemption.id)) {
    return { ok: false, reason: 'already_undone' };
  }
  const until = redemption.at + settings.undoWindowMin * 60_000;
  return now < until ? { ok: true, until } : { ok: false, reason: 'window_passed', until };
}
