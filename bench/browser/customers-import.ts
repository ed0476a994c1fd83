/**
 * Customer import (issue 12), end to end as the console runs it: file bytes → read in the import
 * worker (decode GBK, parse, map, normalise) → plan against the shop's customers (read them, look
 * up held opening entries) → take receipt numbers → customers.import changes of 5,000 through
 * mutate(). Beside it, raw Dexie bulkPut of the rows the import writes, in one strict transaction.
 * The file is an old system's member list as Excel on Chinese Windows saves it: GBK, CRLF.
 */
import { importChanges } from '@domain/customers/import/changes';
import { encodeGbk } from '@domain/customers/import/test-files';
import { receiptsNeeded } from '@domain/customers/import/plan';
import type { CustomerFileRead } from '@domain/customers/import/read';
import { commitImport, planRead, readFile } from '../../renderer/src/customers/transfer/run-import';
import type { VendorDb } from '../../renderer/src/db/vendor-db';
import type { Samples } from './api';
import { dropBenchDb, openBenchDb, openRaw, rawRows } from './store';
import type Dexie from 'dexie';
import { interleave, timed, type Variant } from './timing';

export interface CustomersImportOptions {
  rows: number;
  rounds: number;
  warmupRows: number;
}
export type CustomersImportVariant = 'endToEnd' | 'rawBulkPut';
export interface CustomersImportResult {
  samples: Samples<CustomersImportVariant>;
  phases: Record<string, number[]>;
  fileBytes: number;
  rowsWritten: number;
  changes: number;
  pipeline: string[];
}

const pipeline = [
  'readFile (import worker: decodeCsvBytes, parseCsv, readCustomerTable)',
  'planRead (existing customers + held openings from Dexie, planCustomerImport)',
  'commitImport (takeReceiptNumbers, importChanges, mutate(customers.import) per 5,000)',
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';

/** `rows` members with Chinese names, mobiles, birthdays and opening balances, in GBK. */
export function memberListFile(rows: number): Uint8Array {
  const lines = ['会员姓名,手机号码,性别,生日,储值余额(元),赠送余额,积分,会员标签,备注'];
  for (let i = 0; i < rows; i += 1) {
    const name = `${SURNAMES[i % 20]}${GIVEN[(i * 7) % 20]}${GIVEN[(i * 13) % 20]}`;
    const phone = `13${(i % 7) + 3}${String(i).padStart(8, '0')}`;
    const birthday = `19${70 + (i % 30)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    lines.push(
      `${name},${phone},${i % 2 ? '女' : '男'},${birthday},${(i % 500) + 0.5},${i % 50},${i % 3000},老客户,`,
    );
  }
  return encodeGbk(`${lines.join('\r\n')}\r\n`);
}

type Phases = Record<string, number>;

/** "Without freezing the page": the longest the main thread was busy at a stretch, until stop(). */
function longestTask() {
  let longest = 0;
  const note = (entries: PerformanceEntryList) => {
    for (const entry of entries) longest = Math.max(longest, entry.duration);
  };
  const observer = new PerformanceObserver((list) => note(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    stop: () => {
      note(observer.takeRecords());
      observer.disconnect();
      return longest;
    },
  };
}

async function step<T>(phases: Phases, name: string, work: () => Promise<T> | T): Promise<T> {
  const { ms, value } = await timed(work);
  phases[name] = ms;
  return value;
}

const tables = ['customer', 'customerPersonal', 'storedValueEntry', 'pointsEntry', 'outbox'];

const emptyShop = (db: VendorDb) => async () => {
  await db.transaction('rw', [...tables, 'meta'], async () => {
    await Promise.all(tables.map((t) => db.table(t).clear()));
    await db.meta.delete('receiptCounter');
  });
};

/** The rows the import writes in an empty shop, planned once (untimed) for the baseline. */
async function plannedRows(db: VendorDb, bytes: Uint8Array) {
  await emptyShop(db)();
  const read: CustomerFileRead = await readFile({ bytes: bytes.slice().buffer, mapping: null });
  const plan = await planRead(db, read);
  const receiptNos = Array.from(
    { length: receiptsNeeded(plan) },
    (_, i) => `BENCH0-20261202-${String(i + 1).padStart(6, '0')}`,
  );
  const changes = importChanges(plan, {
    now: Date.now(),
    businessDate: '2026-12-02',
    staffId: null,
    receiptNos,
  });
  return {
    customer: rawRows(
      'customer',
      changes.flatMap((c) => c.creates.map((x) => x.customer)),
    ),
    customerPersonal: rawRows(
      'customerPersonal',
      changes.flatMap((c) => c.creates.map((x) => x.personal)),
    ),
    storedValueEntry: rawRows(
      'storedValueEntry',
      changes.flatMap((c) => c.storedValue),
    ),
    pointsEntry: rawRows(
      'pointsEntry',
      changes.flatMap((c) => c.points),
    ),
    changes: changes.length,
  };
}

function variants(
  db: VendorDb,
  raw: Dexie,
  bytes: Uint8Array,
  rows: Awaited<ReturnType<typeof plannedRows>>,
  record: (p: Phases) => void,
) {
  return {
    endToEnd: async () => {
      const phases: Phases = {};
      const longest = longestTask();
      const read = await step(phases, 'read (worker)', () =>
        readFile({ bytes: bytes.slice().buffer, mapping: null }),
      );
      const plan = await step(phases, 'plan', () => planRead(db, read));
      await step(phases, 'write', () => commitImport(db, plan, '2026-12-02'));
      phases['longest main-thread task'] = longest.stop();
      record(phases);
    },
    rawBulkPut: async () => {
      const longest = longestTask();
      await raw.transaction(
        'rw',
        ['customer', 'customerPersonal', 'storedValueEntry', 'pointsEntry'],
        async () => {
          await raw.table('customer').bulkPut(rows.customer);
          await raw.table('customerPersonal').bulkPut(rows.customerPersonal);
          await raw.table('storedValueEntry').bulkPut(rows.storedValueEntry);
          await raw.table('pointsEntry').bulkPut(rows.pointsEntry);
        },
      );
      record({ 'raw bulkPut: longest main-thread task': longest.stop() });
    },
  } satisfies Record<CustomersImportVariant, Variant>;
}

export async function customersImport(
  options: CustomersImportOptions,
): Promise<CustomersImportResult> {
  const db = await openBenchDb();
  const raw = await openRaw(db);
  try {
    const before = emptyShop(db);
    const small = memberListFile(options.warmupRows);
    await interleave(
      variants(db, raw, small, await plannedRows(db, small), () => {}),
      {
        runs: 1,
        warmup: 0,
        before,
      },
    );
    const bytes = memberListFile(options.rows);
    const rows = await plannedRows(db, bytes);
    const phases: Record<string, number[]> = {};
    const record = (p: Phases) => {
      for (const [name, ms] of Object.entries(p)) (phases[name] ??= []).push(ms);
    };
    const samples = await interleave(variants(db, raw, bytes, rows, record), {
      runs: options.rounds,
      warmup: 0,
      before,
    });
    return {
      samples,
      phases,
      fileBytes: bytes.byteLength,
      rowsWritten:
        rows.customer.length +
        rows.customerPersonal.length +
        rows.storedValueEntry.length +
        rows.pointsEntry.length,
      changes: rows.changes,
      pipeline,
    };
  } finally {
    await dropBenchDb(db, raw);
  }
}
