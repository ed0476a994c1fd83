/**
 * What a customer can pay for one of an item, counting its variants: the cheapest variant with
 * the cheapest spec choices to the dearest variant with the dearest ones. Off-sale variants do
 * not count, unless none is on sale (then the item is off sale too, and its prices still show).
 */
import { priceRangeOf } from '@domain/menu/specs';
import type { MenuItem, Variant } from '@domain/menu/schema';
import { variantsOf } from '@domain/menu/variants';

export interface PriceRange {
  minFen: number;
  maxFen: number;
}

/** The variants whose prices a customer sees. */
function pricedVariants(variants: readonly Variant[]): readonly Variant[] {
  const onSale = variants.filter((variant) => variant.status === 'on_sale');
  return onSale.length > 0 ? onSale : variants;
}

/** The item list's and the item form's "¥99.00 – ¥109.00". */
export function itemPriceRange(
  item: Pick<MenuItem, 'priceFen' | 'specGroups'> & Partial<Pick<MenuItem, 'variants'>>,
): PriceRange {
  const variants = pricedVariants(variantsOf(item));
  if (variants.length === 0) return priceRangeOf(item.priceFen, item.specGroups);
  const prices = variants.map((variant) => variant.priceFen);
  return {
    minFen: priceRangeOf(Math.min(...prices), item.specGroups).minFen,
    maxFen: priceRangeOf(Math.max(...prices), item.specGroups).maxFen,
  };
}
