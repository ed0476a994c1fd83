/**
 * A Chinese shop's menu kept as one row per spec (分类, 菜名, 规格, 价格), saved by Excel on
 * Chinese Windows (GBK, CRLF): the rows of one dish become one item — its specs a spec group,
 * or, when each row carries its own code, variants that keep every code.
 */
import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../fixtures/gbk';
import { idSequence } from '../fixtures/menu';
import { planImport } from '../import/read';
import { decodeCsvBytes } from '../../csv/decode';
import { readMappedRows, suggestMapping } from './mapping';
import { parseCsv } from '../../csv/parse';

const SPEC_ROWS_CSV = [
  '分类,菜名,规格,价格,编码',
  '面食,牛肉面,小碗,18,NRM-S',
  '面食,牛肉面,大碗,22,NRM-L',
  '饮品,酸梅汤,,6,SMT',
  '面食,牛肉面,加量,26,NRM-XL',
  '饮品,豆浆,大杯,5,',
].join('\r\n');

const table = parseCsv(decodeCsvBytes(encodeGbk(SPEC_ROWS_CSV)).text);
const mapping = suggestMapping(table.headers);

describe('a sheet with one row per spec', () => {
  it('finds the spec column by its header', () => {
    expect(mapping).toMatchObject({ category: 0, name: 1, spec: 2, price: 3, sku: 4 });
  });

  it('groups the rows of one dish into one item whose coded specs are variants', () => {
    const [noodles, plum, soy] = readMappedRows(table, mapping);
    expect(noodles).toMatchObject({ lines: [2, 3, 5], name: '牛肉面', price: '18.00', sku: '' });
    expect(noodles!.variantOptions).toEqual([
      { name: '规格', values: [{ name: '小碗' }, { name: '大碗' }, { name: '加量' }] },
    ]);
    expect(noodles!.variants!.map((v) => [v.values[0], v.price, v.sku])).toEqual([
      ['小碗', '18', 'NRM-S'],
      ['大碗', '22', 'NRM-L'],
      ['加量', '26', 'NRM-XL'],
    ]);
    expect(plum).toMatchObject({ name: '酸梅汤', price: '6', sku: 'SMT' });
    expect(plum!.specGroups).toBeUndefined();
    expect(soy!.specGroups![0]!.options).toEqual([{ name: '大杯', delta: '0' }]);
  });

  it('makes specs without codes a required choice, a spec group', () => {
    const sheet = parseCsv('分类,菜名,规格,价格\n面食,牛肉面,小碗,18\n面食,牛肉面,大碗,22\n');
    const [noodles] = readMappedRows(sheet, suggestMapping(sheet.headers));
    expect(noodles!.variants).toBeUndefined();
    expect(noodles!.specGroups).toEqual([
      expect.objectContaining({
        name: '规格',
        required: true,
        options: [
          { name: '小碗', delta: '0.00' },
          { name: '大碗', delta: '4.00' },
        ],
      }),
    ]);
  });

  it('plans one item per dish, not duplicates, keeping every code', () => {
    const plan = planImport(
      table,
      { mapping },
      { categories: [], items: [], dayparts: [], tags: [] },
      {
        mode: 'upsert_by_sku',
        newId: idSequence(),
        updatedAt: 1,
        defaultCategoryName: { zh: '未分类', en: 'Uncategorised' },
        variationGroupName: { zh: '规格', en: 'Options' },
      },
    );
    expect(
      plan.toCreate.map((item) => [
        item.name.zh,
        item.priceFen,
        item.specGroups.length,
        (item.variants ?? []).map((v) => `${v.sku}:${v.priceFen}`).join(' '),
      ]),
    ).toEqual([
      ['牛肉面', 1800, 0, 'NRM-S:1800 NRM-L:2200 NRM-XL:2600'],
      ['酸梅汤', 600, 0, ''],
      ['豆浆', 500, 1, ''],
    ]);
    expect(plan.preview.flatMap((row) => row.warnings)).toEqual([]);
  });

  it('skips a dish with a clear reason when one of its rows has no spec', () => {
    const sheet = parseCsv('分类,菜名,规格,价格\n面食,牛肉面,小碗,18\n面食,牛肉面,,22\n');
    const [noodles] = readMappedRows(sheet, suggestMapping(sheet.headers));
    expect(noodles!.lines).toEqual([2, 3]);
    expect(noodles!.problems).toEqual([
      { field: 'specGroups', code: 'spec_missing', params: { line: 3 } },
    ]);
  });
});
