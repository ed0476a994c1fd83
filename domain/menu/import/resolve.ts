/**
 * Checks one imported item's texts and turns them into stored values (fen, ids of dayparts,
 * spec groups), collecting every problem with the field it belongs to. Nothing here looks at
 * which existing item the row will update; plan.ts does that.
 */
import { parseYuanToFen } from '../../money';
import {
  barcodeSchema,
  MAX_VARIANTS,
  skuSchema,
  type SpecGroup,
  type Variant,
  type VariantOption,
} from '../schema';
import { validateSpecGroups } from '../specs';
import { fromPriceFen, validateVariants } from '../variants';
import { importPriceText } from '../csv/variations';
import type {
  DraftSpecGroup,
  DraftVariant,
  DraftVariantOption,
  ImportDraft,
  ImportField,
  ImportProblem,
  ImportProblemCode,
} from './draft';

/** The values of a row; undefined = not in the file (an update keeps what the item has). */
export interface ResolvedDraft {
  itemId?: string;
  nameZh: string;
  nameEn?: string | null;
  descriptionZh?: string | null;
  descriptionEn?: string | null;
  category?: { zh: string; en?: string | null; hidden?: boolean };
  priceFen: number;
  /** The file has no fixed price: a new item comes in off sale at 0, an existing one keeps its price. */
  priceVariable?: boolean;
  listPriceFen?: number | null;
  sku?: string | null;
  barcode?: string | null;
  tagNames?: string[];
  status?: 'on_sale' | 'off_sale';
  dailyStock?: number | null;
  daypartIds?: string[];
  weekdays?: number[];
  /** Spec groups with empty ids; plan.ts gives them the ids of matching groups, or new ones. */
  specGroups?: SpecGroup[];
  /** Dimensions with empty ids, and variants naming their values; build-item.ts gives the ids. */
  variantOptions?: VariantOption[];
  variants?: ResolvedVariant[];
  /** The file's line of each variant, where the layout has one a variation (not part of the item). */
  variantLines?: (number | undefined)[];
}

/** A variant before it has ids: its values by name, one per dimension. */
export type ResolvedVariant = Omit<Variant, 'id' | 'valueIds'> & { values: string[] };

const MAX_NAME = 80;
const MAX_TEXT = 2000;
const MAX_TAGS = 20;
const MAX_SPEC_GROUPS = 20;
const MAX_OPTIONS = 50;

const ON_SALE = ['on_sale', '上架', '在售', '销售中', 'active', 'true', 'yes', 'y', '1'];
const OFF_SALE = [
  'off_sale',
  '下架',
  '停售',
  '已下架',
  'draft',
  'archived',
  'false',
  'no',
  'n',
  '0',
];

type Problems = ImportProblem[];

/** Problems that skip the row (errors) and fields left out with a word why (warnings). */
interface Found {
  errors: Problems;
  warnings: Problems;
}

/** The offending text as the message quotes it: long enough to recognise, never a whole page. */
export function quoted(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}

/** Excel turns a long number typed in a cell into "3.65275E+11": the digits are gone. */
const SCIENTIFIC = /^[+-]?\d+(\.\d+)?E[+-]?\d+$/i;

/** An optional field that cannot be read is left out (empty, or as the item has it), with a warning. */
function leaveOut(
  found: Found,
  field: ImportField,
  code: ImportProblemCode,
  value: string,
  params: Record<string, number> = {},
) {
  found.warnings.push({ field, code, params: { ...params, value: quoted(value) } });
  return undefined;
}

function text(value: string | undefined, field: ImportField, max: number, found: Found) {
  if (value === undefined) return undefined;
  if (value.length > max) return leaveOut(found, field, 'text_too_long', value, { max });
  return value === '' ? null : value;
}

/** An amount marked as another currency is read as the same number of yuan, and said so. */
function warnForeign(found: Found, field: ImportField, value: string) {
  const { currency } = importPriceText(value);
  if (currency && currency !== 'CNY') {
    found.warnings.push({
      field,
      code: 'price_foreign_currency',
      params: { text: quoted(value), currency },
    });
  }
}

function listPrice(value: string | undefined, found: Found): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === '') return null;
  const parsed = parseYuanToFen(importPriceText(value).amount);
  if (!parsed.ok) return leaveOut(found, 'listPrice', parsed.error, value);
  warnForeign(found, 'listPrice', value);
  return parsed.fen;
}

