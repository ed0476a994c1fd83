/** Realistic records and rules for the sync tests: a noodle shop's profile, menu and stock. */
import { newId } from '@domain/ids';
import type { Category, MenuItem, StockEntry } from '@domain/menu/schema';
import { appendStock } from '@domain/menu/mutations';
import { defineInvariant } from '@domain/sync/invariants';

export const BUSINESS_DATE = '2026-03-06';

export function category(name = '面食', sortKey = 'm'): Category {
  return { id: newId(), name: { zh: name, en: null }, sortKey, hidden: false, availability: null };
}

export function menuItem(categoryId: string, name = '牛肉面', priceFen = 1800): MenuItem {
  return {
    id: newId(),
    categoryId,
    sortKey: 'm',
    name: { zh: name, en: null },
    description: { zh: null, en: null },
    priceFen,
    listPriceFen: null,
    photoIds: [],
    tags: [],
    sku: null,
    barcode: null,
    status: 'on_sale',
    soldOutBusinessDate: null,
    dailyStock: null,
    specGroups: [],
    availability: null,
    updatedAt: 1_764_000_000_000,
  };
}

export function stockEntry(
  itemId: string,
  delta: number,
  reason: StockEntry['reason'],
): StockEntry {
  return { id: newId(), itemId, businessDate: BUSINESS_DATE, delta, reason, createdAt: 1 };
}

/**
 * "Stock never below zero": a sale the platform cannot cover is rejected. Test-only (the product's
 * stock rule belongs to the menu issue); it makes offline sales on several devices collide.
 */
export const stockNeverBelowZero = defineInvariant({
  rule: 'menuStock.oversold',
  mutation: appendStock.name,
  reads: (args: { entries: StockEntry[] }) => ({
    onHand: {
      kind: 'ledgerSum' as const,
      table: 'menuStockEntry',
      field: 'itemId',
      equals: args.entries[0]!.itemId,
      sum: 'delta',
    },
  }),
  check: (args, { onHand }) => {
    const change = args.entries.reduce((total, entry) => total + entry.delta, 0);
    return onHand + change < 0
      ? { message: 'stock would go below zero', details: { onHand, requested: -change } }
      : null;
  },
});
