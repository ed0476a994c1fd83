/**
 * Customer fixtures for the platform's tests, the sync convergence test and the benchmark:
 * profiles, settings and ledger entries with valid shapes, built the way a desk builds them
 * (every id, time and split in the arguments). Pass overrides for what a test is about.
 */
import {
  DEFAULT_CUSTOMER_SETTINGS,
  type Customer,
  type CustomerPersonal,
  type CustomerSettings,
  type PointsEntry,
  type SaleEntry,
  type StoredValueEntry,
} from '../../domain/customers/schema';
import { newId } from '../../domain/ids';

export const DAY = '2026-03-06';
/** 2026-03-06 12:00 in Shanghai. */
export const NOON = Date.UTC(2026, 2, 6, 4);

export function newCustomer(
  personal: Partial<Omit<CustomerPersonal, 'id'>> = {},
  customer: Partial<Customer> = {},
): { customer: Customer; personal: CustomerPersonal } {
  const id = customer.id ?? newId();
  return {
    customer: {
      id,
      source: 'shop',
      createdAt: NOON,
      consent: null,
      mergedInto: null,
      erasedAt: null,
      ...customer,
    },
    personal: {
      id,
      name: '王小明',
      phone: '13812345678',
      gender: null,
      birthday: null,
      tags: [],
      note: '',
      ...personal,
    },
  };
}

export function settings(vendorId: string, overrides: Partial<CustomerSettings> = {}) {
  return { id: vendorId, ...DEFAULT_CUSTOMER_SETTINGS, ...overrides };
}

const base = (customerId: string, at: number, businessDate: string) => ({
  id: newId(),
  customerId,
  at,
  businessDate,
  receiptNo: null,
  staffId: null,
  saleId: null,
  reverses: null,
  reason: null,
});

export function storedValue(
  customerId: string,
  kind: StoredValueEntry['kind'],
  principalFen: number,
  bonusFen = 0,
  overrides: Partial<StoredValueEntry> = {},
): StoredValueEntry {
  return {
    ...base(customerId, NOON, DAY),
    kind,
    principalFen,
    bonusFen,
    planId: null,
    paidWith: kind === 'topUp' ? 'cash' : null,
    offline: false,
    ...overrides,
  };
}

export function points(
  customerId: string,
  kind: PointsEntry['kind'],
  amount: number,
  overrides: Partial<PointsEntry> = {},
): PointsEntry {
  return { ...base(customerId, NOON, DAY), kind, points: amount, expires: null, ...overrides };
}

/** A top-up as the desk sends it (storedValue.topUp). */
export const topUpArgs = (customerId: string, principalFen: number, bonusFen = 0) => ({
  entry: storedValue(customerId, 'topUp', principalFen, bonusFen),
});

/**
 * A charge paid wholly from stored value (customer.charge): the sale and the spend, split
 * principal first. `receiptNo` names the desk in Needs attention.
 */
export function storedValueCharge(
  customerId: string,
  amountFen: number,
  overrides: { receiptNo?: string; at?: number } = {},
) {
  const chargeId = newId();
  const at = overrides.at ?? NOON;
  const common = { saleId: chargeId, receiptNo: overrides.receiptNo ?? null, at };
  const sale: SaleEntry = {
    ...base(customerId, at, DAY),
    ...common,
    amountFen,
    method: 'storedValue',
    pointsUsed: null,
  };
  return {
    chargeId,
    sales: [sale],
    storedValue: storedValue(customerId, 'spend', -amountFen, 0, { ...common, offline: true }),
    points: [] as PointsEntry[],
  };
}

/** A charge paid wholly in points (customer.charge): `pointsUsed` points redeemed. */
export function pointsCharge(customerId: string, amountFen: number, pointsUsed: number) {
  const chargeId = newId();
  const sale: SaleEntry = {
    ...base(customerId, NOON, DAY),
    saleId: chargeId,
    amountFen,
    method: 'points',
    pointsUsed,
  };
  return {
    chargeId,
    sales: [sale],
    storedValue: null,
    points: [points(customerId, 'redeem', -pointsUsed, { saleId: chargeId })],
  };
}
