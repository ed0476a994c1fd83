import { describe, expect, it } from 'vitest';
import { exportMenuCsv, exportMenuCsvBytes } from '../csv/console-layout';
import { decodeCsvBytes } from '../csv/decode';
import { detectLayout } from '../csv/layouts';
import { parseCsv } from '../csv/parse';
import { applyOps } from '../fixtures/apply';
import { idSequence, sampleMenu } from '../fixtures/menu';
import { importMenu } from '../mutations/import';
import { compareSortKeys } from '../sort-key';
import type { Menu } from '../schema';
import { importArgsOf } from './plan';
import { planImport } from './read';

const options = (mode: 'upsert_by_sku' | 'replace') => ({
  mode,
  newId: idSequence(),
  updatedAt: 1,
  defaultCategoryName: { zh: '未分类' },
  variationGroupName: { zh: '规格' },
});

/** The menu as a shop sees it: order, names and values, without ids, keys and clocks. */
function shape(menu: Menu) {
  const bySortKey = (a: { sortKey: string }, b: { sortKey: string }) =>
    compareSortKeys(a.sortKey, b.sortKey);
  const tagName = new Map(menu.tags.map((t) => [t.id, t.name.zh]));
  return [...menu.categories].sort(bySortKey).map((category) => ({
    name: category.name,
    hidden: category.hidden,
    items: menu.items
      .filter((item) => item.categoryId === category.id)
      .sort(bySortKey)
      .map(
        ({
          id: _id,
          categoryId: _c,
          sortKey: _s,
          updatedAt: _u,
          photoIds: _p,
          soldOutBusinessDate: _d,
          ...item
        }) => ({
          ...item,
          name: { zh: item.name.zh, en: item.name.en ?? null },
          tags: item.tags.map((id) => tagName.get(id)),
          specGroups: item.specGroups.map(({ id: _g, ...group }) => ({
            ...group,
            options: group.options.map(({ id: _o, ...option }) => option),
          })),
        }),
      ),
  }));
}

function importCsvBytes(bytes: Uint8Array, into: Menu, mode: 'upsert_by_sku' | 'replace') {
  const table = parseCsv(decodeCsvBytes(bytes).text);
  expect(table.errors).toEqual([]);
  expect(detectLayout(table.headers)).toBe('console');
  const plan = planImport(table, { layout: 'console' }, into, options(mode));
  return {
    plan,
    menu: applyOps(into, importMenu.ops(importMenu.args.parse(importArgsOf(plan, 2)))),
  };
}

describe('export → import round trip', () => {
  it('gives back the same menu in a shop that has its dayparts and tags', () => {
    const original = sampleMenu();
    const bytes = exportMenuCsvBytes(original, { bom: true });
    const blank: Menu = {
      categories: [],
      items: [],
      dayparts: original.dayparts,
      tags: original.tags,
    };
    const { plan, menu } = importCsvBytes(bytes, blank, 'replace');
    expect(plan.preview.every((row) => row.action === 'create')).toBe(true);
    expect(shape(menu)).toEqual(shape(original));
  });

  it('changes nothing when the export is imported back into the same menu', () => {
    const original = sampleMenu();
    for (const mode of ['upsert_by_sku', 'replace'] as const) {
      const { plan, menu } = importCsvBytes(
        exportMenuCsvBytes(original, { bom: false }),
        original,
        mode,
      );
      expect(plan.preview.map((row) => row.action)).toEqual([
        'unchanged',
        'unchanged',
        'unchanged',
        'unchanged',
      ]);
      expect([
        plan.toCreate,
        plan.toUpdate,
        plan.toDelete,
        plan.categoriesToCreate,
        plan.tagsToCreate,
      ]).toEqual([[], [], [], [], []]);
      expect(menu).toEqual(original);
    }
  });

  it('writes a BOM only when asked, and quotes what needs quoting', () => {
    const text = exportMenuCsv(sampleMenu(), { bom: true });
    expect(text.startsWith('\uFEFFitem_id,category,')).toBe(true);
    expect(exportMenuCsv(sampleMenu(), { bom: false }).startsWith('item_id,')).toBe(true);
    expect(text).toContain('"麻辣, ""很香""\n第二行"');
  });

  it('keeps a formula-looking name from running in a spreadsheet, and reads it back', () => {
    const menu = sampleMenu();
    menu.items[0]!.name.zh = '=HYPERLINK("x")';
    const text = exportMenuCsv(menu, { bom: false });
    expect(text).toContain('"\t=HYPERLINK(""x"")"');
    const { plan } = importCsvBytes(new TextEncoder().encode(text), menu, 'upsert_by_sku');
    expect(plan.toUpdate).toEqual([]);
  });
});
