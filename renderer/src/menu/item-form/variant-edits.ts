/**
 * Edits of the form's variants that change dimensions and combinations together, as pure
 * functions of the draft: adding a value adds its combinations, removing one removes them (and
 * says which, so the form can ask first when they carry what the shop typed), and a combination
 * the shop removed stays removed until it is added back.
 */
import { MAX_VARIANTS } from '@domain/menu/schema';
import { combinationsOf } from '@domain/menu/variants';
import {
  typedFen,
  variantOptionsFromForm,
  type VariantDraft,
  type VariantValues,
} from './variant-values';

export const MAX_VARIANT_OPTIONS = 3;
export const MAX_VARIANT_VALUES = 50;

type NewId = () => string;

/** What the item's own fields say before it has variants: the first combination starts from them. */
export interface ItemPrices {
  price: string;
  listPrice: string;
}

const comboKey = (valueIds: readonly string[]) => valueIds.join('\u0000');

const blankValue = (newId: NewId) => ({ id: newId(), nameZh: '', nameEn: '' });

function newVariant(newId: NewId, valueIds: string[], price: string): VariantValues {
  return { id: newId(), valueIds, price, listPrice: '', sku: '', barcode: '', onSale: true };
}

/** The price a new combination gets: the cheapest readable variant's, else the item's. */
export function newCombinationPrice(variants: readonly VariantValues[], itemPrice: string): string {
  let cheapest: { fen: number; text: string } | null = null;
  for (const variant of variants) {
    const fen = typedFen(variant.price);
    if (fen !== null && (cheapest === null || fen < cheapest.fen))
      cheapest = { fen, text: variant.price.trim() };
  }
  // As the shop typed it ("99", not "99.00"), so the new rows read like the ones before.
  return cheapest?.text ?? itemPrice;
}

/** Variants on: one dimension with one value, and its one combination at the item's prices. */
export function startVariants(prices: ItemPrices, newId: NewId): VariantDraft {
  const value = blankValue(newId);
  return {
    variantOptions: [{ id: newId(), nameZh: '', nameEn: '', values: [value] }],
    variants: [{ ...newVariant(newId, [value.id], prices.price), listPrice: prices.listPrice }],
  };
}

/** A new dimension with one value, which every combination takes: nothing is added or lost. */
export function addOption(draft: VariantDraft, newId: NewId): VariantDraft {
  if (draft.variantOptions.length >= MAX_VARIANT_OPTIONS) return draft;
  const value = blankValue(newId);
  return {
    variantOptions: [
      ...draft.variantOptions,
      { id: newId(), nameZh: '', nameEn: '', values: [value] },
    ],
    variants: draft.variants.map((variant) => ({
      ...variant,
      valueIds: [...variant.valueIds, value.id],
    })),
  };
}

export type AddValueResult =
  | { ok: true; draft: VariantDraft; added: number }
  | { ok: false; reason: 'too_many_values' | 'too_many_variants' };

/** A new value of one dimension, with every combination of it and the other dimensions' values. */
export function addValue(
  draft: VariantDraft,
  optionIndex: number,
  options: { newId: NewId; itemPrice: string },
): AddValueResult {
  const option = draft.variantOptions[optionIndex];
  if (!option) return { ok: false, reason: 'too_many_values' };
  if (option.values.length >= MAX_VARIANT_VALUES) return { ok: false, reason: 'too_many_values' };
  const value = blankValue(options.newId);
  const variantOptions = draft.variantOptions.map((each, d) =>
    d === optionIndex ? { ...each, values: [...each.values, value] } : each,
  );
  const onlyNew = variantOptionsFromForm(variantOptions).map((each, d) =>
    d === optionIndex ? { ...each, values: [{ id: value.id, name: { zh: '' } }] } : each,
  );
  const combinations = combinationsOf(onlyNew);
  if (draft.variants.length + combinations.length > MAX_VARIANTS)
    return { ok: false, reason: 'too_many_variants' };
  const price = newCombinationPrice(draft.variants, options.itemPrice);
  return {
    ok: true,
    added: combinations.length,
    draft: {
      variantOptions,
      variants: [
        ...draft.variants,
        ...combinations.map((valueIds) => newVariant(options.newId, valueIds, price)),
      ],
    },
  };
}

