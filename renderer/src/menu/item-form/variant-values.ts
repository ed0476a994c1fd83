/**
 * The item form's variants (款式): dimensions and their values as the shop types them, the
 * combinations with prices kept as text (so "99.999" is refused at its cell, not rounded), and
 * the variants they make. Problems come back addressed to the form's cells.
 */
import {
  barcodeSchema,
  type MenuItem,
  type Variant,
  type VariantOption,
} from '@domain/menu/schema';
import type { FieldProblem } from '@domain/menu/problems';
import { validateVariants, variantOptionsOf, variantsOf } from '@domain/menu/variants';
import { fenToYuanInput, parseYuanToFen } from '@domain/money';

export interface VariantValueNames {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** A dimension (颜色) and its values (红, 黑). */
export interface VariantOptionValues {
  id: string;
  nameZh: string;
  nameEn: string;
  values: VariantValueNames[];
}

/** One combination's row of the variants table. */
export interface VariantValues {
  id: string;
  valueIds: string[];
  price: string;
  listPrice: string;
  sku: string;
  barcode: string;
  onSale: boolean;
}

export interface VariantDraft {
  variantOptions: VariantOptionValues[];
  variants: VariantValues[];
}

const text = (value: string | null | undefined) => value ?? '';
const orNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The variants of an item as the form shows them (none for an item stored before variants). */
export function variantFormValues(item: Partial<MenuItem> | undefined): VariantDraft {
  return {
    variantOptions: variantOptionsOf(item ?? {}).map((option) => ({
      id: option.id,
      nameZh: option.name.zh,
      nameEn: text(option.name.en),
      values: option.values.map((value) => ({
        id: value.id,
        nameZh: value.name.zh,
        nameEn: text(value.name.en),
      })),
    })),
    variants: variantsOf(item ?? {}).map((variant) => ({
      id: variant.id,
      valueIds: [...variant.valueIds],
      price: fenToYuanInput(variant.priceFen),
      listPrice: variant.listPriceFen != null ? fenToYuanInput(variant.listPriceFen) : '',
      sku: text(variant.sku),
      barcode: text(variant.barcode),
      onSale: variant.status === 'on_sale',
    })),
  };
}

/** The dimensions as stored. */
export function variantOptionsFromForm(
  options: readonly VariantOptionValues[] | undefined,
): VariantOption[] {
  return (options ?? []).map((option) => ({
    id: option.id,
    name: { zh: (option.nameZh ?? '').trim(), en: orNull(option.nameEn) },
    values: (option.values ?? []).map((value) => ({
      id: value.id,
      name: { zh: (value.nameZh ?? '').trim(), en: orNull(value.nameEn) },
    })),
  }));
}

/** Fen of a typed price, or null when it cannot be read (its cell says why). */
export function typedFen(value: string | undefined): number | null {
  const parsed = parseYuanToFen(value ?? '');
  return parsed.ok ? parsed.fen : null;
}

/** The variants as stored; an unreadable price counts as 0 here (its own cell says what is wrong). */
export function variantsFromForm(variants: readonly VariantValues[] | undefined): Variant[] {
  return (variants ?? []).map((variant) => ({
    id: variant.id,
    valueIds: [...variant.valueIds],
    priceFen: typedFen(variant.price) ?? 0,
    listPriceFen: variant.listPrice?.trim() ? typedFen(variant.listPrice) : null,
    sku: orNull(variant.sku),
    barcode: orNull(variant.barcode),
    status: variant.onSale === false ? 'off_sale' : 'on_sale',
  }));
}

/** Domain paths name `name`; the form's fields are `nameZh`. */
const toFormPath = (path: readonly (string | number)[]) =>
  path.at(-1) === 'name' ? [...path.slice(0, -1), 'nameZh'] : [...path];

function cellProblems(variants: readonly VariantValues[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  variants.forEach((variant, index) => {
    const price = parseYuanToFen(variant.price ?? '');
    if (!price.ok)
      problems.push({ path: ['variants', index, 'price'], code: `money.${price.error}` });
    if (variant.listPrice?.trim()) {
      const listPrice = parseYuanToFen(variant.listPrice);
      if (!listPrice.ok)
        problems.push({ path: ['variants', index, 'listPrice'], code: `money.${listPrice.error}` });
    }
    const barcode = variant.barcode?.trim();
    if (barcode && !barcodeSchema.safeParse(barcode).success)
      problems.push({ path: ['variants', index, 'barcode'], code: 'barcode_invalid' });
  });
  return problems;
}

/**
 * Everything wrong with the variants as typed, except codes another item holds (codes.ts, with the
 * shop's other items): unreadable prices and barcodes at their cells, then the domain's rules.
 */
export function variantFieldProblems(draft: Partial<VariantDraft>): FieldProblem[] {
  const options = variantOptionsFromForm(draft.variantOptions);
  const variants = variantsFromForm(draft.variants);
  return [
    ...cellProblems(draft.variants ?? []),
    ...validateVariants({ variantOptions: options, variants }).map((problem) => ({
      ...problem,
      path: toFormPath(problem.path),
    })),
  ];
}

/** A combination's name from the form's values: "红 / M" (English where given, in English). */
export function variantLabelOf(
  options: readonly VariantOptionValues[] | undefined,
  valueIds: readonly string[],
  language: 'zh' | 'en',
  unnamed: string,
): string {
  return valueIds
    .map((id, d) => {
      const value = options?.[d]?.values.find((v) => v.id === id);
      const name = language === 'en' && value?.nameEn?.trim() ? value.nameEn : value?.nameZh;
      return name?.trim() ? name.trim() : unnamed;
    })
    .join(' / ');
}
