import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGbk, iphoneVcf } from '@domain/customers/import/test-files';
import { readCustomerFile } from '@domain/customers/import/read';
import { importCustomers, mergeCustomers } from '@domain/customers/mutations';
import { storedValueBalance, pointsBalance } from '@domain/customers/ledger';
import { newId } from '@domain/ids';
import { runsOf } from '../../db/apply-ops';
import { mutate } from '../../db/mutate';
import { VendorDb } from '../../db/vendor-db';
import { thisDeskCode } from '../receipts';
import { commitImport, existingCustomers, planRead } from './run-import';

const opened: VendorDb[] = [];
const openDb = () => {
  const db = new VendorDb(newId());
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const GBK_LIST = [
  '姓名,手机,储值余额,赠送余额,积分,备注',
  '张伟,13812345678,500,50,1200,',
  '李娜,13900001111,,,,喜欢靠窗',
  '李娜,13900001111,100,,,重复的一行',
  '王芳,13700002222,0,0,30,',
].join('\r\n');

describe('importing customers into the store', () => {
  it('writes new customers with one opening entry of each kind, numbered as this desk numbers receipts', async () => {
    const db = openDb();
    const plan = await planRead(db, readCustomerFile(encodeGbk(GBK_LIST)));
    expect(plan.totals).toMatchObject({
      create: 3,
      skip: 1,
      principalFen: 50_000,
      bonusFen: 5_000,
      points: 1230,
    });
    expect(await commitImport(db, plan, '2026-12-02')).toEqual({ written: 3, planned: 3 });

    const people = await db.customerPersonal.toArray();
    expect(people.map((p) => p.name).sort()).toEqual(['张伟', '李娜', '王芳'].sort());
    const zhang = people.find((p) => p.name === '张伟')!;
    expect((await db.customer.get(zhang.id))!.source).toBe('import');
    const sv = await db.storedValueEntry.where('customerId').equals(zhang.id).toArray();
    expect(sv).toHaveLength(1);
    expect(sv[0]).toMatchObject({ kind: 'opening', principalFen: 50_000, bonusFen: 5_000 });
    expect(storedValueBalance(sv).totalFen).toBe(55_000);
    const code = await thisDeskCode(db);
    expect(sv[0]!.receiptNo).toMatch(new RegExp(`^${code}-20261202-000[12]$`));
    expect(pointsBalance(await db.pointsEntry.toArray())).toBe(1230);
    expect(await db.outbox.count()).toBe(1);
  });

  it('merges a second file by phone without adding its balances again', async () => {
    const db = openDb();
    await commitImport(db, await planRead(db, readCustomerFile(encodeGbk(GBK_LIST))), '2026-12-02');
    const again = await planRead(db, readCustomerFile(encodeGbk(GBK_LIST)));
    expect(again.totals).toMatchObject({ create: 0, principalFen: 0, bonusFen: 0, points: 0 });
    expect(again.rows.find((r) => r.row.name === '张伟')!.warnings).toContainEqual({
      field: 'principal',
      code: 'opening_held',
    });
    await commitImport(db, again, '2026-12-02');
    expect(storedValueBalance(await db.storedValueEntry.toArray()).totalFen).toBe(55_000);
    expect(await db.customer.count()).toBe(3);
  });

  it('matches a phone on a merged profile to the account it was merged into', async () => {
    const db = openDb();
    await commitImport(db, await planRead(db, readCustomerFile(encodeGbk(GBK_LIST))), '2026-12-02');
    const people = await db.customerPersonal.toArray();
    const keep = people.find((p) => p.name === '王芳')!.id;
    const merged = people.find((p) => p.name === '李娜')!.id;
    await mutate(db, mergeCustomers, {
      keepId: keep,
      mergedIds: [merged],
      aliasIds: [],
      fields: {},
    });
    const existing = await existingCustomers(db);
    expect(existing.filter((e) => e.id === keep)).toHaveLength(2);
    // The row fills the account's own empty note, not the merged profile's.
    const plan = await planRead(
      db,
      readCustomerFile(encodeGbk('姓名,手机,备注\r\n李娜,13900001111,新备注\r\n')),
    );
    expect(plan.rows[0]).toMatchObject({ action: 'update', customerId: keep });
    expect(plan.rows[0]!.changes).toEqual([
      { field: 'name', kind: 'kept', fileValue: '李娜', existingValue: '王芳' },
      { field: 'note', kind: 'fill', fileValue: '新备注', existingValue: '' },
    ]);
  });

  it('imports a contacts file', async () => {
    const db = openDb();
    const plan = await planRead(db, readCustomerFile(new TextEncoder().encode(iphoneVcf())));
    await commitImport(db, plan, '2026-12-02');
    expect((await db.customerPersonal.toArray()).map((p) => [p.name, p.phone])).toEqual([
      ['李小龙', '13700002222'],
    ]);
  });

  it('writes a file of more than 5,000 customers as several changes, each whole', async () => {
    const db = openDb();
    const lines = ['姓名,手机,积分'];
    for (let i = 0; i < 5_001; i += 1) lines.push(`顾客${i},138${String(i).padStart(8, '0')},1`);
    const plan = await planRead(db, readCustomerFile(new TextEncoder().encode(lines.join('\n'))));
    expect(await commitImport(db, plan, '2026-12-02')).toEqual({ written: 5_001, planned: 5_001 });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => (e.args as { creates: unknown[] }).creates.length)).toEqual([
      5_000, 1,
    ]);
    expect(new Set((await db.pointsEntry.toArray()).map((e) => e.receiptNo)).size).toBe(5_001);
    // Each table's rows in one run, so the store writes them as one bulk request each.
    const ops = importCustomers.ops(importCustomers.args.parse(outbox[0]!.args));
    expect(runsOf(ops).map((run) => [run[0]!.table, run.length])).toEqual([
      ['customer', 5_000],
      ['customerPersonal', 5_000],
      ['pointsEntry', 5_000],
    ]);
  }, 60_000);
});
