/**
 * Ledger arithmetic, in whole fen and whole points, never floats. A balance is the sum of a
 * customer's entries and those of every profile merged into it (`accountIds`); nothing is stored
 * as a running total, so two desks adding entries offline both count after sync.
 *
 * Stored value keeps the paid principal apart from the shop's bonus. A spend takes from them in
 * the shop's order (principal first, or bonus first); a refund returns unspent principal only
 * (the bonus was never the customer's money); a mistake is undone by a reversing entry that
 * negates the original, never by editing it.
 */
import type {
  CustomerSettings,
  PointsEntry,
  SaleEntry,
  SpendingOrder,
  StoredValueEntry,
  TopUpPlan,
} from './schema';

export interface StoredValueBalance {
  principalFen: number;
  bonusFen: number;
  totalFen: number;
}

export function storedValueBalance(
  entries: readonly Pick<StoredValueEntry, 'principalFen' | 'bonusFen'>[],
): StoredValueBalance {
  let principalFen = 0;
  let bonusFen = 0;
  for (const entry of entries) {
    principalFen += entry.principalFen;
    bonusFen += entry.bonusFen;
  }
  return { principalFen, bonusFen, totalFen: principalFen + bonusFen };
}

export const pointsBalance = (entries: readonly Pick<PointsEntry, 'points'>[]): number =>
  entries.reduce((sum, entry) => sum + entry.points, 0);

/** What a top-up adds: the plan's payment as principal and its bonus apart. */
export function topUpAmounts(plan: Pick<TopUpPlan, 'payFen' | 'bonusFen'>): {
  principalFen: number;
  bonusFen: number;
} {
  return { principalFen: plan.payFen, bonusFen: plan.bonusFen };
}

export type SpendSplit = { principalFen: number; bonusFen: number };

/**
 * How a spend of `amountFen` is taken from a balance in the shop's order, as negative deltas;
 * null when the balance does not cover it. A negative part (after an earlier correction) is
 * treated as empty.
 */
export function splitSpend(
  balance: Pick<StoredValueBalance, 'principalFen' | 'bonusFen'>,
  amountFen: number,
  order: SpendingOrder,
): SpendSplit | null {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0)
    throw new RangeError(`bad amount ${amountFen}`);
  const principal = Math.max(0, balance.principalFen);
  const bonus = Math.max(0, balance.bonusFen);
  if (principal + bonus < amountFen) return null;
  const first = order === 'principalFirst' ? principal : bonus;
  const fromFirst = Math.min(first, amountFen);
  const fromSecond = amountFen - fromFirst;
  return order === 'principalFirst'
    ? { principalFen: -fromFirst, bonusFen: -fromSecond }
    : { principalFen: -fromSecond, bonusFen: -fromFirst };
}

/** The most a refund may return: the unspent principal. */
export const refundablePrincipal = (balance: Pick<StoredValueBalance, 'principalFen'>): number =>
  Math.max(0, balance.principalFen);

/** Entry ids that a reversal already undid (an entry is reversed at most once). */
export function reversedIds(entries: readonly { reverses: string | null }[]): Set<string> {
  return new Set(entries.flatMap((entry) => (entry.reverses ? [entry.reverses] : [])));
}

/** The amounts of the entry that undoes `entry`: its deltas negated. */
export function reversalAmounts(
  entry: Pick<StoredValueEntry, 'principalFen' | 'bonusFen'>,
): SpendSplit {
  return { principalFen: -entry.principalFen, bonusFen: -entry.bonusFen };
}

/** Points a payment earns: whole yuan times the rate; the fen below a yuan earn nothing. */
export function pointsEarnedFor(
  amountFen: number,
  settings: Pick<CustomerSettings, 'pointsPerYuan'>,
): number {
  if (amountFen <= 0) return 0;
  return Math.floor(amountFen / 100) * settings.pointsPerYuan;
}

/** Points needed to pay `amountFen`, rounded up to whole points; null when points cannot pay. */
export function pointsToPay(
  amountFen: number,
  settings: Pick<CustomerSettings, 'pointsPerYuanRedeemed'>,
): number | null {
  const rate = settings.pointsPerYuanRedeemed;
  if (rate === null) return null;
  return Math.ceil((amountFen * rate) / 100);
}

/** Stored value this customer spent offline on a business day (the offline cap counts it). */
export function offlineSpentOn(
  entries: readonly Pick<
    StoredValueEntry,
    'kind' | 'offline' | 'businessDate' | 'principalFen' | 'bonusFen'
  >[],
  businessDate: string,
): number {
  let spent = 0;
  for (const entry of entries) {
    if (entry.kind === 'spend' && entry.offline && entry.businessDate === businessDate) {
      spent -= entry.principalFen + entry.bonusFen;
    }
  }
  return spent;
}

/** The latest sale's time: the customer's last visit; null before the first. */
export function lastVisitAt(sales: readonly Pick<SaleEntry, 'at'>[]): number | null {
  let last: number | null = null;
  for (const sale of sales) if (last === null || sale.at > last) last = sale.at;
  return last;
}
