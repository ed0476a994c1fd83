import { describe, expect, it } from 'vitest';
import { exportMenuCsv, exportMenuCsvBytes } from '../csv/console-layout';
import { decodeCsvBytes } from '../../csv/decode';
import { detectLayout } from '../csv/layouts';
import { parseCsv } from '../../csv/parse';
import { applyOps } from '../fixtures/apply';
import {
  ids,
  idSequence,
  sampleItem,
  sampleMenu,
  shirtOptions,
  shirtVariants,
} from '../fixtures/menu';
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
          // Variants by their values' names, with everything else they carry.
          variantOptions: (item.variantOptions ?? []).map((o) => ({
            name: o.name,
            values: o.values.map((v) => v.name),
          })),
          variants: (item.variants ?? []).map(({ id: _v, valueIds, ...variant }) => ({
            ...variant,
            values: valueIds.map(
              (id, d) => item.variantOptions![d]!.values.find((v) => v.id === id)!.name.zh,
            ),
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

/** The sample menu and a T-shirt sold in three of its four colour × size combinations. */
function menuWithVariants(): Menu {
  const menu = sampleMenu();
  menu.items.push(
    sampleItem({
      id: ids.item(30),
      sortKey: 'z',
      name: { zh: '文化衫', en: 'T-shirt' },
      priceFen: 9900,
      sku: null,
      barcode: null,
      specGroups: [],
      variantOptions: shirtOptions(),
      variants: shirtVariants().map((v, i) =>
        i === 1 ? { ...v, listPriceFen: 12900, status: 'off_sale' as const } : v,
      ),
    }),
  );
  return menu;
}

/** The menu exported, then imported into a shop that has its dayparts and tags and nothing else. */
function importIntoBlankShop(original: Menu) {
  const blank: Menu = {
    categories: [],
    items: [],
    dayparts: original.dayparts,
    tags: original.tags,
  };
  return importCsvBytes(exportMenuCsvBytes(original, { bom: true }), blank, 'replace');
}

describe('export → import round trip', () => {
  it('keeps every variant with its values, price, list price, codes and status', () => {
    const original = menuWithVariants();
    const { plan, menu } = importIntoBlankShop(original);
    expect(plan.preview.flatMap((row) => [...row.errors, ...row.warnings])).toEqual([]);
    expect(shape(menu)).toEqual(shape(original));
    const shirt = menu.items.find((item) => item.name.zh === '文化衫')!;
    expect(shirt.variants!.map((v) => v.barcode)).toEqual([
      '695000000001',
      '695000000002',
      '695000000003',
    ]);
  });

  it('finds an item by a variant’s SKU, keeps the variants’ ids, and changes only the variant edited', () => {
    const original = menuWithVariants();
    const text = exportMenuCsv(original, { bom: false })
      // A file without item ids (made by hand from an export): the variants' SKUs find the item.
      .replace(new RegExp(`^${ids.item(30)}`, 'm'), '')
      // In the CSV cell the JSON's quotes are doubled.
      .replace('""price"":""109.00""', '""price"":""119.00""');
    const { plan, menu } = importCsvBytes(
      new TextEncoder().encode(text),
      original,
      'upsert_by_sku',
    );
    expect(plan.toCreate).toEqual([]);
    expect(plan.toUpdate.map((change) => change.id)).toEqual([ids.item(30)]);
    const shirt = menu.items.find((item) => item.id === ids.item(30))!;
    expect(shirt.variants!.map((v) => [v.id, v.priceFen])).toEqual([
      [ids.variant(1), 9900],
      [ids.variant(2), 11900],
      [ids.variant(3), 9900],
    ]);
    expect(shirt.variantOptions).toEqual(shirtOptions());
  });

  it('says at the row which variant code another item has, and which repeats in the file', () => {
    const original = menuWithVariants();
    const text = exportMenuCsv(original, { bom: false }).replace(
      '""sku"":""TS-3""',
      '""sku"":""TS-1""',
    );
    const into = sampleMenu();
    into.items[0]!.barcode = '695000000002';
    const { plan } = importCsvBytes(new TextEncoder().encode(text), into, 'upsert_by_sku');
    const shirt = plan.preview.find((row) => row.name === '文化衫')!;
    expect(shirt.action).toBe('skip');
    expect(shirt.errors).toEqual([
      {
        field: 'variants',
        code: 'barcode_taken',
        params: { value: '695000000002', itemId: into.items[0]!.id },
      },
      {
        field: 'variants',
        code: 'duplicate_sku_in_file',
        params: { value: 'TS-1', line: expect.any(Number) },
      },
    ]);
  });

  it('gives back the same menu in a shop that has its dayparts and tags', () => {
    const original = sampleMenu();
    const { plan, menu } = importIntoBlankShop(original);
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
