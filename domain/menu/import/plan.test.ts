import { describe, expect, it } from 'vitest';
import { encodeGbk, GBK_MENU_TEXT } from '../fixtures/gbk';
import { SHOPIFY_EXPORT_CSV, SQUARE_EXPORT_CSV } from '../fixtures/exports';
import { ids, idSequence, sampleItem, sampleMenu } from '../fixtures/menu';
import { decodeCsvBytes } from '../../csv/decode';
import { suggestMapping } from '../csv/mapping';
import { parseCsv } from '../../csv/parse';
import { importMenu } from '../mutations/import';
import { applyOps } from '../fixtures/apply';
import type { Menu } from '../schema';
import { menuItemSchema } from '../schema';
import { importArgsOf } from './plan';
import { schemaProblems } from './schema-problems';
import { planImport, planImportInSlices } from './read';

const emptyMenu = (): Menu => ({ categories: [], items: [], dayparts: [], tags: [] });
const options = (mode: 'upsert_by_sku' | 'replace' = 'upsert_by_sku') => ({
  mode,
  newId: idSequence(),
  updatedAt: 1_000,
  defaultCategoryName: { zh: '未分类', en: 'Uncategorised' },
  variationGroupName: { zh: '规格', en: 'Options' },
});

describe('planImport: Square', () => {
  const plan = planImport(
    parseCsv(SQUARE_EXPORT_CSV),
    { layout: 'square' },
    emptyMenu(),
    options(),
  );

  it('previews every item with its action and errors', () => {
    expect(
      plan.preview.map((r) => [
        r.lines[0],
        r.name,
        r.action,
        r.errors.map((e) => `${e.field}:${e.code}`),
      ]),
    ).toEqual([
      [2, 'Latte', 'create', []],
      [4, '黄焖鸡米饭', 'create', []],
      [5, 'Old Cake', 'create', []],
      [6, 'Mystery', 'skip', ['price:not_a_number']],
      [7, 'Custom Cake', 'skip', ['price:empty']],
    ]);
  });

  it('creates the categories the valid rows need, in file order', () => {
    expect(plan.categoriesToCreate.map((c) => c.name.zh)).toEqual(['Coffee', '主食', 'Dessert']);
    const keys = plan.categoriesToCreate.map((c) => c.sortKey);
    expect([...keys].sort()).toEqual(keys);
    expect(plan.toCreate.map((i) => [i.name.zh, i.priceFen, i.status])).toEqual([
      ['Latte', 2800, 'on_sale'],
      ['黄焖鸡米饭', 2500, 'on_sale'],
      ['Old Cake', 1500, 'off_sale'],
    ]);
    const latte = plan.toCreate[0]!;
    expect(latte.specGroups).toEqual([]);
    expect(latte.variants!.map((v) => [v.sku, v.priceFen, v.status])).toEqual([
      ['LAT-R', 2800, 'on_sale'],
      ['LAT-L', 3200, 'on_sale'],
    ]);
    // Every variant takes the ids of its dimension's values.
    const [size] = latte.variantOptions!;
    expect(latte.variants!.map((v) => v.valueIds)).toEqual(size!.values.map((v) => [v.id]));
  });
});

describe('planImport: Shopify', () => {
  it('creates tags once and uses the variation group name given', () => {
    const plan = planImport(
      parseCsv(SHOPIFY_EXPORT_CSV),
      { layout: 'shopify' },
      emptyMenu(),
      options(),
    );
    expect(plan.preview.every((r) => r.errors.length === 0)).toBe(true);
    expect(plan.tagsToCreate.map((t) => t.name.zh)).toEqual(['辣', '招牌']);
    expect(
      plan.toCreate.map((i) => [i.name.zh, i.priceFen, i.listPriceFen, i.status, i.tags.length]),
    ).toEqual([
      ['重庆小面', 1800, 2000, 'on_sale', 2],
      ['豆浆', 300, null, 'off_sale', 0],
      ['Milk Tea', 1500, null, 'on_sale', 0],
    ]);
  });
});

