import { describe, expect, it } from 'vitest';
import { newId } from '../ids';
import {
  buildPrivacyExport,
  privacyExportCsv,
  privacyExportJson,
  type PrivacyExportInput,
} from './privacy-export';
import type {
  Customer,
  CustomerPersonal,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
} from './schema';

const at = Date.UTC(2026, 11, 2, 4, 30);
const keptId = newId();
const aliasId = newId();

const customer = (id: string, mergedInto: string | null): Customer => ({
  id,
  source: 'shop',
  createdAt: at - 86_400_000,
  consent: id === keptId ? { granted: true, at } : null,
  mergedInto,
  erasedAt: null,
});

const personal: CustomerPersonal = {
  id: keptId,
  name: '张伟',
  phone: '13812345678',
  gender: 'male',
  birthday: { year: null, month: 5, day: 12 },
  tags: ['老客户', 'VIP'],
  note: '=不要香菜, "微辣"',
};

const base = {
  businessDate: '2026-12-02',
  receiptNo: 'K7Q2MD-20261202-0001',
  staffId: null,
  saleId: null,
  reverses: null,
  reason: null,
};
const topUp: StoredValueEntry = {
  ...base,
  id: newId(),
  customerId: keptId,
  at,
  kind: 'topUp',
  principalFen: 50_000,
  bonusFen: 5_000,
  planId: null,
  paidWith: 'cash',
  offline: false,
};
const spendOnAlias: StoredValueEntry = {
  ...topUp,
  id: newId(),
  customerId: aliasId,
  at: at + 1,
  kind: 'spend',
  principalFen: -1_250,
  bonusFen: 0,
  paidWith: null,
};
const points: PointsEntry = {
  ...base,
  id: newId(),
  customerId: aliasId,
  at: at + 2,
  kind: 'earn',
  points: 12,
  expires: null,
};
const sale: SaleEntry = {
  ...base,
  id: newId(),
  customerId: aliasId,
  at: at + 1,
  amountFen: 1_250,
  method: 'storedValue',
  pointsUsed: null,
};

const input: PrivacyExportInput = {
  customers: [customer(keptId, null), customer(aliasId, keptId)],
  personal: [personal],
  records: { storedValueEntry: [spendOnAlias, topUp], pointsEntry: [points], saleEntry: [sale] },
  exportedAt: at + 3_600_000,
  shopName: '老王黄焖鸡米饭',
};

describe('the PIPL export of one customer', () => {
  it('holds the profile, the consent and every entry of the customer and its aliases, oldest first', () => {
    const data = buildPrivacyExport(input);
    expect(data).toMatchObject({
      customerId: keptId,
      aliasIds: [aliasId],
      shop: '老王黄焖鸡米饭',
      exportedAt: '2026-12-02T05:30:00.000Z',
    });
    expect(data.profiles[0]).toMatchObject({
      consent: { granted: true, at: '2026-12-02T04:30:00.000Z' },
      personal: { name: '张伟', phone: '13812345678', tags: ['老客户', 'VIP'] },
    });
    expect(data.profiles[1]!.personal).toBeNull();
    expect(data.records.storedValueEntry!.map((e) => e.id)).toEqual([topUp.id, spendOnAlias.id]);
    expect(data.records.storedValueEntry![0]!.at).toBe('2026-12-02T04:30:00.000Z');
    const json = JSON.parse(privacyExportJson(data));
    expect(json.records.saleEntry[0].id).toBe(sale.id);
    expect(json.records.pointsEntry[0].customerId).toBe(aliasId);
  });

  it('carries a later part’s table without changes here (the extension point)', () => {
    const booking = { id: newId(), customerId: keptId, at, service: '剪发' };
    const data = buildPrivacyExport({
      ...input,
      records: { ...input.records, booking: [booking] },
    });
    expect(data.records.booking).toEqual([{ ...booking, at: '2026-12-02T04:30:00.000Z' }]);
    expect(privacyExportCsv(data, (k) => k)).toContain('剪发');
  });

  it('writes a CSV with a block per table, amounts in yuan, titles from the labels, formulas defused', () => {
    const csv = privacyExportCsv(buildPrivacyExport(input), (key) => `«${key}»`);
    const lines = csv.split('\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines[0]).toBe('«section.profiles»');
    expect(lines).toContain(`«name»,张伟,`);
    expect(lines).toContain(`«birthday»,05-12,`);
    expect(lines).toContain(`«note»,"'=不要香菜, ""微辣""",`);
    expect(lines).toContain('«section.storedValueEntry»,2');
    const header = lines[lines.indexOf('«section.storedValueEntry»,2') + 1]!.split(',');
    const spend = lines.find((l) => l.startsWith(spendOnAlias.id))!.split(',');
    expect(spend[header.indexOf('«principalFen»')]).toBe('-12.50');
    expect(lines.some((l) => l.startsWith(topUp.id) && l.includes(',500.00,50.00,'))).toBe(true);
  });
});
