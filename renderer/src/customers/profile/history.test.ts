import { describe, expect, it } from 'vitest';
import type { PointsEntry, SaleEntry, StoredValueEntry } from '@domain/customers/schema';
import { canReverse, historyCsv, historyRows } from './history';

const common = {
  customerId: '0195a000-0000-7000-8000-0000000000c1',
  businessDate: '2026-12-02',
  receiptNo: 'K7Q2MD-20261202-0001',
  staffId: null,
  saleId: null,
  reason: null,
};
const topUp: StoredValueEntry = {
  ...common,
  id: '0195a000-0000-7000-8000-000000000001',
  at: 1,
  kind: 'topUp',
  principalFen: 50_000,
  bonusFen: 5_000,
  planId: null,
  paidWith: 'cash',
  offline: false,
  reverses: null,
};
const reversal: StoredValueEntry = {
  ...topUp,
  id: '0195a000-0000-7000-8000-000000000002',
  at: 3,
  kind: 'reversal',
  principalFen: -50_000,
  bonusFen: -5_000,
  reverses: topUp.id,
  reason: '=充错了, "重来"',
};
const earn: PointsEntry = {
  ...common,
  id: '0195a000-0000-7000-8000-000000000003',
  at: 2,
  kind: 'earn',
  points: 12,
  expires: null,
  reverses: null,
};
const sale: SaleEntry = {
  ...common,
  id: '0195a000-0000-7000-8000-000000000004',
  at: 2,
  amountFen: 1_250,
  method: 'cash',
  pointsUsed: null,
  reverses: null,
};
const account = { storedValue: [topUp, reversal], points: [earn], sales: [sale] };

describe('the history', () => {
  it('lists every entry newest first, by kind, and knows what was reversed', () => {
    expect(historyRows(account, 'all').map((row) => row.entry.id)).toEqual([
      reversal.id,
      sale.id,
      earn.id,
      topUp.id,
    ]);
    expect(historyRows(account, 'points').map((row) => row.entry.id)).toEqual([earn.id]);
    const rows = historyRows(account, 'storedValue');
    expect(rows.map(canReverse)).toEqual([false, false]);
    expect(canReverse(historyRows(account, 'points')[0]!)).toBe(true);
  });

  it('exports a CSV Excel reads: BOM, amounts in yuan, text that cannot become a formula', () => {
    const csv = historyCsv(historyRows(account, 'storedValue'), {
      header: ['when', 'what', 'principal', 'bonus', 'points', 'paid', 'receipt', 'reason'],
      when: (at) => `t${at}`,
      kind: (row) => row.entry.id.slice(-1),
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      `t3,2,-500.00,-50.00,,,K7Q2MD-20261202-0001,"'=充错了, ""重来"""`,
    );
  });
});