/** Priced at the till ("variable" in Loyverse and Square, 时价 on a seafood menu). */
const VARIABLE_PRICE = /^(variable|variable price|open price|时价|可变价格?|现价议)$/i;

function price(value: string, found: Found): number {
  if (VARIABLE_PRICE.test(value)) {
    leaveOut(found, 'price', 'price_variable', value);
    return 0;
  }
  const parsed = parseYuanToFen(importPriceText(value).amount);
  if (parsed.ok) {
    warnForeign(found, 'price', value);
    return parsed.fen;
  }
  found.errors.push({ field: 'price', code: parsed.error, params: { value: quoted(value) } });
  return 0;
}

function sku(value: string | undefined, found: Found): string | null | undefined {
  if (value === undefined || value === '') return value === '' ? null : undefined;
  // The SKU says which item a row updates: a row whose SKU cannot be read is not guessed at.
  if (SCIENTIFIC.test(value) || !skuSchema.safeParse(value).success) {
    const code = SCIENTIFIC.test(value) ? 'code_scientific' : 'sku_invalid';
    found.errors.push({ field: 'sku', code, params: { value: quoted(value) } });
  }
  return value;
}

function barcode(value: string | undefined, found: Found): string | null | undefined {
  if (value === undefined || value === '') return value === '' ? null : undefined;
  if (SCIENTIFIC.test(value)) return leaveOut(found, 'barcode', 'code_scientific', value);
  if (!barcodeSchema.safeParse(value).success)
    return leaveOut(found, 'barcode', 'barcode_invalid', value);
  return value;
}

function status(value: string | undefined, found: Found): 'on_sale' | 'off_sale' | undefined {
  if (value === undefined || value === '') return undefined;
  const word = value.toLowerCase();
  if (ON_SALE.includes(word)) return 'on_sale';
  if (OFF_SALE.includes(word)) return 'off_sale';
  return leaveOut(found, 'status', 'status_invalid', value);
}

function dailyStock(value: string | undefined, found: Found): number | null | undefined {
  if (value === undefined || value === '') return value === '' ? null : undefined;
  if (/^\d{1,7}$/.test(value) && Number(value) <= 1_000_000) return Number(value);
  return leaveOut(found, 'dailyStock', 'daily_stock_invalid', value);
}

function weekdays(value: string | undefined, found: Found): number[] | undefined {
  if (value === undefined) return undefined;
  const parts = value.split(/[|,，、\s]+/).filter(Boolean);
  if (parts.every((p) => /^[1-7]$/.test(p)))
    return [...new Set(parts.map(Number))].sort((a, b) => a - b);
  return leaveOut(found, 'weekdays', 'weekdays_invalid', value);
}

function tagNames(names: string[] | undefined, found: Found): string[] | undefined {
  if (names === undefined || names.length <= MAX_TAGS) return names;
  leaveOut(found, 'tags', 'too_many_tags', names.slice(MAX_TAGS).join('、'));
  return names.slice(0, MAX_TAGS);
}

function daypartIds(
  names: string[] | undefined,
  daypartsByName: ReadonlyMap<string, string>,
  found: Found,
) {
  if (names === undefined) return undefined;
  const ids: string[] = [];
  for (const name of names) {
    const id = daypartsByName.get(name.toLowerCase());
    if (id) ids.push(id);
    else leaveOut(found, 'dayparts', 'unknown_daypart', name);
  }
  return ids;
}

