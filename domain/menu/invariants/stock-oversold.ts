/**
 * "Never sell more than the day's stock" (menuStock.oversold). Two consoles selling offline each
 * see the last portions; the platform, which sees both, lets the first sale through and rejects
 * the one that would take the item's remaining stock for that business day below zero.
 *
 * Remaining = the item's dailyStock + the sum of its entries for that business date on the
 * platform (including mutations applied earlier in the same push) + this mutation's earlier
 * entries for it. Only sales are judged: an adjustment or a correction records what is really
 * there (a reversing entry must always go through), but it does count towards what a later sale
 * in the same change may take. Items without dailyStock are unlimited; an item the platform does
 * not have (deleted meanwhile) has no stock to guard.
 */
import { appendStock } from '../mutations/photos-stock';
import type { StockEntry } from '../schema';
import type { EntityRow } from '../../mutations/row-ops';
import type { RuleAction } from '../../parts/define';
import { defineInvariant, type ReadState } from '../../sync/invariants';

export const OVERSOLD_RULE = 'menuStock.oversold';

type StockArgs = { entries: readonly StockEntry[] };

type ItemRead = { kind: 'entity'; table: 'menuItem'; id: string };
type MovedRead = {
  kind: 'ledgerSum';
  table: 'menuStockEntry';
  field: 'itemId';
  equals: string;
  and: { businessDate: string };
  sum: 'delta';
};
type StockReads = Record<`item:${string}`, ItemRead> & Record<`moved:${string}`, MovedRead>;

/** What the shop is told when a sale loses: the facts for its message. */
export interface OversoldDetails {
  itemId: string;
  businessDate: string;
  /** Portions left on the platform before this change. */
  remaining: number;
  /** Portions this change sells of the item on that day. */
  requested: number;
}

const isSale = (entry: StockEntry) => entry.reason === 'sale' && entry.delta < 0;
const dayKey = (entry: Pick<StockEntry, 'itemId' | 'businessDate'>) =>
  `${entry.itemId}@${entry.businessDate}` as const;

/** The item-days this change sells from: the only ones worth reading. */
function soldDays(entries: readonly StockEntry[]): Map<string, StockEntry> {
  const days = new Map<string, StockEntry>();
  for (const entry of entries) if (isSale(entry)) days.set(dayKey(entry), entry);
  return days;
}

function stockReads(args: StockArgs): StockReads {
  const reads: StockReads = {};
  for (const [key, { itemId, businessDate }] of soldDays(args.entries)) {
    reads[`item:${itemId}`] = { kind: 'entity', table: 'menuItem', id: itemId };
    reads[`moved:${key}`] = {
      kind: 'ledgerSum',
      table: 'menuStockEntry',
      field: 'itemId',
      equals: itemId,
      and: { businessDate },
      sum: 'delta',
    };
  }
  return reads;
}

function dailyStockOf(item: EntityRow | null | undefined): number | null {
  const stock = item?.dailyStock;
  return typeof stock === 'number' ? stock : null;
}

/** Walks the entries in order; the first sale that takes its item-day below zero loses. */
export function findOversold(
  entries: readonly StockEntry[],
  state: ReadState<StockReads>,
): OversoldDetails | null {
  const sold = soldDays(entries);
  const remaining = new Map<string, number>();
  for (const key of sold.keys()) {
    const { itemId } = sold.get(key)!;
    const dailyStock = dailyStockOf(state[`item:${itemId}`]);
    if (dailyStock !== null) remaining.set(key, dailyStock + (state[`moved:${key}`] ?? 0));
  }
  const running = new Map(remaining);
  for (const entry of entries) {
    const key = dayKey(entry);
    const before = running.get(key);
    if (before === undefined) continue;
    running.set(key, before + entry.delta);
    if (isSale(entry) && before + entry.delta < 0) {
      const requested = entries
        .filter((other) => isSale(other) && dayKey(other) === key)
        .reduce((total, other) => total - other.delta, 0);
      const { itemId, businessDate } = entry;
      return { itemId, businessDate, remaining: remaining.get(key)!, requested };
    }
  }
  return null;
}

export const stockNeverOversold = defineInvariant({
  rule: OVERSOLD_RULE,
  mutation: appendStock.name,
  reads: stockReads,
  check: (args, state) => {
    const oversold = findOversold(args.entries, state);
    if (!oversold) return null;
    const { itemId, businessDate, remaining, requested } = oversold;
    return {
      message: `item ${itemId} has ${remaining} left on ${businessDate}; this change sells ${requested}`,
      details: { ...oversold },
    };
  },
});

/**
 * "Sell only what is left": the same change with the oversold item-day's sales cut down to the
 * portions the platform still had, the earliest sales first; no fix when none were left.
 */
export const sellWhatIsLeft: RuleAction = {
  id: 'sellWhatIsLeft',
  fix: ({ name, args }, details) => {
    const { itemId, businessDate, remaining } = details as Partial<OversoldDetails>;
    if (name !== appendStock.name || typeof remaining !== 'number' || remaining <= 0) return null;
    let left = remaining;
    const entries = (args as StockArgs).entries.flatMap((entry) => {
      if (!isSale(entry) || entry.itemId !== itemId || entry.businessDate !== businessDate) {
        return [entry];
      }
      const portions = Math.min(-entry.delta, left);
      left -= portions;
      return portions > 0 ? [{ ...entry, delta: -portions }] : [];
    });
    return { name, args: { entries } };
  },
};
