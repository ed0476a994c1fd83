/**
 * Square, Shopify and Loyverse sell variations (Small / Large, or colour × size) as rows of one
 * item, each with its own price. Here they become one item priced at the cheapest variation.
 * When the variations are every combination of their options and each option adds the same
 * amount whatever the others are, each option name becomes its own required single choice (size,
 * then sugar); otherwise one choice lists the combinations, which always keeps every price.
 */
import { fenToYuanInput, parseYuanToFen } from '../../money';
import type { DraftSpecGroup, ImportDraft } from '../import/draft';
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

/** The codes of variations after the first: the console keeps one SKU and barcode per item. */
function codesNotKept(variations: readonly VariationRow[], draft: ImportDraft): void {
  for (const field of ['sku', 'barcode'] as const) {
    const kept = draft[field];
    const others = [...new Set(variations.map((v) => v[field]).filter((c) => c && c !== kept))];
    if (others.length === 0) continue;
    (draft.warnings ??= []).push({
      field,
      code: 'variant_codes_not_kept',
      params: { codes: others.join(', ') },
    });
  }
}

/** Fills price, list price, codes and the spec groups of a draft from its variation rows. */
export function applyVariations(
  draft: ImportDraft,
  variations: readonly VariationRow[],
  fallbackGroupName: LocalizedName,
): void {
  draft.lines = [...new Set([...draft.lines, ...variations.map((v) => v.line)])];
  draft.sku = variations.find((v) => v.sku)?.sku ?? variations[0]?.sku;
  draft.barcode = variations.find((v) => v.barcode)?.barcode ?? variations[0]?.barcode;
  codesNotKept(variations, draft);
  if (variations.length <= 1) {
    draft.price = variations[0]?.price ?? '';
    draft.listPrice = variations[0]?.listPrice;
    draft.specGroups = [];
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
