import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleMenu } from '@domain/menu/fixtures/menu';
import { createCategory, createItem } from '@domain/menu/mutations';
import type { Menu } from '@domain/menu/schema';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import { VendorDb } from '../../db/vendor-db';
import { analyzeImport, type ImportRequest } from './analyze-import';
import { commitImport } from './run-import';

const gbkFile = readFileSync(join(import.meta.dirname, '../../../../e2e/fixtures/menu-gbk.csv'));

const opened: VendorDb[] = [];
async function seededDb(menu: Menu) {
  const db = new VendorDb(newId());
  opened.push(db);
  for (const category of menu.categories) await mutate(db, createCategory, category);
  for (const item of menu.items) await mutate(db, createItem, item);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const request = (menu: Menu, overrides: Partial<ImportRequest> = {}): ImportRequest => ({
  bytes: gbkFile.buffer.slice(gbkFile.byteOffset, gbkFile.byteOffset + gbkFile.byteLength),
  source: null,
  menu,
  mode: 'upsert_by_sku',
  variationGroupName: { zh: '规格', en: 'Options' },
  defaultCategoryName: { zh: '未分类', en: 'Uncategorized' },
  updatedAt: 1,
  ...overrides,
});

/** The menu as stored, less the edit clock (an undo is itself an edit, stamped when it is made). */
const snapshot = async (db: VendorDb) => ({
  categories: await db.menuCategory.orderBy('id').toArray(),
  items: (await db.menuItem.orderBy('id').toArray()).map(({ updatedAt: _, ...item }) => item),
});

describe('importing a file', () => {
  it('reads a GBK spreadsheet, guesses its columns and shows the bad row', () => {
    const phases: string[] = [];
    const empty: Menu = { categories: [], items: [], dayparts: [], tags: [] };
    const analysis = analyzeImport(request(empty), (phase) => phases.push(phase));
    expect(phases).toEqual(['reading', 'parsing', 'checking']);
    expect(analysis.encoding).toBe('gb18030');
    expect(analysis.layout).toBe('unknown');
    expect(analysis.headers).toEqual(['名称', '分类', '价格', '原价', 'SKU', '标签']);
    expect(analysis.plan.toCreate.map((item) => item.name.zh)).toEqual([
      '酸辣粉',
      '豆浆',
      '重庆小面，加辣',
    ]);
    const skipped = analysis.plan.preview.filter((row) => row.action === 'skip');
    expect(skipped.map((row) => [row.lines, row.errors.map((e) => e.code)])).toEqual([
      [[5], ['too_many_decimals']],
    ]);
  });

  it('writes the plan in one change, and the undo leaves the menu exactly as before', async () => {
    const menu = sampleMenu();
    const db = await seededDb(menu);
    const before = await snapshot(db);
    const outboxBefore = await db.outbox.count();
    const analysis = analyzeImport(request(menu, { mode: 'replace' }));
    const undo = await commitImport(db, analysis.plan, menu);
    expect(await db.outbox.count()).toBe(outboxBefore + 1);
    // 豆浆 was already on the menu (matched by name and updated); the rest of it is replaced.
    expect((await db.menuItem.toArray()).map((item) => item.name.zh).sort()).toEqual(
      ['酸辣粉', '豆浆', '重庆小面，加辣'].sort(),
    );
    expect(analysis.plan.toUpdate).toHaveLength(1);
    await undo();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a refused write leaves the menu as it was', async () => {
    const menu = sampleMenu();
    const db = await seededDb(menu);
    const before = await snapshot(db);
    const analysis = analyzeImport(request(menu));
    const broken = structuredClone(analysis.plan);
    broken.toCreate.at(-1)!.priceFen = -1; // the last row is refused: the whole import must be
    await expect(commitImport(db, broken, menu)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a file that is not a CSV', () => {
  it('is told apart before it is read as a menu', () => {
    const empty: Menu = { categories: [], items: [], dayparts: [], tags: [] };
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const analysis = analyzeImport(request(empty, { bytes: png.buffer }));
    expect(analysis.notCsv).toBe('png');
    expect(analysis.plan.toCreate).toEqual([]);
    expect(analysis.headers).toEqual([]);
  });
});