function specGroups(
  drafts: DraftSpecGroup[] | undefined,
  basePriceFen: number,
  problems: Problems,
) {
  if (drafts === undefined) return undefined;
  if (drafts.length > MAX_SPEC_GROUPS || drafts.some((g) => g.options.length > MAX_OPTIONS)) {
    problems.push({ field: 'specGroups', code: 'too_many_options' });
    return undefined;
  }
  const before = problems.length;
  const groups: SpecGroup[] = drafts.map((g, groupIndex) => ({
    id: '',
    name: { zh: g.name, en: g.nameEn || null },
    selection: g.selection,
    required: g.required,
    min: g.min,
    max: g.max,
    options: g.options.map((o) => {
      const delta = parseYuanToFen(o.delta, { allowNegative: true });
      if (!delta.ok)
        problems.push({
          field: 'specGroups',
          code: delta.error,
          params: { group: groupIndex + 1 },
        });
      return {
        id: '',
        name: { zh: o.name, en: o.nameEn || null },
        priceDeltaFen: delta.ok ? delta.fen : 0,
      };
    }),
  }));
  const badPicks = (g: SpecGroup) =>
    !Number.isInteger(g.min) ||
    !Number.isInteger(g.max) ||
    g.min < 0 ||
    g.max < 1 ||
    g.max > MAX_OPTIONS;
  if (groups.some((g) => !g.name.zh || g.options.some((o) => !o.name.zh) || badPicks(g))) {
    problems.push({ field: 'specGroups', code: 'specs_invalid' });
  }
  if (problems.length > before) return undefined;
  for (const problem of validateSpecGroups(groups, { basePriceFen })) {
    const group = typeof problem.path[1] === 'number' ? problem.path[1] + 1 : 0;
    problems.push({ field: 'specGroups', code: problem.code, params: { group } });
  }
  return groups;
}

const MAX_DIMENSIONS = 3;

function variantPrice(variant: DraftVariant, found: Found): number | null {
  const at: Record<string, number> = variant.line === undefined ? {} : { at: variant.line };
  if (VARIABLE_PRICE.test(variant.price)) {
    leaveOut(found, 'variants', 'price_variable', variant.price, at);
    return 0;
  }
  const parsed = parseYuanToFen(importPriceText(variant.price).amount);
  if (parsed.ok) return parsed.fen;
  found.errors.push({
    field: 'variants',
    code: parsed.error,
    params: { ...at, value: quoted(variant.price) },
  });
  return null;
}

/** A variant's optional code: one that cannot be read is left empty, with a word why. */
function variantCode(
  value: string | undefined,
  kind: 'sku' | 'barcode',
  line: number | undefined,
  found: Found,
): string | null {
  if (!value) return null;
  const at: Record<string, number> = line === undefined ? {} : { at: line };
  if (SCIENTIFIC.test(value))
    return leaveOut(found, 'variants', 'code_scientific', value, at) ?? null;
  const schema = kind === 'sku' ? skuSchema : barcodeSchema;
  if (!schema.safeParse(value).success) {
    return leaveOut(found, 'variants', `${kind}_invalid`, value, at) ?? null;
  }
  return value;
}

function variantOptions(drafts: DraftVariantOption[], problems: Problems): VariantOption[] | null {
  const tooLong = (name: string | undefined) => (name?.length ?? 0) > MAX_NAME;
  if (
    drafts.some(
      (o) =>
        !o.name.trim() ||
        tooLong(o.name) ||
        tooLong(o.nameEn) ||
        o.values.some((v) => !v.name.trim() || tooLong(v.name) || tooLong(v.nameEn)),
    )
  ) {
    problems.push({ field: 'variants', code: 'variants_invalid' });
    return null;
  }
  return drafts.map((o) => ({
    id: '',
    name: { zh: o.name.trim(), en: o.nameEn?.trim() || null },
    values: o.values.map((v) => ({
      id: '',
      name: { zh: v.name.trim(), en: v.nameEn?.trim() || null },
    })),
  }));
}

/**
 * The variants of a row, each price and code read like the item's: a price that cannot be read
 * skips the row (a variant without a price cannot be sold), an unreadable code or list price is
 * left empty with a warning. Nothing the file says about a variant is dropped without one.
 */
