/**
 * When a voucher may be used: its validity window and the offer's usage rules (weekdays, menu
 * dayparts, excluded business dates, uses per visit), read in the shop's zone and business day,
 * never the computer's. Pure, so a desk offline and the platform judge a redemption alike
 * (the invariant voucher.notRedeemable rests on it).
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { availabilityAllows, daypartIndex, daypartStartDate, shopMomentAt } from '../menu/dayparts';
import { businessDateSchema, weekdaySchema, type Daypart } from '../menu/schema';
import type { ShopClock } from '../menu/shop-clock';
import { addCalendarDays, businessDate, businessDayStart, weekdayOfDate } from '../time';

const distinct = <T>(list: readonly T[]) => new Set(list).size === list.length;

/** An offer's usage rules. Empty lists mean no restriction: every day, any time. */
export const usageRulesSchema = z.object({
  /** 1 = Monday .. 7 = Sunday; empty = every day. */
  weekdays: z.array(weekdaySchema).max(7).refine(distinct, 'duplicate_weekday'),
  /** Menu daypart ids (早餐, 午市, …); empty = any time. A daypart since deleted is ignored. */
  daypartIds: z.array(idSchema).max(24).refine(distinct, 'duplicate_daypart'),
  /** Business dates the voucher cannot be used on (holidays). */
  excludedDates: z.array(businessDateSchema).max(366).refine(distinct, 'duplicate_date'),
  /** At most this many uses of one voucher per business day. */
  usesPerVisit: z.number().int().min(1).max(99),
  /** Whether it can be used together with other offers; the desk shows it, the rules do not check it. */
  combinable: z.boolean(),
  /** Whether the customer must book first; shown at the desk, not checked here. */
  bookingRequired: z.boolean(),
});
export type UsageRules = z.infer<typeof usageRulesSchema>;

/**
 * How long a voucher is valid: fixed business dates (both included), or a number of business
 * days counted from the purchase's (the day of purchase is day 1, so 30 days bought on the 1st
 * end with the 30th).
 */
export const validitySchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('fixed'), from: businessDateSchema, until: businessDateSchema })
    .refine((fixed) => fixed.from <= fixed.until, {
      path: ['until'],
      message: 'until_before_from',
    }),
  z.object({ kind: z.literal('afterPurchase'), days: z.number().int().min(1).max(3650) }),
]);
export type Validity = z.infer<typeof validitySchema>;

export interface ValidityWindow {
  /** The first instant the voucher can be used. */
  validFrom: number;
  /** The first instant it can no longer be: the start of the business day after its last. */
  validUntil: number;
}

/**
 * A voucher's window in epoch ms, half-open. For a group deal pass the moment the group formed
 * as `purchasedAt` if the days should count from then. Fixed dates run from the first date's
 * business-day start to the end of the last date's business day (its next cut-off).
 */
export function validityWindow(
  validity: Validity,
  purchasedAt: number,
  clock: ShopClock,
): ValidityWindow {
  const { timeZone, cutoffMinutes } = clock;
  const endOf = (date: string) =>
    businessDayStart(addCalendarDays(date, 1), timeZone, cutoffMinutes);
  if (validity.kind === 'fixed') {
    return {
      validFrom: businessDayStart(validity.from, timeZone, cutoffMinutes),
      validUntil: endOf(validity.until),
    };
  }
  const firstDay = businessDate(purchasedAt, timeZone, cutoffMinutes);
  return {
    validFrom: purchasedAt,
    validUntil: endOf(addCalendarDays(firstDay, validity.days - 1)),
  };
}

/** The last business date a window covers, for "valid until 12-31" on screen and paper. */
export function lastValidBusinessDate(window: ValidityWindow, clock: ShopClock): string {
  return businessDate(window.validUntil - 1, clock.timeZone, clock.cutoffMinutes);
}

