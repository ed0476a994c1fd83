/**
 * The redemption rules only the platform can judge, because only it sees every desk's entries:
 *
 * - `voucher.alreadyRedeemed`: never more uses taken than the voucher has, whoever took them —
 *   two desks offline, or one desk twice. The details name the first use still standing (when,
 *   which desk, which business day), so Needs attention can say where the voucher went.
 * - `voucher.notRedeemable`: the voucher is not one the platform issued (an unverified redemption
 *   of a made-up code), is refunded, expired, or waiting for its group, or the redemption falls
 *   outside its validity.
 * - `redemption.reversal`: a reversal undoes one standing redemption of that voucher, once.
 *
 * Uses are summed from the ledger (a reversal's are negative: schema.ts), never stored.
 */
import type { EntityRow } from '../../mutations/row-ops';
import { defineInvariant } from '../../sync/invariants';
import type { Redemption, Voucher } from '../schema';

export const VOUCHER_ALREADY_REDEEMED = 'voucher.alreadyRedeemed';
export const VOUCHER_NOT_REDEEMABLE = 'voucher.notRedeemable';
export const REDEMPTION_REVERSAL = 'redemption.reversal';

/** How many of a voucher's newest entries a rule reads: more than any voucher's uses and undos. */
const HISTORY = 400;

type Args = { redemption: Redemption };

const voucherReads = ({ redemption }: Args) => ({
  voucher: { kind: 'entity', table: 'voucher', id: redemption.voucherId } as const,
  used: {
    kind: 'ledgerSum',
    table: 'redemption',
    sum: 'uses',
    field: 'voucherId',
    equals: redemption.voucherId,
  } as const,
  history: {
    kind: 'ledgerLatest',
    table: 'redemption',
    limit: HISTORY,
    field: 'voucherId',
    equals: redemption.voucherId,
  } as const,
});

/** The redemptions not reversed, oldest first. */
export function standingRedemptions(entries: readonly Redemption[]): Redemption[] {
  const reversed = new Set(entries.flatMap((entry) => (entry.reverses ? [entry.reverses] : [])));
  return entries
    .filter((entry) => entry.reverses === null && !reversed.has(entry.id))
    .sort((a, b) => a.at - b.at);
}

export interface FirstUse {
  at: number;
  deviceId: string;
  businessDate: string;
  unverified: boolean;
}

export interface AlreadyRedeemedDetails {
  voucherId: string;
  code: string;
  uses: number;
  usedBefore: number;
  asked: number;
  first: FirstUse | null;
}

export const alreadyRedeemed = defineInvariant<Args, ReturnType<typeof voucherReads>>({
  rule: VOUCHER_ALREADY_REDEEMED,
  mutation: 'voucher.redeem',
  reads: voucherReads,
  check: ({ redemption }, state) => {
    const voucher = state.voucher as (EntityRow & Voucher) | null;
    if (!voucher) return null; // voucher.notRedeemable says it is unknown
    const usedBefore = state.used as number;
    if (usedBefore + redemption.uses <= voucher.uses) return null;
    const first = standingRedemptions(state.history as unknown as Redemption[])[0];
    const details: AlreadyRedeemedDetails = {
      voucherId: voucher.id,
      code: voucher.code,
      uses: voucher.uses,
      usedBefore,
      asked: redemption.uses,
      first: first
        ? {
            at: first.at,
            deviceId: first.deviceId,
            businessDate: first.businessDate,
            unverified: first.unverified,
          }
        : null,
    };
    return {
      message: `voucher ${voucher.code}: ${usedBefore} of ${voucher.uses} uses taken`,
      details: { ...details },
    };
  },
});

export type NotRedeemableReason =
  'unknown' | 'refunded' | 'expired' | 'awaitingGroup' | 'notYetValid';

/** Why a voucher cannot be redeemed at `at`, or null when it can (uses apart). */
export function voucherStateRefusal(
  voucher: Pick<Voucher, 'state' | 'validFrom' | 'validUntil'> | null,
  at: number,
): NotRedeemableReason | null {
  if (!voucher) return 'unknown';
  if (voucher.state === 'refunded') return 'refunded';
  if (voucher.state === 'expired') return 'expired';
  if (voucher.state === 'awaitingGroup') return 'awaitingGroup';
  if (at < voucher.validFrom) return 'notYetValid';
  if (at >= voucher.validUntil) return 'expired';
  return null;
}

export const notRedeemable = defineInvariant<Args, ReturnType<typeof voucherReads>>({
  rule: VOUCHER_NOT_REDEEMABLE,
  mutation: 'voucher.redeem',
  reads: voucherReads,
  check: ({ redemption }, state) => {
    const voucher = state.voucher as (EntityRow & Voucher) | null;
    const reason = voucherStateRefusal(voucher, redemption.at);
    if (!reason) return null;
    return {
      message: `voucher ${redemption.code} cannot be redeemed: ${reason}`,
      details: {
        voucherId: redemption.voucherId,
        code: redemption.code,
        reason,
        at: redemption.at,
        stateAt: voucher?.stateAt ?? null,
        validUntil: voucher?.validUntil ?? null,
      },
    };
  },
});

export const reversalOfStanding = defineInvariant<Args, ReturnType<typeof voucherReads>>({
  rule: REDEMPTION_REVERSAL,
  mutation: 'voucher.reverseRedemption',
  reads: voucherReads,
  check: ({ redemption }, state) => {
    const history = state.history as unknown as Redemption[];
    const target = history.find((entry) => entry.id === redemption.reverses);
    const standing = standingRedemptions(history).some((entry) => entry.id === redemption.reverses);
    if (target && standing && target.uses === -redemption.uses) return null;
    return {
      message: `redemption ${redemption.reverses} is not a standing redemption of this voucher`,
      details: {
        voucherId: redemption.voucherId,
        code: redemption.code,
        reverses: redemption.reverses,
        alreadyReversed: Boolean(target) && !standing,
      },
    };
  },
});