function variants(
  draft: ImportDraft,
  found: Found,
):
  | { options: VariantOption[]; variants: ResolvedVariant[]; lines: (number | undefined)[] }
  | undefined {
  if (draft.variantOptions === undefined && draft.variants === undefined) return undefined;
  const optionDrafts = draft.variantOptions ?? [];
  const variantDrafts = draft.variants ?? [];
  const problems = found.errors;
  if (
    optionDrafts.length > MAX_DIMENSIONS ||
    optionDrafts.some((o) => o.values.length > 50) ||
    variantDrafts.length > MAX_VARIANTS
  ) {
    problems.push({ field: 'variants', code: 'too_many_options' });
    return undefined;
  }
  const options = variantOptions(optionDrafts, problems);
  if (!options) return undefined;
  const known = options.map((o) => new Set(o.values.map((v) => v.name.zh.toLowerCase())));
  const resolved: ResolvedVariant[] = [];
  const lines: (number | undefined)[] = [];
  for (const variant of variantDrafts) {
    const at: Record<string, number> = variant.line === undefined ? {} : { at: variant.line };
    const values = variant.values.map((v) => v.trim());
    if (
      values.length !== options.length ||
      values.some((v, d) => !known[d]!.has(v.toLowerCase()))
    ) {
      problems.push({ field: 'variants', code: 'variant_values_invalid', params: at });
      continue;
    }
    const priceFen = variantPrice(variant, found);
    if (priceFen === null) continue;
    const listPriceFen = variant.listPrice ? listPrice(variant.listPrice, found) : null;
    const variable = VARIABLE_PRICE.test(variant.price);
    lines.push(variant.line);
    resolved.push({
      values,
      priceFen,
      listPriceFen: listPriceFen ?? null,
      sku: variantCode(variant.sku, 'sku', variant.line, found),
      barcode: variantCode(variant.barcode, 'barcode', variant.line, found),
      // A variant priced at the till is not sold until the shop prices it.
      status: variable ? 'off_sale' : (status(variant.status, found) ?? 'on_sale'),
    });
  }
  // The shape's rules (a combination twice, dimensions without variants), on names for ids.
  const byName = options.map((o) => ({
    ...o,
    id: o.name.zh,
    values: o.values.map((v) => ({ ...v, id: v.name.zh.toLowerCase() })),
  }));
  const check = validateVariants({
    variantOptions: byName,
    variants: resolved.map((v, i) => ({
      ...v,
      id: String(i),
      valueIds: v.values.map((value) => value.toLowerCase()),
    })),
  });
  for (const problem of check) {
    const index = problem.path[0] === 'variants' ? problem.path[1] : undefined;
    const line = typeof index === 'number' ? variantDrafts[index]?.line : undefined;
    problems.push({
      field: 'variants',
      code: problem.code,
      params: line === undefined ? {} : { at: line },
    });
  }
  return { options, variants: resolved, lines };
}

export interface ResolveContext {
  /** Daypart ids by lower-case zh or en name. */
  daypartsByName: ReadonlyMap<string, string>;
}

export function resolveDraft(
  draft: ImportDraft,
  context: ResolveContext,
): { value: ResolvedDraft; problems: ImportProblem[]; warnings: ImportProblem[] } {
  const found: Found = { errors: [...draft.problems], warnings: [...(draft.warnings ?? [])] };
  const problems = found.errors;
  if (!draft.name) problems.push({ field: 'name', code: 'name_missing' });
  if (draft.name.length > MAX_NAME)
    problems.push({ field: 'name', code: 'text_too_long', params: { max: MAX_NAME } });
  const priceFen = price(draft.price, found);
  const category = text(draft.category, 'category', MAX_NAME, found);
  const value: ResolvedDraft = {
    itemId: draft.itemId,
    nameZh: draft.name,
    nameEn: text(draft.nameEn, 'nameEn', MAX_NAME, found),
    descriptionZh: text(draft.description, 'description', MAX_TEXT, found),
    descriptionEn: text(draft.descriptionEn, 'descriptionEn', MAX_TEXT, found),
    category: category
      ? { zh: category, en: draft.categoryEn || null, hidden: draft.categoryHidden }
      : undefined,
    priceFen,
    priceVariable: VARIABLE_PRICE.test(draft.price) || undefined,
    listPriceFen: listPrice(draft.listPrice, found),
    sku: sku(draft.sku, found),
    barcode: barcode(draft.barcode, found),
    tagNames: tagNames(draft.tags, found),
    status: status(draft.status, found),
    dailyStock: dailyStock(draft.dailyStock, found),
    daypartIds: daypartIds(draft.dayparts, context.daypartsByName, found),
    weekdays: weekdays(draft.weekdays, found),
    specGroups: undefined,
  };
  const read = variants(draft, found);
  if (read) {
    value.variantOptions = read.options;
    value.variants = read.variants;
    value.variantLines = read.lines;
    // The item is priced from its cheapest variant, whatever the price column says.
    value.priceFen = fromPriceFen(read.variants) ?? value.priceFen;
    value.priceVariable = read.variants.length === 0 ? value.priceVariable : undefined;
  }
  // Spec choices are priced on top of the cheapest variant (or the item's price).
  value.specGroups = specGroups(draft.specGroups, value.priceFen, problems);
  return { value, problems, warnings: found.warnings };
}
