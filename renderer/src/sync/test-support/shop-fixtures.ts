/**
 * Realistic records and rules for the sync tests: a noodle shop's profile, menu and stock, and
 * its members with their stored value and points.
 */
import type {
  Customer,
  CustomerPersonal,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
} from '@domain/customers/schema';
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

/** A new member as the desk creates one; `phone` may repeat another's (a duplicate to merge). */
export function customerRecords(
  name: string,
  phone: string,
): { customer: Customer; personal: CustomerPersonal } {
  const id = newId();
  return {
    customer: {
      id,
      source: 'shop',
      createdAt: 1_764_000_000_000,
      consent: null,
      mergedInto: null,
      erasedAt: null,
    },
    personal: { id, name, phone, gender: null, birthday: null, tags: [], note: '' },
  };
}

const entryBase = (customerId: string, saleId: string | null = null) => ({
  id: newId(),
  customerId,
  at: 1_764_000_000_000,
  businessDate: BUSINESS_DATE,
  receiptNo: null,
  staffId: null,
  saleId,
  reverses: null,
  reason: null,
});

export function topUpEntry(customerId: string, principalFen: number, bonusFen: number) {
  const entry: StoredValueEntry = {
    ...entryBase(customerId),
    kind: 'topUp',
    principalFen,
    bonusFen,
    planId: null,
    paidWith: 'cash',
    offline: false,
  };
  return entry;
}

/**
 * A charge (customer.charge) paid from stored value by `split` (negative deltas, as splitSpend
 * gives them) or in points (`pointsUsed`), earning `earned` points.
 */
export function chargeArgs(
  customerId: string,
  amountFen: number,
  paid: { split: { principalFen: number; bonusFen: number } } | { pointsUsed: number },
  earned: number,
) {
  const chargeId = newId();
  const sale: SaleEntry = {
    ...entryBase(customerId, chargeId),
    amountFen,
    method: 'split' in paid ? 'storedValue' : 'points',
    pointsUsed: 'split' in paid ? null : paid.pointsUsed,
  };
  const points: PointsEntry[] = [];
  if ('pointsUsed' in paid) {
    points.push({
      ...entryBase(customerId, chargeId),
      kind: 'redeem',
      points: -paid.pointsUsed,
      expires: null,
    });
  }
  if (earned > 0) {
    points.push({
      ...entryBase(customerId, chargeId),
      kind: 'earn',
      points: earned,
      expires: null,
    });
  }
  const storedValue: StoredValueEntry | null =
    'split' in paid
      ? {
          ...entryBase(customerId, chargeId),
          kind: 'spend',
          ...paid.split,
          planId: null,
          paidWith: null,
          offline: true,
        }
      : null;
  return { chargeId, sales: [sale], storedValue, points };
}
