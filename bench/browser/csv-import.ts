/**
 * CSV import (issue 3), end to end as the console runs it: file bytes → decode → parse → read the
 * shop's menu → plan (validate every row, match, build items) → one menu.import through mutate().
 * Beside it, raw Dexie bulkPut of the rows the plan creates, in one strict transaction. The file
 * is the console's own export of a 10,000-item menu, made once by the console's exporter.
 */
import { newId } from '@domain/ids';
import { decodeCsvBytes } from '@domain/csv/decode';
import { exportMenuCsvBytes } from '@domain/menu/csv/console-layout';
import { parseCsv } from '@domain/csv/parse';
import { importArgsOf } from '@domain/menu/import/plan';
import { detectLayout, planImport } from '@domain/menu/import/read';
import { importMenu, type MenuImport } from '@domain/menu/mutations';
import type { Menu } from '@domain/menu/schema';
import { mutate } from '../../renderer/src/db/mutate';
import type { VendorDb } from '../../renderer/src/db/vendor-db';
import type { CsvImportOptions, CsvImportResult, CsvImportVariant } from './api';
import { benchCategory, benchItems } from './fixtures';
import { dropBenchDb, openBenchDb, openRaw, rawRows } from './store';
import type Dexie from 'dexie';
import { interleave, timed, type Variant } from './timing';

const pipeline = [
  'decodeCsvBytes',
  'parseCsv',
  'read menu from Dexie',
  'detectLayout + planImport (validate, match, build)',
  'importArgsOf',
  'mutate(importMenu)',
];

function exportedFile(rows: number): Uint8Array {
  const category = benchCategory();
  const menu: Menu = {
    categories: [category],
    items: benchItems(rows, category.id),
    dayparts: [],
    tags: [],
  };
  return exportMenuCsvBytes(menu, { bom: true });
}

async function readMenu(db: VendorDb): Promise<Menu> {
  const [categories, items, dayparts, tags] = await Promise.all(
    ['menuCategory', 'menuItem', 'menuDaypart', 'menuTag'].map((t) => db.table(t).toArray()),
  );
  return { categories, items, dayparts, tags } as Menu;
}

type Phases = Record<string, number>;

async function step<T>(phases: Phases, name: string, work: () => Promise<T> | T): Promise<T> {
  const { ms, value } = await timed(work);
  phases[name] = ms;
  return value;
}

/** Everything the console does before writing: the arguments of the one menu.import. */
async function planFile(db: VendorDb, bytes: Uint8Array, phases: Phases): Promise<MenuImport> {
  const { text } = await step(phases, 'decode', () => decodeCsvBytes(bytes));
  const table = await step(phases, 'parse', () => parseCsv(text));
  const existing = await step(phases, 'read menu', () => readMenu(db));
  const plan = await step(phases, 'plan', () => {
    const layout = detectLayout(table.headers);
    if (layout === 'unknown') throw new Error('the bench file was not recognised as an export');
    return planImport(table, { layout }, existing, {
      mode: 'upsert_by_sku',
      newId,
      updatedAt: Date.now(),
      defaultCategoryName: { zh: '未分类', en: 'Uncategorized' },
      variationGroupName: { zh: '规格', en: 'Options' },
    });
  });
  return importArgsOf(plan, Date.now());
}

function variants(
  db: VendorDb,
  raw: Dexie,
  bytes: Uint8Array,
  rows: MenuImport,
  record: (p: Phases) => void,
) {
  const stored = rawRows('menuItem', rows.createItems);
  return {
    endToEnd: async () => {
      const phases: Phases = {};
      const args = await planFile(db, bytes, phases);
      await step(phases, 'write', () => mutate(db, importMenu, args));
      record(phases);
    },
    // Raw Dexie: a plain connection to the same database, none of the console's middleware.
    rawBulkPut: () =>
      raw.transaction('rw', ['menuCategory', 'menuItem'], async () => {
        await raw.table('menuCategory').bulkPut(rows.categories);
        await raw.table('menuItem').bulkPut(stored);
      }),
  } satisfies Record<CsvImportVariant, Variant>;
}

const emptyMenu = (db: VendorDb) => async () => {
  const tables = ['menuCategory', 'menuItem', 'menuTag', 'outbox'];
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => db.table(t).clear())));
};

/** The rows the import creates in an empty shop, planned once (untimed) for the baseline. */
async function plannedRows(db: VendorDb, bytes: Uint8Array): Promise<MenuImport> {
  await emptyMenu(db)();
  return planFile(db, bytes, {});
}

export async function csvImport(options: CsvImportOptions): Promise<CsvImportResult> {
  const db = await openBenchDb();
  const raw = await openRaw(db);
  try {
    const before = emptyMenu(db);
    const small = exportedFile(options.warmupRows);
    await interleave(
      variants(db, raw, small, await plannedRows(db, small), () => {}),
      { runs: 1, warmup: 0, before },
    );
    const bytes = exportedFile(options.rows);
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
      csvBytes: bytes.byteLength,
      rowsWritten: rows.createItems.length,
      pipeline,
    };
  } finally {
    await dropBenchDb(db, raw);
  }
}
