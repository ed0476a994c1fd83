/**
 * The console's own CSV: one row per item, every field the import can set, so export → import
 * gives back the same menu. Lists inside a cell are joined with '|'; spec groups and variants are
 * JSON with yuan amounts (variants name their values, so a spreadsheet edit stays readable).
 * Category order and item order are the row order.
 */
import { fenToYuanInput } from '../../money';
import { compareSortKeys } from '../sort-key';
import type {
  DraftSpecGroup,
  DraftVariant,
  DraftVariantOption,
  ImportDraft,
} from '../import/draft';
import type { Category, Menu, MenuItem, SpecGroup } from '../schema';
import { variantOptionsOf, variantsOf, variantValueNames } from '../variants';
import { CONSOLE_HEADERS, cell, columnOf, type ConsoleColumn } from './layouts';
import type { CsvTable } from '../../csv/parse';
import { encodeCsvText } from '../../csv/decode';

const LIST_SEPARATOR = '|';

/** Quotes a field when it holds a delimiter, quote or line break (RFC 4180); '=' and friends too. */
export function csvField(value: string): string {
  // A leading = + - @ makes a spreadsheet run the cell as a formula; a quote-wrapped tab stops it.
  const safe = /^[=+\-@]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `\t${value}` : value;
  return /[",\r\n\t]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function specGroupsJson(groups: readonly SpecGroup[]): string {
  if (groups.length === 0) return '';
  const plain = groups.map((g) => ({
    name: g.name.zh,
    name_en: g.name.en ?? undefined,
    selection: g.selection,
    required: g.required,
    min: g.min,
    max: g.max,
    options: g.options.map((o) => ({
      name: o.name.zh,
      name_en: o.name.en ?? undefined,
      delta: fenToYuanInput(o.priceDeltaFen),
    })),
  }));
  return JSON.stringify(plain);
}

const yuanOrEmpty = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? '' : fenToYuanInput(fen);

function variantsJson(item: MenuItem): string {
  const options = variantOptionsOf(item);
  const variants = variantsOf(item);
  if (options.length === 0 && variants.length === 0) return '';
  return JSON.stringify({
    options: options.map((o) => ({
      name: o.name.zh,
      name_en: o.name.en ?? undefined,
      values: o.values.map((v) => ({ name: v.name.zh, name_en: v.name.en ?? undefined })),
    })),
    variants: variants.map((v) => ({
      values: variantValueNames(options, v).map((name) => name?.zh ?? ''),
      price: fenToYuanInput(v.priceFen),
      list_price: yuanOrEmpty(v.listPriceFen) || undefined,
      sku: v.sku ?? undefined,
      barcode: v.barcode ?? undefined,
      status: v.status,
    })),
  });
}

function rowOf(
  item: MenuItem,
  category: Category | undefined,
  menu: Menu,
): Record<ConsoleColumn, string> {
  const tagNames = new Map(menu.tags.map((t) => [t.id, t.name.zh]));
  const daypartNames = new Map(menu.dayparts.map((d) => [d.id, d.name.zh]));
  const names = (ids: readonly string[], byId: Map<string, string>) =>
    ids.flatMap((id) => byId.get(id) ?? []).join(LIST_SEPARATOR);
  return {
    item_id: item.id,
    category: category?.name.zh ?? '',
    category_en: category?.name.en ?? '',
    category_hidden: category?.hidden ? 'yes' : '',
    name: item.name.zh,
    name_en: item.name.en ?? '',
    description: item.description.zh ?? '',
    description_en: item.description.en ?? '',
    price: fenToYuanInput(item.priceFen),
    list_price: yuanOrEmpty(item.listPriceFen),
    sku: item.sku ?? '',
    barcode: item.barcode ?? '',
    status: item.status,
    tags: names(item.tags, tagNames),
    daily_stock:
      item.dailyStock === null || item.dailyStock === undefined ? '' : String(item.dailyStock),
    dayparts: names(item.availability?.daypartIds ?? [], daypartNames),
    weekdays: (item.availability?.weekdays ?? []).join(LIST_SEPARATOR),
    spec_groups: specGroupsJson(item.specGroups),
    variants: variantsJson(item),
  };
}

/** The menu as the console's CSV text (CRLF line ends, as Excel writes), categories then items in order. */
export function exportMenuCsv(menu: Menu, options: { bom: boolean }): string {
  const bySortKey = (a: { sortKey: string }, b: { sortKey: string }) =>
    compareSortKeys(a.sortKey, b.sortKey);
  const categories = [...menu.categories].sort(bySortKey);
  const rank = new Map(categories.map((c, i) => [c.id, i]));
  const items = [...menu.items].sort(
    (a, b) =>
      (rank.get(a.categoryId) ?? Infinity) - (rank.get(b.categoryId) ?? Infinity) ||
      bySortKey(a, b),
  );
  const byId = new Map(categories.map((c) => [c.id, c]));
  const lines = [CONSOLE_HEADERS.join(',')];
  for (const item of items) {
    const row = rowOf(item, byId.get(item.categoryId), menu);
    lines.push(CONSOLE_HEADERS.map((column) => csvField(row[column])).join(','));
  }
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

/** The export as file bytes (UTF-8, with a BOM when asked). */
export function exportMenuCsvBytes(menu: Menu, options: { bom: boolean }): Uint8Array {
  return encodeCsvText(exportMenuCsv(menu, { bom: false }), options);
}

const splitList = (text: string | undefined) =>
  text === undefined
    ? undefined
    : text
        .split(/[|、]/)
        .map((s) => s.trim())
        .filter(Boolean);

function readSpecGroups(
  text: string | undefined,
  draft: ImportDraft,
): DraftSpecGroup[] | undefined {
  if (text === undefined) return undefined;
  if (text === '') return [];
  try {
    const parsed = JSON.parse(text) as Record<string, unknown>[];
    if (!Array.isArray(parsed)) throw new TypeError('not a list');
    return parsed.map((g) => ({
      name: String(g.name ?? ''),
      nameEn: typeof g.name_en === 'string' ? g.name_en : undefined,
      selection: g.selection === 'multiple' ? 'multiple' : 'single',
      required: g.required === true,
      min: Number(g.min ?? 0),
      max: Number(g.max ?? 1),
      options: (Array.isArray(g.options) ? (g.options as Record<string, unknown>[]) : []).map(
        (o) => ({
          name: String(o.name ?? ''),
          nameEn: typeof o.name_en === 'string' ? o.name_en : undefined,
          delta: String(o.delta ?? '0'),
        }),
      ),
    }));
  } catch {
    draft.problems.push({ field: 'specGroups', code: 'specs_invalid' });
    return undefined;
  }
}

const optionalText = (value: unknown) => (typeof value === 'string' ? value : undefined);

function readVariants(
  text: string | undefined,
  draft: ImportDraft,
): { variantOptions: DraftVariantOption[]; variants: DraftVariant[] } | undefined {
  if (text === undefined) return undefined;
  if (text === '') return { variantOptions: [], variants: [] };
  try {
    const parsed = JSON.parse(text) as { options?: unknown; variants?: unknown };
    if (!Array.isArray(parsed.options) || !Array.isArray(parsed.variants))
      throw new TypeError('not variants');
    const named = (v: Record<string, unknown>) => ({
      name: String(v.name ?? ''),
      nameEn: optionalText(v.name_en),
    });
    return {
      variantOptions: (parsed.options as Record<string, unknown>[]).map((o) => ({
        ...named(o),
        values: (Array.isArray(o.values) ? (o.values as Record<string, unknown>[]) : []).map(named),
      })),
      variants: (parsed.variants as Record<string, unknown>[]).map((v) => ({
        values: Array.isArray(v.values) ? v.values.map(String) : [],
        price: String(v.price ?? ''),
        listPrice: optionalText(v.list_price),
        sku: optionalText(v.sku),
        barcode: optionalText(v.barcode),
        status: optionalText(v.status),
      })),
    };
  } catch {
    draft.problems.push({ field: 'variants', code: 'variants_invalid' });
    return undefined;
  }
}

/** Reads rows in the console's layout (columns found by name, so their order may change). */
export function readConsoleRows(table: CsvTable): ImportDraft[] {
  const at = Object.fromEntries(
    CONSOLE_HEADERS.map((h) => [h, columnOf(table.headers, [h])]),
  ) as Record<ConsoleColumn, number>;
  return table.rows.map(({ line, fields }) => {
    const get = (column: ConsoleColumn) => cell(fields, at[column]);
    const draft: ImportDraft = {
      lines: [line],
      itemId: get('item_id') || undefined,
      name: get('name') ?? '',
      nameEn: get('name_en'),
      description: get('description'),
      descriptionEn: get('description_en'),
      category: get('category'),
      categoryEn: get('category_en'),
      categoryHidden: at.category_hidden === -1 ? undefined : get('category_hidden') !== '',
      price: get('price') ?? '',
      listPrice: get('list_price'),
      sku: get('sku'),
      barcode: get('barcode'),
      tags: splitList(get('tags')),
      status: get('status'),
      dailyStock: get('daily_stock'),
      dayparts: splitList(get('dayparts')),
      weekdays: get('weekdays'),
      problems: [],
    };
    draft.specGroups = readSpecGroups(get('spec_groups'), draft);
    Object.assign(draft, readVariants(get('variants'), draft));
    return draft;
  });
}
