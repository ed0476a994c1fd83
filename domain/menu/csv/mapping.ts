/**
 * A spreadsheet in no known layout: the shop says which column holds what (the form starts from
 * suggestMapping, which knows the usual Chinese and English headers). One row is one item, unless
 * a spec column is mapped: then the rows of one dish (same name and category, one row per spec,
 * as Chinese shops keep 分类/菜名/规格/价格) become one item with a spec group.
 */
import type { ImportDraft } from '../import/draft';
import { plainDescription } from './html-text';
import type { LocalizedName } from '../schema';
import { cell, normalizeHeader } from './layouts';
import type { CsvTable } from '../../csv/parse';
import { applyVariations, groupRows } from './variations';

export const mappableFields = [
  'name',
  'spec',
  'nameEn',
  'category',
  'price',
  'listPrice',
  'sku',
  'barcode',
  'description',
  'descriptionEn',
  'tags',
  'status',
  'dailyStock',
] as const;
export type MappableField = (typeof mappableFields)[number];

/** Column index (in the file's headers) per field; a field left out is not imported. */
export type ColumnMapping = Partial<Record<MappableField, number>>;

/** Fields a mapping must have before anything can be imported. */
export const requiredMappedFields: readonly MappableField[] = ['name', 'price'];

const suggestions: Record<MappableField, string[]> = {
  name: [
    '名称',
    '商品名称',
    '菜品名称',
    '菜名',
    '品名',
    '商品名',
    'name',
    'item',
    'item name',
    'product',
    'title',
  ],
  spec: ['规格', '规格名', '规格名称', '份量', '尺寸', 'spec', 'size', 'variation', 'variant'],
  nameEn: ['英文名', '英文名称', 'name_en', 'english name', 'name (en)'],
  category: ['分类', '类别', '菜品分类', '商品分类', '品类', 'category', 'type'],
  price: ['价格', '售价', '单价', '现价', '销售价', 'price', 'unit price'],
  listPrice: ['原价', '划线价', '市场价', 'list price', 'compare at price', 'original price'],
  sku: ['sku', '编码', '商品编码', '货号', '编号', 'code'],
  barcode: ['条码', '条形码', 'barcode', 'gtin', 'upc', 'ean'],
  description: ['描述', '简介', '说明', '介绍', 'description'],
  descriptionEn: ['英文描述', 'description_en', 'english description'],
  tags: ['标签', 'tags', 'tag'],
  status: ['状态', '上架状态', 'status'],
  dailyStock: ['每日库存', '库存', '日库存', 'daily stock', 'stock'],
};

/** A first guess at the mapping from the headers; each column is used at most once. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const normalized = headers.map(normalizeHeader);
  for (const field of mappableFields) {
    const index = normalized.findIndex((h, i) => !used.has(i) && suggestions[field].includes(h));
    if (index !== -1) {
      mapping[field] = index;
      used.add(index);
    }
  }
  return mapping;
}

/** The required fields a mapping still lacks (the form says so before the preview). */
export function missingMappedFields(mapping: ColumnMapping): MappableField[] {
  return requiredMappedFields.filter((field) => mapping[field] === undefined);
}

type MappedRow = { line: number; get: (field: MappableField) => string | undefined };

function draftOf({ line, get }: MappedRow): ImportDraft {
  const tags = get('tags');
  return {
    lines: [line],
    name: get('name') ?? '',
    nameEn: get('nameEn'),
    description: plainDescription(get('description')),
    descriptionEn: plainDescription(get('descriptionEn')),
    category: get('category'),
    price: get('price') ?? '',
    listPrice: get('listPrice'),
    sku: get('sku'),
    barcode: get('barcode'),
    tags:
      tags === undefined
        ? undefined
        : tags
            .split(/[,，、|;；]/)
            .map((t) => t.trim())
            .filter(Boolean),
    status: get('status'),
    dailyStock: get('dailyStock'),
    problems: [],
  };
}

/**
 * One item from the rows of one dish: its specs a group named after the spec column, or, when
 * the rows carry their own SKUs or barcodes (stock units, as a shop selling sizes of a product
 * keeps them), variants of that one dimension, so no code is lost.
 */
function dishOf(rows: readonly MappedRow[], specGroup: LocalizedName): ImportDraft {
  const draft = draftOf(rows[0]!);
  const specName = specGroup.zh;
  const variations = rows.map(({ line, get }) => ({
    line,
    options: [{ name: specName, value: get('spec') ?? '' }],
    price: get('price') ?? '',
    listPrice: get('listPrice') || undefined,
    sku: get('sku') || undefined,
    barcode: get('barcode') || undefined,
  }));
  const onlySpec = rows.length === 1 ? rows[0]!.get('spec') : undefined;
  // Several rows of one dish need a spec each, or which price is the dish's cannot be told.
  const unnamed = rows.length > 1 ? variations.filter((v) => v.options[0]!.value === '') : [];
  for (const { line } of unnamed) {
    draft.problems.push({ field: 'specGroups', code: 'spec_missing', params: { line } });
  }
  const as = variations.some((v) => v.sku || v.barcode) ? 'variants' : 'specs';
  if (rows.length > 1 && unnamed.length === 0)
    applyVariations(draft, variations, specGroup, { as });
  else if (rows.length > 1) draft.lines = rows.map((row) => row.line);
  // A dish with one spec keeps its word ("大杯") as the one option of its group.
  else if (onlySpec) {
    const group = { selection: 'single', required: true, min: 1, max: 1 } as const;
    draft.specGroups = [{ ...group, name: specName, options: [{ name: onlySpec, delta: '0' }] }];
  }
  return draft;
}

/** The rows through the mapping; `specGroupName` names the spec group if the column has no header. */
export function readMappedRows(
  table: CsvTable,
  mapping: ColumnMapping,
  specGroupName: LocalizedName = { zh: '' },
): ImportDraft[] {
  const rows: MappedRow[] = table.rows.map(({ line, fields }) => ({
    line,
    get: (field) => {
      const index = mapping[field];
      return index === undefined ? undefined : cell(fields, index);
    },
  }));
  if (mapping.spec === undefined) return rows.map(draftOf);
  const header = table.headers[mapping.spec];
  const specGroup = header ? { zh: header } : specGroupName;
  const dishKey = ({ get }: MappedRow) =>
    `${(get('category') ?? '').toLowerCase()}\u0000${(get('name') ?? '').toLowerCase()}`;
  return groupRows(rows, dishKey).map((dish) => dishOf(dish, specGroup));
}