/** The draft after an edit that removes combinations, and the combinations it removes. */
export interface Removal {
  draft: VariantDraft;
  removed: VariantValues[];
}

/** Removes a value and every combination that takes it (the last value goes with its dimension). */
export function removeValue(draft: VariantDraft, optionIndex: number, valueId: string): Removal {
  const option = draft.variantOptions[optionIndex];
  if (!option) return { draft, removed: [] };
  if (option.values.length <= 1) return removeOption(draft, optionIndex);
  const takes = (variant: VariantValues) => variant.valueIds[optionIndex] === valueId;
  return {
    draft: {
      variantOptions: draft.variantOptions.map((each, d) =>
        d === optionIndex ? { ...each, values: each.values.filter((v) => v.id !== valueId) } : each,
      ),
      variants: draft.variants.filter((variant) => !takes(variant)),
    },
    removed: draft.variants.filter(takes),
  };
}

/**
 * Removes a dimension. Combinations that differed only in it become one: the first keeps its
 * price and codes, the others are removed. The last dimension takes every variant with it.
 */
export function removeOption(draft: VariantDraft, optionIndex: number): Removal {
  if (!draft.variantOptions[optionIndex]) return { draft, removed: [] };
  if (draft.variantOptions.length === 1) {
    return { draft: { variantOptions: [], variants: [] }, removed: draft.variants };
  }
  const seen = new Set<string>();
  const kept: VariantValues[] = [];
  const removed: VariantValues[] = [];
  for (const variant of draft.variants) {
    const valueIds = variant.valueIds.filter((_, d) => d !== optionIndex);
    const key = comboKey(valueIds);
    if (seen.has(key)) removed.push(variant);
    else kept.push({ ...variant, valueIds });
    seen.add(key);
  }
  return {
    draft: {
      variantOptions: draft.variantOptions.filter((_, d) => d !== optionIndex),
      variants: kept,
    },
    removed,
  };
}

/** Removes one combination (not sold in that colour and size); it stays removed. */
export function removeVariant(draft: VariantDraft, variantId: string): Removal {
  return {
    draft: { ...draft, variants: draft.variants.filter((variant) => variant.id !== variantId) },
    removed: draft.variants.filter((variant) => variant.id === variantId),
  };
}

/** The combinations of the dimensions' values that are not offered, in the dimensions' order. */
export function missingCombinations(draft: VariantDraft): string[][] {
  const offered = new Set(draft.variants.map((variant) => comboKey(variant.valueIds)));
  return combinationsOf(variantOptionsFromForm(draft.variantOptions)).filter(
    (valueIds) => !offered.has(comboKey(valueIds)),
  );
}

/** Adds back a combination that was removed, priced like a new one. */
export function restoreCombination(
  draft: VariantDraft,
  valueIds: string[],
  options: { newId: NewId; itemPrice: string },
): VariantDraft {
  if (draft.variants.length >= MAX_VARIANTS) return draft;
  const price = newCombinationPrice(draft.variants, options.itemPrice);
  return { ...draft, variants: [...draft.variants, newVariant(options.newId, valueIds, price)] };
}

/**
 * The removed combinations that carry something the shop typed: a code, an original price, or a
 * price other than the one a new combination would get. Removing those asks first.
 */
export function typedIn(removal: Removal, itemPrice: string): VariantValues[] {
  const defaultFen = typedFen(newCombinationPrice(removal.draft.variants, itemPrice));
  return removal.removed.filter(
    (variant) =>
      variant.sku.trim() !== '' ||
      variant.barcode.trim() !== '' ||
      variant.listPrice.trim() !== '' ||
      typedFen(variant.price) !== defaultFen,
  );
}