describe('planImport: a GBK spreadsheet with mapped columns', () => {
  it('imports what Excel on Chinese Windows saved', () => {
    const { text } = decodeCsvBytes(encodeGbk(GBK_MENU_TEXT));
    const table = parseCsv(text);
    const plan = planImport(
      table,
      { mapping: suggestMapping(table.headers) },
      emptyMenu(),
      options(),
    );
    expect(plan.toCreate.map((i) => [i.name.zh, i.priceFen, i.description.zh])).toEqual([
      ['黄焖鸡米饭', 2500, '招牌'],
      ['重庆小面', 1800, '招牌,辣'],
      ['酸梅汤', 650, null],
    ]);
    expect(plan.categoriesToCreate.map((c) => c.name.zh)).toEqual(['主食', '饮品']);
  });

  it('says which required columns a mapping lacks', () => {
    const table = parseCsv(GBK_MENU_TEXT);
    expect(planImport(table, { mapping: { name: 0 } }, emptyMenu(), options()).fileErrors).toEqual([
      { code: 'columns_missing', params: { fields: 'price' } },
    ]);
  });
});

describe('planImport: updating the existing menu', () => {
  const csv = (rows: string[]) => parseCsv(['名称,价格,SKU,条码', ...rows].join('\n'));
  const mapping = { mapping: { name: 0, price: 1, sku: 2, barcode: 3 } };

  it('updates by SKU with the changed fields only, and leaves unmapped fields alone', () => {
    const plan = planImport(
      csv(['黄焖鸡米饭,26,hmj-001,6901234567892']),
      mapping,
      sampleMenu(),
      options(),
    );
    expect(plan.toUpdate).toEqual([{ id: ids.item(1), fields: { priceFen: 2600 } }]);
    expect(plan.preview[0]).toMatchObject({ action: 'update', itemId: ids.item(1) });
  });

  it('matches an item without SKU by its unique name', () => {
    const plan = planImport(csv(['豆浆,3,,']), mapping, sampleMenu(), options());
    expect(plan.preview[0]).toMatchObject({ action: 'unchanged', itemId: ids.item(3) });
  });

  it('refuses a barcode another item has, and codes repeated in the file', () => {
    const plan = planImport(
      csv(['新品,10,NEW-1,6954767410388', '新品二,10,NEW-2,', '新品三,10,new-2,']),
      mapping,
      sampleMenu(),
      options(),
    );
    expect(plan.preview.map((r) => r.errors)).toEqual([
      [{ field: 'barcode', code: 'barcode_taken', params: { itemId: ids.item(4) } }],
      [],
      [{ field: 'sku', code: 'duplicate_sku_in_file', params: { line: 3 } }],
    ]);
    expect(plan.toCreate.map((i) => i.sku)).toEqual(['NEW-2']);
  });

  it('in replace mode deletes what the file does not have, and categories left empty', () => {
    const plan = planImport(
      csv(['黄焖鸡米饭,25,HMJ-001,6901234567892']),
      mapping,
      sampleMenu(),
      options('replace'),
    );
    expect(plan.toDelete).toEqual([ids.item(2), ids.item(3), ids.item(4)]);
    expect(plan.categoriesToDelete).toEqual([ids.categoryN(2)]);
    expect(plan.preview.filter((r) => r.action === 'delete').map((r) => r.name)).toEqual([
      '重庆小面',
      '豆浆',
      '可乐 Coke',
    ]);
  });

  it('never replaces a menu with a file that has nothing valid in it', () => {
    const plan = planImport(csv(['黄焖鸡米饭,abc,,']), mapping, sampleMenu(), options('replace'));
    expect(plan.fileErrors).toEqual([{ code: 'nothing_to_import' }]);
    expect(plan.toDelete).toEqual([]);
    expect(plan.preview[0]!.errors).toEqual([
      { field: 'price', code: 'not_a_number', params: { value: 'abc' } },
    ]);
  });

  it('shows broken records of the file as skipped rows with their line', () => {
    const plan = planImport(
      csv(['"黄焖鸡米饭,25,HMJ-001,', '豆浆,3,,']),
      mapping,
      sampleMenu(),
      options(),
    );
    expect(plan.preview.map((r) => [r.lines, r.action, r.errors.map((e) => e.code)])).toEqual([
      [[2], 'skip', ['unterminated_quote']],
      [[3], 'unchanged', []],
    ]);
  });

  it('warns about the whole file when it ends inside a quote, and still plans the rows it has', () => {
    const plan = planImport(
      csv(['豆浆,3,,', '"黄焖鸡米饭,25,HMJ-001,\n米饭多一点']),
      mapping,
      sampleMenu(),
      options(),
    );
    expect(plan.fileWarnings).toEqual([{ code: 'file_truncated', params: { line: 3 } }]);
    expect(plan.preview.map((r) => [r.action, r.name])).toEqual([
      ['unchanged', '豆浆'],
      ['skip', '"黄焖鸡米饭,25,HMJ-001,'],
      ['skip', '米饭多一点'],
    ]);
  });

  it('reports an empty file and a file with only headers', () => {
    expect(planImport(parseCsv(''), mapping, sampleMenu(), options()).fileErrors).toEqual([
      { code: 'empty_file' },
    ]);
    expect(
      planImport(parseCsv('名称,价格\r\n'), mapping, sampleMenu(), options()).fileErrors,
    ).toEqual([{ code: 'no_rows' }]);
  });

  it('becomes one menu.import mutation that applies the plan', () => {
    const menu = sampleMenu();
    const plan = planImport(
      csv(['黄焖鸡米饭,26,HMJ-001,', '新品,9.9,NEW-1,']),
      mapping,
      menu,
      options(),
    );
    const after = applyOps(menu, importMenu.ops(importMenu.args.parse(importArgsOf(plan, 2_000))));
    const hmj = after.items.find((i) => i.id === ids.item(1))!;
    expect([hmj.priceFen, hmj.barcode, hmj.updatedAt]).toEqual([2600, null, 2_000]);
    expect(after.items.find((i) => i.sku === 'NEW-1')).toMatchObject({
      priceFen: 990,
      categoryId: plan.categoriesToCreate[0]!.id,
    });
  });

  it('plans a 10,000-row file in slices, reporting progress, to the same plan', async () => {
    const rows = Array.from({ length: 10_000 }, (_, n) => `黄焖鸡米饭${n},${n % 100}.50,SKU-${n},`);
    const table = csv(rows);
    const progress: number[] = [];
    const sliced = await planImportInSlices(table, mapping, sampleMenu(), {
      ...options(),
      sliceMs: 1,
      pause: async () => {},
      onProgress: (done) => progress.push(done),
    });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(10_000);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(sliced.toCreate).toHaveLength(10_000);
    expect(sliced.toCreate.map((i) => i.priceFen)).toEqual(
      planImport(table, mapping, sampleMenu(), options()).toCreate.map((i) => i.priceFen),
    );
  });

  it('leaves out an optional text that is too long, with a warning, and imports the row', () => {
    const table = parseCsv(
      ['名称,英文名,价格', `黄焖鸡米饭,${'x'.repeat(81)},25`, '豆浆,Soy milk,3'].join('\n'),
    );
    const plan = planImport(
      table,
      { mapping: { name: 0, nameEn: 1, price: 2 } },
      sampleMenu(),
      options(),
    );
    expect(plan.preview.map((r) => [r.action, r.errors, r.warnings])).toEqual([
      [
        'unchanged',
        [],
        [
          {
            field: 'nameEn',
            code: 'text_too_long',
            params: { max: 80, value: `${'x'.repeat(39)}…` },
          },
        ],
      ],
      ['update', [], []],
    ]);
  });

  it('names the field of anything only the stored schema refuses', () => {
    const item = { ...sampleItem(), name: { zh: '饭', en: 'x'.repeat(81) }, dailyStock: -1 };
    expect(schemaProblems(menuItemSchema.safeParse(item))).toEqual([
      { field: 'nameEn', code: 'invalid' },
      { field: 'dailyStock', code: 'invalid' },
    ]);
  });

  it('refuses spec groups whose picks make no sense', () => {
    const table = parseCsv(
      [
        'item_id,name,price,spec_groups',
        `,新品,10,"[{""name"":""加料"",""selection"":""multiple"",""required"":false,""min"":0,""max"":0,""options"":[{""name"":""蛋"",""delta"":""1""}]}]"`,
      ].join('\n'),
    );
    const plan = planImport(table, { layout: 'console' }, sampleMenu(), options());
    expect(plan.preview[0]!.errors).toEqual([{ field: 'specGroups', code: 'specs_invalid' }]);
  });
});
