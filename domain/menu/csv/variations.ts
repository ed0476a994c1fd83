/**
 * Square, Shopify and Loyverse sell variations (Small / Large, or colour × size) as rows of one
 * item, each with its own price, SKU and barcode. They become one item with **variants**: each
 * option name a dimension, each row a combination keeping its price and codes, the item priced
 * from the cheapest. A hand-mapped sheet of one row per spec (分类, 菜名, 规格, 价格) whose rows
 * carry no codes becomes a **spec group** instead — those specs are choices, not stock units:
 * when the variations are every combination of their options and each option adds the same amount
 * whatever the others are, each option name becomes its own required single choice (size, then
 * sugar); otherwise one choice lists the combinations, which always keeps every price.
 */
import { fenToYuanInput, parseYuanToFen } from '../../money';
import type {
  DraftSpecGroup,
  DraftVariant,
  DraftVariantOption,
  ImportDraft,
} from '../import/draft';
import type { LocalizedName } from '../schema';
import { importPriceText } from './prices';

export { importPriceText };

export interface VariationOption {
  /** The option's name ("Size"); may be empty when the file names none. */
  name: string;
  value: string;
}

export interface VariationRow {
  line: number;
  /** The variation's option values, in the file's order; empty for an item's only variation. */
  options: VariationOption[];
  price: string;
  listPrice?: string;
  sku?: string;
  barcode?: string;
  /** Off sale in the file (Loyverse's "Available for sale" N for this variation). */
  status?: string;
}

interface Priced {
  row: VariationRow;
  values: string[];
  priceFen: number;
}

function pricesOf(variations: readonly VariationRow[], draft: ImportDraft): number[] | null {
  const { problems } = draft;
  const pricesFen: number[] = [];
  for (const variation of variations) {
    const { amount, currency } = importPriceText(variation.price);
    const parsed = parseYuanToFen(amount);
    // The item's price is rewritten from the cheapest variation: say here what the file wrote.
    if (parsed.ok && currency && currency !== 'CNY') {
      (draft.warnings ??= []).push({
        field: 'price',
        code: 'price_foreign_currency',
        params: { text: variation.price, currency, line: variation.line },
      });
    }
    if (parsed.ok) pricesFen.push(parsed.fen);
    else
      problems.push({
        field: 'price',
        code: parsed.error,
        params: { line: variation.line, value: variation.price },
      });
  }
  return problems.length > 0 ? null : pricesFen;
}

const choice = (name: string, nameEn?: string): Omit<DraftSpecGroup, 'options'> => ({
  name,
  nameEn,
  selection: 'single',
  required: true,
  min: 1,
  max: 1,
});

/** One group per option name, or null when the prices do not split that way (see the top). */
function groupsPerOption(priced: readonly Priced[], names: readonly string[]) {
  const dimensions = names.length;
  if (dimensions < 2 || priced.some((p) => p.values.length !== dimensions)) return null;
  const byValues = new Map(priced.map((p) => [p.values.join('\u0000'), p]));
  const valuesOf = (d: number) => [...new Set(priced.map((p) => p.values[d]!))];
  const combinations = names.reduce((n, _, d) => n * valuesOf(d).length, 1);
  if (byValues.size !== priced.length || combinations !== priced.length) return null;
  const base = priced.reduce((a, b) => (b.priceFen < a.priceFen ? b : a));
  const deltaFen = names.map((_, d) => {
    const deltas = new Map<string, number>();
    for (const value of valuesOf(d)) {
      const values = base.values.map((v, i) => (i === d ? value : v));
      deltas.set(value, byValues.get(values.join('\u0000'))!.priceFen - base.priceFen);
    }
    return deltas;
  });
  const additive = priced.every(
    (p) =>
      p.priceFen ===
      base.priceFen + p.values.reduce((sum, value, d) => sum + deltaFen[d]!.get(value)!, 0),
  );
  if (!additive) return null;
  return names.map((name, d) => ({
    ...choice(name),
    options: valuesOf(d).map((value) => ({
      name: value,
      delta: fenToYuanInput(deltaFen[d]!.get(value)!),
    })),
  }));
}

/** One group whose options are the combinations ("M / Full"), each at its own price. */
function combinedGroup(
  priced: readonly Priced[],
  names: readonly string[],
  fallback: LocalizedName,
) {
  const lowestFen = Math.min(...priced.map((p) => p.priceFen));
  const named = names.filter(Boolean);
  return {
    ...(named.length > 0
      ? choice(named.join(' / '))
      : choice(fallback.zh, fallback.en ?? undefined)),
    options: priced.map((p) => ({
      name: p.values.join(' / '),
      delta: fenToYuanInput(p.priceFen - lowestFen),
    })),
  };
}

/**
 * The dimensions the variations vary in: the file's option names when every variation names the
 * same ones, each with a value; otherwise one dimension whose values are the variations' labels
 * ("M / Full"), which keeps every variation apart.
 */
