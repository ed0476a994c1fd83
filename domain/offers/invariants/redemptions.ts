/**
 * The redemption rules only the platform can judge, because only it sees every desk's entries:
 *
 * - `voucher.alreadyRedeemed`: never more uses taken than the voucher has, whoever took them —
 *   two desks offline, or one desk twice. The details name the first use still standing (when,
 *   which desk, which business day), so Needs attention can say where the voucher went.
 * - `voucher.notRedeemable`: the voucher is not one the platform issued (an unverified redemption
 *   of a made-up code), is refunded, expired, or waiting for its group, or the redemption falls
 *   outside its validity or its offer's usage rules at that moment in the shop's zone (weekdays,
 *   dayparts, excluded dates, uses per visit — counting every desk's uses that business day),
 *   judged by the same function the desk used (domain/vouchers/usage-rules.ts).
 * - `redemption.reversal`: a reversal undoes one standing redemption of that voucher, once.
 *
 * Uses are summed from the ledger (a reversal's are negative: schema.ts), never stored.
 */
import type { Daypart } from '../../menu/schema';
import { shopClockOf } from '../../menu/shop-clock';
import type { EntityRow } from '../../mutations/row-ops';
import { SHOP_RECORD_VALUE } from '../../parts/define';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import type { VendorProfile } from '../../vendor';
import { redeemableAt } from '../../vouchers/usage-rules';
import type { Offer, Redemption, Voucher } from '../schema';

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

/** Where and when a standing use happened, as Needs attention and the desk name it. */
export function firstUseOf(entry: Redemption | undefined): FirstUse | null {
  return entry
    ? {
        at: entry.at,
        deviceId: entry.deviceId,
        businessDate: entry.businessDate,
        unverified: entry.unverified,
      }
    : null;
}

/** The moment of each standing use, one per use (a three-use redemption counts three). */
export function momentsOfUses(standing: readonly Redemption[]): number[] {
  return standing.flatMap((entry) => Array.from({ length: entry.uses }, () => entry.at));
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
      first: firstUseOf(first),
    };
    return {
      message: `voucher ${voucher.code}: ${usedBefore} of ${voucher.uses} uses taken`,
      details: { ...details },
    };
  },
});

export type NotRedeemableReason =
  | 'unknown'
  | 'refunded'
  | 'expired'
  | 'awaitingGroup'
  | 'notYetValid'
  | 'excludedDate'
  | 'weekday'
  | 'daypart'
  | 'usesPerVisit';

/** Why a voucher cannot be redeemed at `at`, or null when it can (uses and usage rules apart). */
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

const usageReasons = {
  excluded_date: 'excludedDate',
  weekday: 'weekday',
  daypart: 'daypart',
  uses_per_visit: 'usesPerVisit',
} as const satisfies Record<string, NotRedeemableReason>;

const OFFER = 'rules:offer';
const PROFILE = 'rules:profile';
const daypartKey = (id: string) => `rules:daypart:${id}`;

/**
 * Whether the offer's usage rules allow this redemption at its moment, read as the desk read it:
 * the shop's profile for its zone and cut-off, the dayparts the rules name, and the uses standing
 * that business day on every desk. Null when they do, or when the offer or profile is missing
 * (nothing to judge by: the state checks still stand).
 */
function usageRefusal(
  redemption: Redemption,
  voucher: Voucher,
  state: Readonly<Record<string, unknown>>,
): { reason: NotRedeemableReason; rules: Record<string, unknown> } | null {
  const offer = state[OFFER] as Offer | null | undefined;
  const profile = (state[PROFILE] as VendorProfile[] | undefined)?.[0];
  if (!offer || !profile) return null;
  const dayparts = offer.usage.daypartIds.flatMap((id) => {
    const daypart = state[daypartKey(id)] as Daypart | null | undefined;
    return daypart ? [daypart] : [];
  });
  const standing = standingRedemptions(state.history as unknown as Redemption[]);
  const check = redeemableAt(
    {
      state: 'valid',
      validFrom: voucher.validFrom,
      validUntil: voucher.validUntil,
      // Used up comes back as 'used_up', which is voucher.alreadyRedeemed's to say.
      uses: voucher.uses,
      usedAt: momentsOfUses(standing),
    },
    offer.usage,
    redemption.at,
    shopClockOf(profile),
    dayparts,
    redemption.uses,
  );
  if (check.ok || !(check.reason in usageReasons)) return null;
  return {
    reason: usageReasons[check.reason as keyof typeof usageReasons],
    rules: {
      businessDate: check.detail.businessDate,
      weekdays: check.detail.weekdays ?? null,
      daypartIds: check.detail.daypartIds ?? null,
      usesPerVisit: check.detail.usesPerVisit ?? null,
      usesToday: check.detail.usesToday,
    },
  };
}

export const notRedeemable = defineInvariant<Args, ReturnType<typeof voucherReads>>({
  rule: VOUCHER_NOT_REDEEMABLE,
  mutation: 'voucher.redeem',
  reads: voucherReads,
  thenReads: [
    ({ redemption }) => ({
      [OFFER]: { kind: 'entity', table: 'offer', id: redemption.offerId },
      [PROFILE]: {
        kind: 'entitiesWhere',
        table: 'vendorProfile',
        field: 'shop',
        equals: SHOP_RECORD_VALUE,
      },
    }),
    (_args, state) => {
      const offer = state[OFFER] as Offer | null | undefined;
      const reads: Record<string, InvariantRead> = {};
      for (const id of offer?.usage.daypartIds ?? []) {
        reads[daypartKey(id)] = { kind: 'entity', table: 'menuDaypart', id };
      }
      return reads;
    },
  ],
  check: ({ redemption }, state) => {
    const voucher = state.voucher as (EntityRow & Voucher) | null;
    const stateReason = voucherStateRefusal(voucher, redemption.at);
    const usage = voucher && !stateReason ? usageRefusal(redemption, voucher, state) : null;
    const reason = stateReason ?? usage?.reason;
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
        ...(usage ? { rules: usage.rules } : {}),
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
