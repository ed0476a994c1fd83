/**
 * The item form's values and the item they make. Prices are typed in yuan and kept as text until
 * saved, so "12.345" can be refused at its field instead of rounded. Problems come back addressed
 * to form fields (the domain's paths, with a name's `zh`/`en` as the form's `nameZh`/`nameEn`).
 */
import { buildCodeIndex, findCodeConflicts } from '@domain/menu/codes';
import type { FieldProblem } from '@domain/menu/problems';
import { validateSpecGroups } from '@domain/menu/specs';
import type { ItemStatus, MenuItem, SpecGroup } from '@domain/menu/schema';
import { fromPriceFen } from '@domain/menu/variants';
import { fenToYuanInput, parseYuanToFen, type MoneyParseError } from '@domain/money';
import { itemPriceRange, type PriceRange } from '../variant-price';
import {
  variantFieldProblems,
  variantFormValues,
  variantOptionsFromForm,
  variantsFromForm,
  type VariantDraft,
} from './variant-values';

export type FormStatus = ItemStatus | 'sold_out';

export interface SpecOptionValues {
  id: string;
  nameZh: string;
  nameEn: string;
  priceDelta: string;
}

export interface SpecGroupValues {
  id: string;
  nameZh: string;
  nameEn: string;
  selection: 'single' | 'multiple';
  required: boolean;
  min: number | null;
  max: number | null;
  options: SpecOptionValues[];
}

/** With variants (款式), `price` and `listPrice` are unused: each combination has its own. */
export interface ItemFormValues extends VariantDraft {
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  categoryId: string | undefined;
  price: string;
  listPrice: string;
  sku: string;
  barcode: string;
  status: FormStatus;
  tagIds: string[];
  dailyStock: number | null;
  daypartIds: string[];
  weekdays: number[];
  specGroups: SpecGroupValues[];
}

const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function groupValues(group: SpecGroup): SpecGroupValues {
  return {
    id: group.id,
    nameZh: group.name.zh,
    nameEn: text(group.name.en),
    selection: group.selection,
    required: group.required,
    min: group.min,
    max: group.max,
    options: group.options.map((option) => ({
      id: option.id,
      nameZh: option.name.zh,
      nameEn: text(option.name.en),
      priceDelta: fenToYuanInput(option.priceDeltaFen),
    })),
  };
}

/** The form's starting values: the item's, or an empty item in the chosen category. */
export function itemFormValues(
  item: MenuItem | undefined,
  options: { categoryId?: string; businessDate: string },
): ItemFormValues {
  return {
    nameZh: text(item?.name.zh),
    nameEn: text(item?.name.en),
    descriptionZh: text(item?.description.zh),
    descriptionEn: text(item?.description.en),
    categoryId: item?.categoryId ?? options.categoryId,
    price: item ? fenToYuanInput(item.priceFen) : '',
    listPrice: item?.listPriceFen != null ? fenToYuanInput(item.listPriceFen) : '',
    sku: text(item?.sku),
    barcode: text(item?.barcode),
    status:
      item?.status === 'on_sale' && item.soldOutBusinessDate === options.businessDate
        ? 'sold_out'
        : (item?.status ?? 'on_sale'),
    tagIds: item?.tags ?? [],
    dailyStock: item?.dailyStock ?? null,
    daypartIds: item?.availability?.daypartIds ?? [],
    weekdays: item?.availability?.weekdays ?? [],
    specGroups: (item?.specGroups ?? []).map(groupValues),
    ...variantFormValues(item),
  };
}

/** A price delta as fen; an unreadable one counts as 0 here (its own field says what is wrong). */
function deltaFen(value: string): number {
  const parsed = parseYuanToFen(value.trim() === '' ? '0' : value, { allowNegative: true });
  return parsed.ok ? parsed.fen : 0;
}

/**
 * Spec groups as stored. A single-choice group's picks follow from "required" (exactly one, or
 * none or one), so the form only asks min and max of a multiple-choice group.
 */
