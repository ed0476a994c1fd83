/**
 * What the desk does with a code or QR it was given, decided from what this desktop knows: the
 * voucher (if synced here), its offer, its ledger entries, the shop's rules and the moment. Pure,
 * so every branch is tested without a screen.
 *
 * A QR carries the code, the offer and the validity signed by the platform, but not the voucher's
 * id (domain/vouchers/signature.ts), and the platform judges a redemption by the voucher id it
 * names (voucher.notRedeemable reads the voucher row by id): a redemption of a voucher this desk
 * has never seen would always come back from the platform as "unknown". So a QR whose signature
 * verifies but whose voucher has not reached this desk is refused with that said (`unseen`), and
 * likewise a typed code not known here, rather than taking an entry the platform cannot match.
 */
import { standingRedemptions } from '@domain/offers/invariants/redemptions';
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

export interface UseFact {
  at: number;
  deviceId: string;
  businessDate: string;
  unverified: boolean;
}

export type DeskRefusal =
  | { reason: NotRedeemableReason; detail: RedeemDetail; first: UseFact | null }
  | { reason: 'voucher_expired' }
  | { reason: 'offer_missing' }
  /** Online, and the code is no voucher of this shop's that this desk has. */
  | { reason: 'unknown' }
  /** Offline, a typed code this desk has never received. */
  | { reason: 'unknown_offline' }
  /** A genuine QR of this shop whose voucher has not reached this desk yet (see above). */
  | { reason: 'unseen'; offline: boolean }
  | { reason: 'bad_qr'; problem: VoucherQrProblem };

export type DeskDecision =
  | { kind: 'redeem'; voucher: Voucher; offer: Offer; usesLeft: number; detail: RedeemDetail }
  | ({ kind: 'refuse' } & DeskRefusal);

export interface DeskFacts {
  voucher: Voucher | null;
  offer: Offer | null;
  entries: readonly Redemption[];
  /** For a QR: what checking its signature said (null for a typed code). */
  qr: { ok: true } | { ok: false; problem: VoucherQrProblem } | null;
  online: boolean;
  settings: OfferSettings;
  now: number;
  clock: ShopClock;
  dayparts: readonly Daypart[];
}

export function deskDecision(facts: DeskFacts): DeskDecision {
  const { voucher, offer, entries, qr, online } = facts;
  if (!voucher) {
    if (qr === null) return { kind: 'refuse', reason: online ? 'unknown' : 'unknown_offline' };
    if (!qr.ok) return { kind: 'refuse', reason: 'bad_qr', problem: qr.problem };
    return { kind: 'refuse', reason: 'unseen', offline: !online };
  }
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
      usedAt: standing.flatMap((entry) => Array.from({ length: entry.uses }, () => entry.at)),
    },
    offer.usage,
    facts.now,
    facts.clock,
    facts.dayparts,
  );
  if (!check.ok) {
    const first = standing[0];
    return {
      kind: 'refuse',
      reason: check.reason,
      detail: check.detail,
      first: first
        ? {
            at: first.at,
            deviceId: first.deviceId,
            businessDate: first.businessDate,
            unverified: first.unverified,
          }
        : null,
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
