import { describe, expect, it } from 'vitest';
import { LOYVERSE_EXPORT_CSV } from '../fixtures/loyverse';
import { idSequence, sampleMenu } from '../fixtures/menu';
import { planImport } from '../import/read';
import { detectLayout } from './layouts';
import { readLoyverseRows } from './loyverse';
import { parseCsv } from '../../csv/parse';

const variations = { zh: '规格', en: 'Options' };
const table = parseCsv(LOYVERSE_EXPORT_CSV);

describe('a Loyverse items export', () => {
  const drafts = readLoyverseRows(table, variations);

  it('is recognised by its Handle, Name and store prices', () => {
    expect(detectLayout(table.headers)).toBe('loyverse');
  });

  it('makes the variants under one Handle one item with variants, each with its SKU, priced from the first store', () => {
    expect(drafts[0]).toMatchObject({
      lines: [2, 3],
      name: '珍珠奶茶',
      category: '饮品',
      price: '15.00',
      sku: '',
      status: 'on_sale',
    });
    expect(drafts[0]!.variantOptions).toEqual([
      { name: '杯型', values: [{ name: '中杯' }, { name: '大杯' }] },
    ]);
    expect(drafts[0]!.variants).toEqual([
      expect.objectContaining({
        values: ['中杯'],
        price: '15.00',
        sku: '10001',
        status: 'on_sale',
      }),
      expect.objectContaining({
        values: ['大杯'],
        price: '18.00',
        sku: '10002',
        status: 'on_sale',
      }),
    ]);
  });

  it('says which modifier it cannot bring over, and keeps every variant code', () => {
    expect(drafts[0]!.warnings).toEqual([
      { field: 'specGroups', code: 'modifier_without_options', params: { name: 'Toppings' } },
    ]);
  });

  it('reads availability, barcode and an HTML description', () => {
    expect(drafts[1]).toMatchObject({
      name: 'Croissant',
      status: 'off_sale',
      barcode: '6901234567892',
      description: 'Butter & flour\n\n• Baked daily',
      specGroups: [],
    });
  });

  it('imports a variable price off sale at 0 with a warning, and names the columns it leaves', () => {
    const plan = planImport(
      table,
      { layout: 'loyverse' },
      { categories: [], items: [], dayparts: [], tags: [] },
      {
        mode: 'upsert_by_sku',
        newId: idSequence(),
        updatedAt: 1,
        defaultCategoryName: { zh: '未分类', en: 'Uncategorised' },
        variationGroupName: variations,
      },
    );
    const seafood = plan.preview.find((row) => row.name === '清蒸石斑')!;
    expect(seafood.action).toBe('create');
    expect(seafood.warnings).toEqual([
      { field: 'price', code: 'price_variable', params: { value: 'variable' } },
    ]);
    expect(plan.toCreate.find((item) => item.name.zh === '清蒸石斑')).toMatchObject({
      priceFen: 0,
      status: 'off_sale',
    });
    expect(plan.fileWarnings).toEqual([
      {
        code: 'columns_not_imported',
        params: {
          columns:
            'Sold by weight, Cost, SKU of included item, Quantity of included item, Track stock, In stock [Main St], Low stock [Main St], Available for sale [Airport], Price [Airport], In stock [Airport], Low stock [Airport], Tax - "VAT" (6%)',
        },
      },
    ]);
  });
  it('gives a modifier the spec group of that name the menu already has, and says so', () => {
    const menu = sampleMenu();
    const group = menu.items.flatMap((item) => item.specGroups)[0]!;
    const file = LOYVERSE_EXPORT_CSV.replace(
      'Modifier - "Toppings"',
      `Modifier - "${group.name.zh}"`,
    );
    const plan = planImport(parseCsv(file), { layout: 'loyverse' }, menu, {
      mode: 'upsert_by_sku',
      newId: idSequence(),
      updatedAt: 1,
      defaultCategoryName: { zh: '未分类', en: 'Uncategorised' },
      variationGroupName: variations,
    });
    const tea = plan.toCreate.find((item) => item.name.zh === '珍珠奶茶')!;
    expect(tea.variantOptions!.map((o) => o.name.zh)).toEqual(['杯型']);
    expect(tea.variants!.map((v) => v.sku)).toEqual(['10001', '10002']);
    expect(tea.specGroups.map((g) => g.name.zh)).toEqual([group.name.zh]);
    expect(plan.preview[0]!.warnings[0]).toEqual({
      field: 'specGroups',
      code: 'modifier_from_menu',
      params: { name: group.name.zh },
    });
  });
});
