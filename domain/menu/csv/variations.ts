/**
 * Square and Shopify sell variations (Small / Large) as rows of one item, each with its own
 * price. Here they become one item priced at the cheapest variation, with one required
 * single-choice spec group whose options carry the difference to that price.
 */
import { fenToYuanInput, parseYuanToFen } from '../../money';
import type { DraftSpecGroup, ImportDraft, ImportProblem } from '../import/draft';
import type { LocalizedName } from '../schema';

export interface VariationRow {
  line: number;
  /** The variation's own name ("Large", "Large / Spicy"); empty for an item's only variation. */
  label: string;
  price: string;
  listPrice?: string;
  sku?: string;
  barcode?: string;
}

/** Reads a price as exports write it: "12.50", "$12.50", "CN¥12.50", "RMB 12.5". */
export function importPriceText(text: string): string {
  return text.replace(/^\s*(US\$|HK\$|CN¥|RMB|CNY|USD|\$)\s*/i, '');
}

function pricesOf(variations: readonly VariationRow[], problems: ImportProblem[]): number[] | null {
  const pricesFen: number[] = [];
  for (const variation of variations) {
    const parsed = parseYuanToFen(importPriceText(variation.price));
    if (parsed.ok) pricesFen.push(parsed.fen);
    else problems.push({ field: 'price', code: parsed.error, params: { line: variation.line } });
  }
  return problems.length > 0 ? null : pricesFen;
}

/** Fills price, list price, codes and the variation group of a draft from its variation rows. */
export function applyVariations(
  draft: ImportDraft,
  variations: readonly VariationRow[],
  groupName: LocalizedName,
): void {
  draft.lines = [...new Set([...draft.lines, ...variations.map((v) => v.line)])];
  draft.sku = variations.find((v) => v.sku)?.sku ?? variations[0]?.sku;
  draft.barcode = variations.find((v) => v.barcode)?.barcode ?? variations[0]?.barcode;
  if (variations.length <= 1) {
    draft.price = variations[0]?.price ?? '';
    draft.listPrice = variations[0]?.listPrice;
    draft.specGroups = [];
    return;
  }
  const pricesFen = pricesOf(variations, draft.problems);
  if (!pricesFen) return;
  const lowestFen = Math.min(...pricesFen);
  const cheapest = variations[pricesFen.indexOf(lowestFen)]!;
  draft.price = fenToYuanInput(lowestFen);
  draft.listPrice = cheapest.listPrice;
  const group: DraftSpecGroup = {
    name: groupName.zh,
    nameEn: groupName.en ?? undefined,
    selection: 'single',
    required: true,
    min: 1,
    max: 1,
    options: variations.map((v, i) => ({
      name: v.label,
      delta: fenToYuanInput(pricesFen[i]! - lowestFen),
    })),
  };
  draft.specGroups = [group];
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
