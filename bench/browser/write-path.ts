/**
 * The local write path (issue 2): single edits and a 10,000-row write through the console's
 * mutation layer (renderer/src/db/mutate.ts), each beside raw Dexie writes of the same rows on the
 * same database, interleaved. Raw writes go through a plain Dexie connection (none of the
 * console's middleware) with the database's strict durability, as mutate()'s transactions have;
 * one extra baseline uses relaxed durability to show what strictness costs.
 */
import { newId } from '@domain/ids';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import { importMenu, updateItem, type MenuImport } from '@domain/menu/mutations';
import type { MenuItem } from '@domain/menu/schema';
import { createVendorProfile, updateVendorProfile } from '@domain/vendor/mutations';
import type { VendorProfile } from '@domain/vendor';
import { mutate } from '../../renderer/src/db/mutate';
import type { VendorDb } from '../../renderer/src/db/vendor-db';
import type {
  BulkWriteOptions,
  BulkWriteVariant,
  Samples,
  SingleEditsOptions,
  SingleEditVariant,
} from './api';
import { benchCategory, benchItems } from './fixtures';
import { dropBenchDb, openBenchDb, openRaw, openRelaxed, rawRows } from './store';
import type Dexie from 'dexie';
import { interleave, type Variant } from './timing';

/** How many menu items the single edits cycle through. */
const EDITED_ITEMS = 100;

export function importOf(items: MenuItem[], categories = [benchCategory()]): MenuImport {
  return {
    categories,
    tags: [],
    createItems: items,
    updateItems: [],
    deleteItemIds: [],
    deleteCategoryIds: [],
    updatedAt: Date.now(),
  };
}

type EditVariants = Record<SingleEditVariant, Variant>;

type Put = (row: object) => unknown;

async function profileEdits(db: VendorDb, rawPut: Put, relaxedPut: Put) {
  const profile: VendorProfile = sampleVendorProfile();
  await mutate(db, createVendorProfile, profile);
  const renamed = (variant: string, i: number) => `老王黄焖鸡 ${variant} ${i}`;
  return {
    mutate: (i) => mutate(db, updateVendorProfile, { id: profile.id, name: renamed('m', i) }),
    rawPut: (i) => rawPut({ ...profile, name: renamed('r', i) }),
    rawPutRelaxed: (i) => relaxedPut({ ...profile, name: renamed('x', i) }),
  } satisfies EditVariants;
}

async function itemEdits(db: VendorDb, rawPut: Put, relaxedPut: Put) {
  const batch = importOf(benchItems(EDITED_ITEMS, newId()));
  await mutate(db, importMenu, batch);
  const items = batch.createItems;
  const stored = rawRows('menuItem', items);
  const item = (i: number) => items[i % items.length]!;
  return {
    mutate: (i) =>
      mutate(db, updateItem, { id: item(i).id, priceFen: 2000 + i, updatedAt: Date.now() }),
    rawPut: (i) =>
      rawPut({ ...stored[i % stored.length]!, priceFen: 3000 + i, updatedAt: Date.now() }),
    rawPutRelaxed: (i) =>
      relaxedPut({ ...stored[i % stored.length]!, priceFen: 4000 + i, updatedAt: Date.now() }),
  } satisfies EditVariants;
}

/** N edits, each its own transaction: mutate() vs a raw put of the edited row. */
export async function singleEdits(
  options: SingleEditsOptions,
): Promise<Samples<SingleEditVariant>> {
  const db = await openBenchDb();
  const raw = await openRaw(db);
  const relaxed = await openRelaxed(db);
  try {
    const rawPut = (row: object) => raw.table(options.target).put(row);
    const relaxedPut = (row: object) => relaxed.table(options.target).put(row);
    const variants =
      options.target === 'vendorProfile'
        ? await profileEdits(db, rawPut, relaxedPut)
        : await itemEdits(db, rawPut, relaxedPut);
    return await interleave(variants, { runs: options.edits, warmup: options.warmup });
  } finally {
    await dropBenchDb(db, raw, relaxed);
  }
}

function bulkVariants(
  db: VendorDb,
  raw: Dexie,
  batch: MenuImport,
): Record<BulkWriteVariant, Variant> {
  const category = batch.categories[0]!;
  const stored = rawRows('menuItem', batch.createItems);
  const writeRows = (write: (items: MenuItem[]) => Promise<unknown>) =>
    raw.transaction('rw', ['menuCategory', 'menuItem'], async () => {
      await raw.table('menuCategory').put(category);
      await write(stored);
    });
  return {
    mutate: () => mutate(db, importMenu, batch),
    rawBulkPut: () => writeRows((items) => raw.table('menuItem').bulkPut(items)),
    // The same bulkPut through the console's own connection: its derived fields (the codes index).
    storeBulkPut: () =>
      db.transaction('rw', ['menuCategory', 'menuItem'], async () => {
        await db.table('menuCategory').put(category);
        await db.table('menuItem').bulkPut(batch.createItems);
      }),
    rawPutLoop: () =>
      writeRows(async (items) => {
        for (const item of items) await raw.table('menuItem').put(item);
      }),
    validateOnly: () => importMenu.args.parse(batch),
  };
}

const emptyTables = (db: VendorDb) => async () => {
  const tables = ['menuCategory', 'menuItem', 'outbox'];
  await db.transaction('rw', tables, () => Promise.all(tables.map((t) => db.table(t).clear())));
};

/**
 * One menu import of `rows` new items (one mutation, one transaction) vs raw Dexie bulkPut of the
 * same rows in one strict transaction. The tables and the outbox are emptied (untimed) before each
 * call, so every call starts from the same state. The warm-up pass uses a smaller batch: it only
 * has to get the code compiled and the database files created.
 */
export async function bulkWrite(options: BulkWriteOptions): Promise<Samples<BulkWriteVariant>> {
  const db = await openBenchDb();
  const raw = await openRaw(db);
  try {
    const before = emptyTables(db);
    const warmupBatch = importOf(benchItems(options.warmupRows, newId()));
    await interleave(bulkVariants(db, raw, warmupBatch), { runs: 1, warmup: 0, before });
    const batch = importOf(benchItems(options.rows, newId()));
    return await interleave(bulkVariants(db, raw, batch), {
      runs: options.rounds,
      warmup: 0,
      before,
    });
  } finally {
    await dropBenchDb(db, raw);
  }
}
