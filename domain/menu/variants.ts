/**
 * Variants (款式): an item that comes in dimensions (颜色 × 尺码), each combination of values a unit
 * with its own price, SKU and barcode. The rules a variant list keeps beyond its shape, and what
 * the rest of the menu reads from it: the item's "from" price, a variant's name, the variant a
 * code belongs to.
 */
import type { FieldProblem } from './problems';
import type { LocalizedName, MenuItem, Variant, VariantOption } from './schema';

export type VariantProblemCode =
  | 'variant_option_without_values'
  | 'duplicate_variant_option'
  | 'duplicate_variant_value'
  | 'options_without_variants'
  | 'variants_without_options'
  | 'variant_values_invalid'
  | 'duplicate_combination';

type WithVariants = Partial<Pick<MenuItem, 'variantOptions' | 'variants'>> & object;

/** An item's dimensions, empty for one sold one way (or stored before variants existed). */
export const variantOptionsOf = (item: WithVariants): readonly VariantOption[] =>
  item.variantOptions ?? [];
export const variantsOf = (item: WithVariants): readonly Variant[] => item.variants ?? [];
export const hasVariants = (item: WithVariants): boolean => variantsOf(item).length > 0;

const nameKey = (name: string) => name.trim().toLowerCase();
const namesOf = (name: LocalizedName) =>
  [name.zh, name.en].filter((n): n is string => !!n?.trim()).map(nameKey);

function optionProblems(options: readonly VariantOption[]): FieldProblem<VariantProblemCode>[] {
  const problems: FieldProblem<VariantProblemCode>[] = [];
  const optionNames = new Set<string>();
  options.forEach((option, index) => {
    const keys = namesOf(option.name);
    if (keys.some((k) => optionNames.has(k)))
      problems.push({ path: ['variantOptions', index, 'name'], code: 'duplicate_variant_option' });
    for (const k of keys) optionNames.add(k);
    if (option.values.length === 0)
      problems.push({
        path: ['variantOptions', index, 'values'],
        code: 'variant_option_without_values',
      });
    const valueNames = new Set<string>();
    option.values.forEach((value, valueIndex) => {
      const valueKeys = namesOf(value.name);
      if (valueKeys.some((k) => valueNames.has(k))) {
        problems.push({
          path: ['variantOptions', index, 'values', valueIndex, 'name'],
          code: 'duplicate_variant_value',
        });
      }
      for (const k of valueKeys) valueNames.add(k);
    });
  });
  return problems;
}

/**
 * Everything wrong with an item's variants, each at its field. Every variant takes exactly one
 * value of each option, in order, and no two take the same values; not every combination need be
 * sold (a shop without red in XL leaves that one out). Codes are checked with the shop's others in
 * codes.ts.
 */
export function validateVariants(item: WithVariants): FieldProblem<VariantProblemCode>[] {
  const options = variantOptionsOf(item);
  const variants = variantsOf(item);
  const problems = optionProblems(options);
  if (options.length > 0 && variants.length === 0)
    problems.push({ path: ['variants'], code: 'options_without_variants' });
  if (options.length === 0 && variants.length > 0) {
    problems.push({ path: ['variantOptions'], code: 'variants_without_options' });
    return problems;
  }
  const valueSets = options.map((o) => new Set(o.values.map((v) => v.id)));
  const seen = new Set<string>();
  variants.forEach((variant, index) => {
    const fits =
      variant.valueIds.length === options.length &&
      variant.valueIds.every((id, d) => valueSets[d]!.has(id));
    if (!fits) {
      problems.push({ path: ['variants', index, 'valueIds'], code: 'variant_values_invalid' });
      return;
    }
    const combination = variant.valueIds.join('\u0000');
    if (seen.has(combination))
      problems.push({ path: ['variants', index, 'valueIds'], code: 'duplicate_combination' });
    seen.add(combination);
  });
  return problems;
}

/** The item's price when it has variants: the lowest on-sale variant's (any, if none is on sale). */
export function fromPriceFen(variants: readonly Variant[]): number | null {
  if (variants.length === 0) return null;
  const onSale = variants.filter((v) => v.status === 'on_sale');
  return Math.min(...(onSale.length > 0 ? onSale : variants).map((v) => v.priceFen));
}

/** The values a variant takes, in the options' order ("红色", "M"). */
export function variantValueNames(options: readonly VariantOption[], variant: Variant) {
  return variant.valueIds.map((id, d) => options[d]?.values.find((v) => v.id === id)?.name);
}

/** A variant's name for a list or a receipt: "红色 / M" (or the English names, where given). */
export function variantLabel(
  options: readonly VariantOption[],
  variant: Variant,
  language: 'zh' | 'en' = 'zh',
): string {
  return variantValueNames(options, variant)
    .map((name) => (name ? (language === 'en' && name.en ? name.en : name.zh) : '?'))
    .join(' / ');
}

/**
 * Every combination of the options' values, in order (the first option varying slowest): what
 * the item form offers when the shop adds a value, and what a file's variant rows are checked on.
 */
export function combinationsOf(options: readonly VariantOption[]): string[][] {
  if (options.length === 0) return [];
  return options.reduce<string[][]>(
    (combos, option) => combos.flatMap((combo) => option.values.map((v) => [...combo, v.id])),
    [[]],
  );
}