function dimensionsOf(
  variations: readonly VariationRow[],
  fallback: LocalizedName,
): { options: DraftVariantOption[]; valuesOf: (v: VariationRow) => string[] } {
  const names = variations[0]!.options.map((o) => o.name);
  const sameNames = variations.every(
    (v) =>
      v.options.length === names.length &&
      v.options.every((o, d) => o.name.trim().toLowerCase() === names[d]!.trim().toLowerCase()),
  );
  const valuesKey = (v: VariationRow) =>
    v.options.map((o) => o.value.trim().toLowerCase()).join('\u0000');
  const distinct = new Set(variations.map(valuesKey)).size === variations.length;
  const named =
    names.length > 0 && names.every((n, d) => n.trim() || (names.length === 1 && d === 0));
  if (sameNames && distinct && named) {
    const options = names.map((name, d) => ({
      ...(name.trim()
        ? { name: name.trim() }
        : { name: fallback.zh, nameEn: fallback.en ?? undefined }),
      values: unique(variations.map((v) => v.options[d]!.value.trim())).map((value) => ({
        name: value,
      })),
    }));
    return { options, valuesOf: (v) => v.options.map((o) => o.value.trim()) };
  }
  // Labels that still repeat (two rows of the same values) are told apart by their line.
  const labels = variations.map(
    (v) => v.options.map((o) => o.value.trim()).join(' / ') || String(v.line),
  );
  const repeats = new Map<string, number>();
  for (const label of labels) repeats.set(label, (repeats.get(label) ?? 0) + 1);
  const labelOf = new Map(
    variations.map((v, i) => {
      const label = labels[i]!;
      return [v, repeats.get(label)! > 1 ? `${label} (${v.line})` : label];
    }),
  );
  const dimension = names.filter((n) => n.trim()).join(' / ');
  return {
    options: [
      {
        ...(dimension
          ? { name: dimension }
          : { name: fallback.zh, nameEn: fallback.en ?? undefined }),
        values: variations.map((v) => ({ name: labelOf.get(v)! })),
      },
    ],
    valuesOf: (v) => [labelOf.get(v)!],
  };
}

const unique = (values: readonly string[]) => {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** The variations as the item's variants, every price and code kept. */
function applyAsVariants(
  draft: ImportDraft,
  variations: readonly VariationRow[],
  fallback: LocalizedName,
): void {
  const { options, valuesOf } = dimensionsOf(variations, fallback);
  draft.variantOptions = options;
  draft.variants = variations.map((v): DraftVariant => ({
    line: v.line,
    values: valuesOf(v),
    price: v.price,
    listPrice: v.listPrice,
    sku: v.sku,
    barcode: v.barcode,
    status: v.status,
  }));
  // The codes are the variants': the item's own are emptied, so none is held twice (an item
  // imported before variants existed kept the first variation's).
  draft.sku = '';
  draft.barcode = '';
  draft.specGroups = undefined;
}

/**
 * Fills price, list price, codes and the variants (or spec groups) of a draft from its variation
 * rows. An item of one variation is just the item, with that variation's price and codes.
 */
export function applyVariations(
  draft: ImportDraft,
  variations: readonly VariationRow[],
  fallbackGroupName: LocalizedName,
  { as }: { as: 'variants' | 'specs' },
): void {
  draft.lines = [...new Set([...draft.lines, ...variations.map((v) => v.line)])];
  if (variations.length <= 1) {
    draft.sku = variations[0]?.sku;
    draft.barcode = variations[0]?.barcode;
    draft.price = variations[0]?.price ?? '';
    draft.listPrice = variations[0]?.listPrice;
    if (variations[0]?.status) draft.status = variations[0].status;
    draft.specGroups = [];
    draft.variantOptions = [];
    draft.variants = [];
    return;
  }
  const pricesFen = pricesOf(variations, draft);
  if (!pricesFen) return;
  const priced = variations.map((row, i) => ({
    row,
    values: row.options.map((o) => o.value),
    priceFen: pricesFen[i]!,
  }));
  const names = variations[0]!.options.map((o) => o.name);
  const cheapest = priced.reduce((a, b) => (b.priceFen < a.priceFen ? b : a));
  draft.price = fenToYuanInput(cheapest.priceFen);
  draft.listPrice = cheapest.row.listPrice;
  if (as === 'variants') {
    applyAsVariants(draft, variations, fallbackGroupName);
    return;
  }
  // Specs keep one code per item: the file's rows carried none (see the top).
  draft.specGroups = groupsPerOption(priced, names) ?? [
    combinedGroup(priced, names, fallbackGroupName),
  ];
}

/** Groups rows by a key (Square's item name, Shopify's handle) in order of first appearance. */
export function groupRows<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()];
}
