import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import { importCustomers } from '../mutations';
import { importChanges, CUSTOMERS_PER_CHANGE } from './changes';
import {
  openingIdsToCheck,
  openingPointsId,
  openingStoredValueId,
  planCustomerImport,
  receiptsNeeded,
  type ExistingCustomer,
} from './plan';
import { blankRow, type ImportRow } from './row';

const row = (line: number, fields: Partial<ImportRow>): ImportRow => ({
  ...blankRow(line),
  ...fields,
});

const existingZhang: ExistingCustomer = {
  id: newId(),
  personal: {
    name: '张伟',
    phone: '13812345678',
    gender: null,
    birthday: null,
    tags: ['老客户'],
    note: '坐窗边',
  },
};

const context = (receipts: number) => ({
  now: Date.UTC(2026, 11, 2, 4),
  businessDate: '2026-12-02',
  staffId: null,
  receiptNos: Array.from(
    { length: receipts },
    (_, i) => `K7Q2MD-20261202-${String(i + 1).padStart(4, '0')}`,
  ),
});

describe('planning a customer import', () => {
  it('merges by phone: fills empty fields, adds tags, keeps what differs, and says so', () => {
    const rows = [
      row(2, {
        name: '张 伟',
        phone: '13812345678',
        gender: 'male',
        tags: ['老客户', '爱吃辣'],
        note: '不要香菜',
        principalFen: 10_000,
      }),
    ];
    const plan = planCustomerImport(rows, [existingZhang], { newId, heldOpeningIds: new Set() });
    const [zhang] = plan.rows;
    expect(zhang).toMatchObject({ action: 'update', customerId: existingZhang.id });
    expect(zhang!.changes).toEqual([
      { field: 'name', kind: 'kept', fileValue: '张 伟', existingValue: '张伟' },
      { field: 'gender', kind: 'fill', fileValue: 'male', existingValue: null },
      { field: 'note', kind: 'kept', fileValue: '不要香菜', existingValue: '坐窗边' },
      { field: 'tags', kind: 'addTags', fileValue: ['爱吃辣'], existingValue: ['老客户'] },
    ]);
    const [change] = importChanges(plan, context(receiptsNeeded(plan)));
    expect(change!.creates).toEqual([]);
    expect(change!.updates).toEqual([
      { id: existingZhang.id, fields: { gender: 'male', tags: ['老客户', '爱吃辣'] } },
    ]);
    expect(change!.storedValue).toMatchObject([
      {
        id: openingStoredValueId(existingZhang.id),
        kind: 'opening',
        principalFen: 10_000,
        bonusFen: 0,
      },
    ]);
  });

  it('gives a customer who already has an opening balance no second one (the same file twice)', () => {
    const rows = [row(2, { phone: '13812345678', principalFen: 10_000, points: 50 })];
    expect(openingIdsToCheck(rows, [existingZhang])).toEqual([
      openingStoredValueId(existingZhang.id),
      openingPointsId(existingZhang.id),
    ]);
    const held = new Set([
      openingStoredValueId(existingZhang.id),
      openingPointsId(existingZhang.id),
    ]);
    const plan = planCustomerImport(rows, [existingZhang], { newId, heldOpeningIds: held });
    expect(plan.rows[0]).toMatchObject({
      action: 'unchanged',
      opening: { principalFen: 0, bonusFen: 0, points: 0 },
      warnings: [
        { field: 'principal', code: 'opening_held' },
        { field: 'points', code: 'opening_held' },
      ],
    });
    expect(plan.totals).toMatchObject({ unchanged: 1, principalFen: 0, points: 0 });
    expect(importChanges(plan, context(0))).toEqual([]);
  });

  it('flags a phone seen twice in the file, creates the rest with one opening entry each, and totals them', () => {
    const rows = [
      row(2, {
        name: '李娜',
        phone: '13900001111',
        principalFen: 50_000,
        bonusFen: 5_000,
        points: 1200,
      }),
      row(3, { name: '李娜（重复）', phone: '13900001111', principalFen: 100 }),
      row(4, { name: '王芳', points: 30 }),
      row(5, { name: '坏行', errors: [{ field: 'phone', code: 'phone_invalid' }] }),
    ];
    const plan = planCustomerImport(rows, [existingZhang], { newId, heldOpeningIds: new Set() });
    expect(plan.rows.map((r) => r.action)).toEqual(['create', 'skip', 'create', 'skip']);
    expect(plan.rows[1]!.errors).toEqual([
      { field: 'phone', code: 'duplicate_in_file', params: { line: 2 } },
    ]);
    expect(plan.totals).toEqual({
      create: 2,
      update: 0,
      unchanged: 0,
      skip: 2,
      principalFen: 50_000,
      bonusFen: 5_000,
      points: 1230,
    });
    expect(receiptsNeeded(plan)).toBe(2);
    const [change] = importChanges(plan, context(2));
    const li = plan.rows[0]!.customerId!;
    expect(change!.creates.map((c) => [c.personal.name, c.customer.source])).toEqual([
      ['李娜', 'import'],
      ['王芳', 'import'],
    ]);
    // Principal and bonus in one entry; points in one; the customer's entries share a receipt.
    expect(change!.storedValue).toEqual([
      expect.objectContaining({
        id: openingStoredValueId(li),
        customerId: li,
        kind: 'opening',
        principalFen: 50_000,
        bonusFen: 5_000,
        receiptNo: 'K7Q2MD-20261202-0001',
      }),
    ]);
    expect(change!.points.map((p) => [p.kind, p.points, p.receiptNo])).toEqual([
      ['opening', 1200, 'K7Q2MD-20261202-0001'],
      ['opening', 30, 'K7Q2MD-20261202-0002'],
    ]);
    expect(() => importCustomers.args.parse(change)).not.toThrow();
  });

  it('splits 12,000 customers into changes of at most 5,000, each holding its customers’ entries', () => {
    const rows = Array.from({ length: 12_000 }, (_, i) =>
      row(i + 2, { name: `顾客${i}`, phone: `138${String(i).padStart(8, '0')}`, points: i % 2 }),
    );
    const plan = planCustomerImport(rows, [], { newId, heldOpeningIds: new Set() });
    const changes = importChanges(plan, context(receiptsNeeded(plan)));
    expect(changes.map((c) => c.creates.length)).toEqual([CUSTOMERS_PER_CHANGE, 5_000, 2_000]);
    for (const change of changes) {
      const ids = new Set(change.creates.map((c) => c.customer.id));
      expect(change.points.every((p) => ids.has(p.customerId))).toBe(true);
      expect(() => importCustomers.args.parse(change)).not.toThrow();
    }
    expect(changes.reduce((n, c) => n + c.points.length, 0)).toBe(6_000);
  });

  it('refuses to write more openings than it has receipt numbers for', () => {
    const plan = planCustomerImport([row(2, { name: '甲', points: 1 })], [], {
      newId,
      heldOpeningIds: new Set(),
    });
    expect(() => importChanges(plan, context(0))).toThrow(RangeError);
  });
});
