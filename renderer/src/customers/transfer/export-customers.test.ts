import 'fake-indexeddb/auto';
import i18next, { type TFunction } from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGbk } from '@domain/customers/import/test-files';
import { readCustomerFile } from '@domain/customers/import/read';
import { readCustomerTable, suggestCustomerMapping } from '@domain/customers/import/csv';
import { mergeCustomers, topUpStoredValue } from '@domain/customers/mutations';
import { parseCsv } from '@domain/csv/parse';
import { newId } from '@domain/ids';
import { sampleBooking } from '@domain/test-support/bookings';
import { sampleOffer, sampleVoucher } from '@domain/test-support/offers';
import { mutate } from '../../db/mutate';
import { VendorDb } from '../../db/vendor-db';
import { resources } from '../../i18n/resources';
import { prepareCustomerExport } from './export-customers';
import { privacyExportCsv } from '@domain/customers/privacy-export';
import { collectPrivacyExport } from './privacy-data';
import { commitImport, planRead } from './run-import';

async function customersT(language: 'zh-CN' | 'en'): Promise<TFunction<'customers'>> {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng: language, interpolation: { escapeValue: false } });
  return instance.getFixedT(language, 'customers');
}

const opened: VendorDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function shopWithCustomers() {
  const db = new VendorDb(newId());
  opened.push(db);
  const file = encodeGbk(
    '姓名,手机,性别,生日,标签,储值余额,赠送余额,积分\r\n张伟,13812345678,男,05-12,老客户,500,50,1200\r\n李娜,13900001111,女,,,,,\r\n',
  );
  await commitImport(db, await planRead(db, readCustomerFile(file)), '2026-12-02');
  const people = await db.customerPersonal.toArray();
  const id = (name: string) => people.find((p) => p.name === name)!.id;
  return { db, zhang: id('张伟'), li: id('李娜') };
}

const options = { timeZone: 'Asia/Shanghai' };

describe('exporting customers', () => {
  it('writes masked phones by default, headers the import reads back, balances per account', async () => {
    const { db } = await shopWithCustomers();
    const { text, count } = await prepareCustomerExport(db, await customersT('zh-CN'), {
      ...options,
      wholeNumbers: false,
    });
    expect(count).toBe(2);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('姓名,手机,性别,生日,标签,备注,储值本金,赠送余额,积分,注册渠道,注册日期');
    expect(lines[1]).toMatch(
      /^张伟,138\*\*\*\*5678,男,05-12,老客户,,500\.00,50\.00,1200,导入,\d{4}-\d{2}-\d{2}$/,
    );
    expect(text).not.toContain('13812345678');
    expect(await db.privacyLogEntry.count()).toBe(0);
    // The export's own columns map back onto the import's fields.
    const table = parseCsv(text);
    expect(suggestCustomerMapping(table.headers)).toMatchObject({
      name: 0,
      phone: 1,
      principal: 6,
      bonus: 7,
      points: 8,
    });
    expect(
      readCustomerTable(table, suggestCustomerMapping(table.headers))[0]!.errors[0],
    ).toMatchObject({
      field: 'phone',
      code: 'phone_invalid',
    });
  });

  it('writes whole numbers only after logging the export', async () => {
    const { db } = await shopWithCustomers();
    const { text } = await prepareCustomerExport(db, await customersT('en'), {
      ...options,
      wholeNumbers: true,
    });
    expect(text.split('\r\n')[0]).toBe(
      'Name,Phone,Gender,Birthday,Tags,Note,Principal,Bonus balance,Points,Joined via,Joined on',
    );
    expect(text).toContain(',13812345678,Male,05-12,');
    const [log] = await db.privacyLogEntry.toArray();
    expect(log).toMatchObject({ kind: 'wholeNumberExport', customerId: null, count: 2 });
    expect((await db.outbox.toArray()).at(-1)!.name).toBe('privacy.logExport');
  });

  it('sums a merged profile into its account and leaves it out of the list', async () => {
    const { db, zhang, li } = await shopWithCustomers();
    await mutate(db, mergeCustomers, { keepId: li, mergedIds: [zhang], aliasIds: [], fields: {} });
    const { text, count } = await prepareCustomerExport(db, await customersT('zh-CN'), {
      ...options,
      wholeNumbers: false,
    });
    expect(count).toBe(1);
    expect(text.split('\r\n')[1]).toContain('李娜,139****1111,女,,,,500.00,50.00,1200,');
  });
});

describe('collecting one customer’s data', () => {
  it('holds the entries of the account and of the profiles merged into it', async () => {
    const { db, zhang, li } = await shopWithCustomers();
    await mutate(db, mergeCustomers, { keepId: li, mergedIds: [zhang], aliasIds: [], fields: {} });
    await mutate(db, topUpStoredValue, {
      entry: {
        id: newId(),
        customerId: li,
        at: Date.now(),
        businessDate: '2026-12-02',
        receiptNo: 'K7Q2MD-20261202-0009',
        staffId: null,
        saleId: null,
        reverses: null,
        reason: null,
        kind: 'topUp',
        principalFen: 10_000,
        bonusFen: 0,
        planId: null,
        paidWith: 'cash',
        offline: false,
      },
    });
    // From either profile, the export is the account's.
    for (const start of [li, zhang]) {
      const data = await collectPrivacyExport(db, start, '老王黄焖鸡米饭');
      expect(data.customerId).toBe(li);
      expect(data.aliasIds).toEqual([zhang]);
      expect(data.records.storedValueEntry!.map((e) => [e.customerId, e.kind])).toEqual([
        [zhang, 'opening'],
        [li, 'topUp'],
      ]);
      expect(data.records.pointsEntry).toHaveLength(1);
      expect(data.records.saleEntry).toEqual([]);
    }
  });

  it('holds the customer’s bookings, vouchers and visit cards bought in the shop, and no one else’s', async () => {
    const { db, zhang, li } = await shopWithCustomers();
    const card = sampleOffer({ kind: 'visitCard', usesPerVoucher: 10 });
    await db.booking.bulkPut([
      sampleBooking({ customerId: li }),
      sampleBooking({ customerId: zhang }),
    ]);
    await db.voucher.bulkPut([
      sampleVoucher(card, { customerId: li }),
      sampleVoucher(card, { customerId: zhang }),
    ]);
    const sale = { id: newId(), customerId: li, offerId: card.id, priceFen: 30_000 };
    await db.table('offerSale').put(sale);
    const data = await collectPrivacyExport(db, li, '老王黄焖鸡米饭');
    for (const table of ['booking', 'voucher', 'offerSale']) {
      expect(data.records[table]!.map((row) => row.customerId)).toEqual([li]);
    }
    const t = await customersT('zh-CN');
    const csv = privacyExportCsv(data, (key) => t(`transfer.privacy.labels.${key}`));
    expect(csv).toContain('店内售出的次卡');
  });
});