export function specGroupsOf(values: readonly SpecGroupValues[] | undefined): SpecGroup[] {
  return (values ?? []).map((group) => {
    const single = group.selection === 'single';
    return {
      id: group.id,
      name: { zh: group.nameZh ?? '', en: orNull(group.nameEn) },
      selection: group.selection,
      required: group.required,
      min: single ? (group.required ? 1 : 0) : (group.min ?? 0),
      max: single ? 1 : (group.max ?? 1),
      options: (group.options ?? []).map((option) => ({
        id: option.id,
        name: { zh: option.nameZh ?? '', en: orNull(option.nameEn) },
        priceDeltaFen: deltaFen(option.priceDelta ?? ''),
      })),
    };
  });
}

/** Domain paths name `name`; the form's fields are `nameZh` and `nameEn`. */
export function toFormPath(path: readonly (string | number)[]): (string | number)[] {
  return path.at(-1) === 'name' ? [...path.slice(0, -1), 'nameZh'] : [...path];
}

/** A spec group's min/max for a single-choice group are derived, so its problems show on "required". */
function specProblems(groups: SpecGroup[], basePriceFen: number | undefined): FieldProblem[] {
  return validateSpecGroups(groups, { basePriceFen }).map((problem) => {
    const [, index, field] = problem.path;
    const single = typeof index === 'number' && groups[index]?.selection === 'single';
    if (single && (field === 'min' || field === 'max')) {
      return { ...problem, path: ['specGroups', index, 'required'] };
    }
    return { ...problem, path: toFormPath(problem.path) };
  });
}

/** Problems of the spec groups as they stand, for showing at their fields while the shop types. */
export function specGroupProblems(values: Partial<ItemFormValues>): FieldProblem[] {
  return specProblems(specGroupsOf(values.specGroups), basePriceFen(values) ?? undefined);
}

/**
 * The price spec choices are added to: the item's, or with variants the cheapest combination on
 * sale. null while a price cannot be read.
 */
export function basePriceFen(values: Partial<ItemFormValues>): number | null {
  if ((values.variantOptions ?? []).length === 0) {
    const base = parseYuanToFen(values.price ?? '');
    return base.ok ? base.fen : null;
  }
  const typed = values.variants ?? [];
  if (typed.some((variant) => !parseYuanToFen(variant.price ?? '').ok)) return null;
  return fromPriceFen(variantsFromForm(typed));
}

/** The form's "¥99.00 – ¥109.00": the item's price or its variants', plus the spec choices. */
export function formPriceRange(values: Partial<ItemFormValues>): PriceRange | null {
  const baseFen = basePriceFen(values);
  if (baseFen === null) return null;
  const withVariants = (values.variantOptions ?? []).length > 0;
  return itemPriceRange({
    priceFen: baseFen,
    specGroups: specGroupsOf(values.specGroups),
    variants: withVariants ? variantsFromForm(values.variants) : [],
  });
}

export type MoneyFieldError = MoneyParseError;

/** Reads a yuan field; `optional` lets an empty field mean "none". */
export function readYuan(
  value: string | undefined,
  options: { optional?: boolean; allowNegative?: boolean } = {},
): { ok: true; fen: number | null } | { ok: false; error: MoneyFieldError } {
  if (options.optional && !value?.trim()) return { ok: true, fen: null };
  const parsed = parseYuanToFen(value ?? '', { allowNegative: options.allowNegative });
  return parsed.ok ? { ok: true, fen: parsed.fen } : parsed;
}

export interface ItemContext {
  id: string;
  sortKey: string;
  businessDate: string;
  now: number;
  before: MenuItem | undefined;
  /** Every item of the shop, for SKU and barcode uniqueness (its variants' codes too). */
  items: readonly (Pick<MenuItem, 'id' | 'sku' | 'barcode'> &
    Partial<Pick<MenuItem, 'variants'>>)[];
  photoIds: string[];
}

export type ItemFromForm = { ok: true; item: MenuItem } | { ok: false; problems: FieldProblem[] };