/** What the rules need to know of a voucher; the stored record has more. */
export interface VoucherUseFacts {
  /** 'awaiting_group': a group deal's voucher before the group is full. */
  state: 'awaiting_group' | 'valid' | 'refunded';
  validFrom: number;
  validUntil: number;
  /** Uses it was sold with. */
  uses: number;
  /** When each standing use happened (reversed redemptions left out); one entry per use. */
  usedAt: readonly number[];
}

export type NotRedeemableReason =
  | 'refunded'
  | 'not_valid_yet_group'
  | 'used_up'
  | 'before_valid'
  | 'expired'
  | 'excluded_date'
  | 'weekday'
  | 'daypart'
  | 'uses_per_visit';

/** What the desk words the answer from: the moment as the shop reads it, and the limit hit. */
export interface RedeemDetail {
  businessDate: string;
  /** The weekday the rules read: the business day's, or the running daypart's start day. */
  weekday: number;
  usesLeft: number;
  usesToday: number;
  validFrom?: number;
  validUntil?: number;
  weekdays?: readonly number[];
  daypartIds?: readonly string[];
  usesPerVisit?: number;
}

export type RedeemCheck =
  | { ok: true; detail: RedeemDetail }
  | { ok: false; reason: NotRedeemableReason; detail: RedeemDetail };

/**
 * Whether `uses` uses (default 1) of a voucher may be redeemed at `epochMs`, by the shop's clock
 * and dayparts. The first rule that refuses is the reason, in the order the list of reasons
 * gives: what is final (refunded, used up) before what time may change. Weekdays and dayparts
 * read a moment as the menu does (dayparts.ts): inside a daypart that crosses midnight the
 * weekday is the one it started on; otherwise the business day's.
 */
export function redeemableAt(
  voucher: VoucherUseFacts,
  rules: UsageRules,
  epochMs: number,
  clock: ShopClock,
  dayparts: readonly Daypart[],
  uses = 1,
): RedeemCheck {
  const moment = shopMomentAt(epochMs, clock);
  const byId = daypartIndex(dayparts);
  const running = rules.daypartIds.flatMap((id) => {
    const daypart = byId.get(id);
    const start = daypart ? daypartStartDate(daypart, moment) : null;
    return start === null ? [] : [start];
  });
  const usesToday = voucher.usedAt.filter(
    (at) => businessDate(at, clock.timeZone, clock.cutoffMinutes) === moment.businessDate,
  ).length;
  const detail: RedeemDetail = {
    businessDate: moment.businessDate,
    weekday: weekdayOfDate(running[0] ?? moment.businessDate),
    usesLeft: Math.max(0, voucher.uses - voucher.usedAt.length),
    usesToday,
  };
  const refuse = (reason: NotRedeemableReason, more: Partial<RedeemDetail> = {}): RedeemCheck => ({
    ok: false,
    reason,
    detail: { ...detail, ...more },
  });
  if (voucher.state === 'refunded') return refuse('refunded');
  if (voucher.state === 'awaiting_group') return refuse('not_valid_yet_group');
  if (detail.usesLeft < uses) return refuse('used_up');
  const window = { validFrom: voucher.validFrom, validUntil: voucher.validUntil };
  if (epochMs < voucher.validFrom) return refuse('before_valid', window);
  if (epochMs >= voucher.validUntil) return refuse('expired', window);
  if (rules.excludedDates.includes(moment.businessDate)) return refuse('excluded_date');
  const availability = { weekdays: rules.weekdays, daypartIds: rules.daypartIds };
  if (!availabilityAllows(availability, byId, moment)) {
    const weekdayOk = rules.weekdays.length === 0 || rules.weekdays.includes(detail.weekday);
    return weekdayOk
      ? refuse('daypart', { daypartIds: rules.daypartIds })
      : refuse('weekday', { weekdays: rules.weekdays });
  }
  if (usesToday + uses > rules.usesPerVisit) {
    return refuse('uses_per_visit', { usesPerVisit: rules.usesPerVisit });
  }
  return { ok: true, detail };
}
