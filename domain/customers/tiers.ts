/**
 * Tiers (会员等级) are computed from the ledgers, never stored by hand: the points a customer
 * earned, or the money they spent, in the last 12 months or in total, against each tier's
 * threshold. A customer holds the highest-ranked tier whose threshold they reach.
 */
import { addCalendarMonths } from '../time';
import type { CustomerTier, PointsEntry, SaleEntry } from './schema';

export interface TierFigures {
  pointsEarned: { last12Months: number; total: number };
  /** Fen paid for sales (by any method but points and write-offs), refunds taken off. */
  amountSpent: { last12Months: number; total: number };
}

/** The first business date inside the 12 months up to and including `today`. */
export const windowStart = (today: string): string => addCalendarMonths(today, -12);

/**
 * The figures tiers are judged by, from a customer's (and its aliases') entries, as of the
 * business day `today`. Points earned are earnings and opening balances, less the reversals of
 * those; adjustments, redemptions and expiry do not lower what was earned.
 */
export function tierFigures(
  points: readonly Pick<PointsEntry, 'id' | 'kind' | 'points' | 'businessDate' | 'reverses'>[],
  sales: readonly Pick<SaleEntry, 'amountFen' | 'method' | 'businessDate'>[],
  today: string,
): TierFigures {
  const from = windowStart(today);
  const inWindow = (date: string) => date > from && date <= today;
  const earning = new Set(
    points.filter((entry) => entry.kind === 'earn' || entry.kind === 'opening').map((e) => e.id),
  );
  const figures: TierFigures = {
    pointsEarned: { last12Months: 0, total: 0 },
    amountSpent: { last12Months: 0, total: 0 },
  };
  for (const entry of points) {
    const counts =
      earning.has(entry.id) ||
      (entry.kind === 'reversal' && entry.reverses !== null && earning.has(entry.reverses));
    if (!counts) continue;
    figures.pointsEarned.total += entry.points;
    if (inWindow(entry.businessDate)) figures.pointsEarned.last12Months += entry.points;
  }
  for (const sale of sales) {
    if (sale.method === 'points' || sale.method === 'writeOff') continue;
    figures.amountSpent.total += sale.amountFen;
    if (inWindow(sale.businessDate)) figures.amountSpent.last12Months += sale.amountFen;
  }
  return figures;
}

const figureFor = (tier: Pick<CustomerTier, 'basis' | 'window'>, figures: TierFigures): number =>
  figures[tier.basis][tier.window];

/** The tier a customer holds: the highest-ranked one reached; null when none is. */
export function tierOf<
  T extends Pick<CustomerTier, 'basis' | 'window' | 'threshold' | 'rank' | 'id'>,
>(tiers: readonly T[], figures: TierFigures): T | null {
  let held: T | null = null;
  for (const tier of tiers) {
    if (figureFor(tier, figures) < tier.threshold) continue;
    if (!held || tier.rank > held.rank || (tier.rank === held.rank && tier.id > held.id))
      held = tier;
  }
  return held;
}

/** The next tier up and how far the customer is from it (points, or fen), or null at the top. */
export function nextTier<
  T extends Pick<CustomerTier, 'basis' | 'window' | 'threshold' | 'rank' | 'id'>,
>(tiers: readonly T[], figures: TierFigures): { tier: T; missing: number } | null {
  const held = tierOf(tiers, figures);
  const above = tiers
    .filter((tier) => !held || tier.rank > held.rank)
    .filter((tier) => figureFor(tier, figures) < tier.threshold)
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  const tier = above[0];
  return tier ? { tier, missing: tier.threshold - figureFor(tier, figures) } : null;
}

/**
 * `tierFigures` for many accounts in one pass over the entries: what the customer list needs for
 * 50,000 customers without grouping their entries first. `accountOf` gives an entry's account
 * (undefined: left out); the figures are the same as tierFigures over each account's entries.
 */
export function tierFiguresByAccount(
  points: readonly Pick<
    PointsEntry,
    'id' | 'customerId' | 'kind' | 'points' | 'businessDate' | 'reverses'
  >[],
  sales: readonly Pick<SaleEntry, 'customerId' | 'amountFen' | 'method' | 'businessDate'>[],
  today: string,
  accountOf: (customerId: string) => string | undefined,
): Map<string, TierFigures> {
  const from = windowStart(today);
  const figuresByAccount = new Map<string, TierFigures>();
  const figuresOf = (accountId: string) => {
    let figures = figuresByAccount.get(accountId);
    if (!figures) {
      figures = {
        pointsEarned: { last12Months: 0, total: 0 },
        amountSpent: { last12Months: 0, total: 0 },
      };
      figuresByAccount.set(accountId, figures);
    }
    return figures;
  };
  const earn = (accountId: string, entry: Pick<PointsEntry, 'points' | 'businessDate'>) => {
    const figures = figuresOf(accountId);
    figures.pointsEarned.total += entry.points;
    if (entry.businessDate > from && entry.businessDate <= today)
      figures.pointsEarned.last12Months += entry.points;
  };
  const reversals: { accountId: string; entry: (typeof points)[number] }[] = [];
  for (const entry of points) {
    const accountId = accountOf(entry.customerId);
    if (accountId === undefined) continue;
    if (entry.kind === 'earn' || entry.kind === 'opening') earn(accountId, entry);
    else if (entry.kind === 'reversal' && entry.reverses !== null)
      reversals.push({ accountId, entry });
  }
  if (reversals.length > 0) {
    // Reversals are rare: only then are the earning entries worth a set (of this account's).
    const earning = new Map<string, string>();
    for (const entry of points) {
      if (entry.kind !== 'earn' && entry.kind !== 'opening') continue;
      const accountId = accountOf(entry.customerId);
      if (accountId !== undefined) earning.set(entry.id, accountId);
    }
    for (const { accountId, entry } of reversals)
      if (earning.get(entry.reverses!) === accountId) earn(accountId, entry);
  }
  for (const sale of sales) {
    if (sale.method === 'points' || sale.method === 'writeOff') continue;
    const accountId = accountOf(sale.customerId);
    if (accountId === undefined) continue;
    const figures = figuresOf(accountId);
    figures.amountSpent.total += sale.amountFen;
    if (sale.businessDate > from && sale.businessDate <= today)
      figures.amountSpent.last12Months += sale.amountFen;
  }
  return figuresByAccount;
}