function soldOutDate(values: ItemFormValues, context: ItemContext): string | null {
  if (values.status === 'sold_out') return context.businessDate;
  // Leaving "sold out" untouched keeps an older mark as it was (it no longer applies anyway).
  const previous = context.before?.soldOutBusinessDate ?? null;
  return previous === context.businessDate ? null : previous;
}

function moneyProblems(values: ItemFormValues, withVariants: boolean) {
  // With variants the item's own price fields are not shown: the combinations' prices count.
  const price = readYuan(withVariants ? '0' : values.price);
  const listPrice = readYuan(withVariants ? '' : values.listPrice, { optional: true });
  const problems: FieldProblem[] = [];
  if (!price.ok) problems.push({ path: ['price'], code: `money.${price.error}` });
  if (!listPrice.ok) problems.push({ path: ['listPrice'], code: `money.${listPrice.error}` });
  values.specGroups.forEach((group, g) =>
    group.options.forEach((option, o) => {
      const delta = readYuan(option.priceDelta, { optional: true, allowNegative: true });
      if (!delta.ok)
        problems.push({
          path: ['specGroups', g, 'options', o, 'priceDelta'],
          code: `money.${delta.error}`,
        });
    }),
  );
  return {
    problems,
    priceFen: price.ok ? (price.fen ?? 0) : 0,
    listPriceFen: listPrice.ok ? listPrice.fen : null,
  };
}

/**
 * The item's variants as stored. An item without variants, stored before they existed, stays
 * without the fields (so an unchanged item saves as no change); one that had them gets empty lists.
 */
function variantFields(values: ItemFormValues, before: MenuItem | undefined) {
  const variantOptions = variantOptionsFromForm(values.variantOptions);
  const variants = variantsFromForm(values.variants);
  const had = before?.variantOptions !== undefined || before?.variants !== undefined;
  if (variantOptions.length === 0 && variants.length === 0 && !had) return {};
  return { variantOptions, variants };
}

/** The item the form describes, or every problem with it, each at its field. */
export function itemFromForm(values: ItemFormValues, context: ItemContext): ItemFromForm {
  const withVariants = (values.variantOptions ?? []).length > 0;
  const money = moneyProblems(values, withVariants);
  const specGroups = specGroupsOf(values.specGroups);
  const variants = variantFields(values, context.before);
  // "From ¥99": the cheapest combination on sale is the item's price.
  const priceFen = withVariants ? (fromPriceFen(variants.variants ?? []) ?? 0) : money.priceFen;
  const item: MenuItem = {
    id: context.id,
    categoryId: values.categoryId ?? '',
    sortKey: context.sortKey,
    name: { zh: values.nameZh.trim(), en: orNull(values.nameEn) },
    description: { zh: orNull(values.descriptionZh), en: orNull(values.descriptionEn) },
    priceFen,
    listPriceFen: withVariants ? null : money.listPriceFen,
    photoIds: context.photoIds,
    tags: values.tagIds,
    sku: orNull(values.sku),
    barcode: orNull(values.barcode),
    status: values.status === 'off_sale' ? 'off_sale' : 'on_sale',
    soldOutBusinessDate: soldOutDate(values, context),
    dailyStock: values.dailyStock ?? null,
    specGroups,
    ...variants,
    availability:
      values.daypartIds.length || values.weekdays.length
        ? { daypartIds: values.daypartIds, weekdays: [...values.weekdays].sort() }
        : null,
    updatedAt: context.now,
  };
  const problems: FieldProblem[] = [...money.problems];
  if (!item.name.zh) problems.push({ path: ['nameZh'], code: 'name_required' });
  if (!values.categoryId) problems.push({ path: ['categoryId'], code: 'category_required' });
  problems.push(...variantFieldProblems(values));
  if (money.problems.length === 0) problems.push(...specProblems(specGroups, priceFen));
  problems.push(...findCodeConflicts(buildCodeIndex(context.items), item));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, item };
}
