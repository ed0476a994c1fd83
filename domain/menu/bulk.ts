/**
 * Bulk price change: a preview of old → new for every selected item, the same rows the change
 * and its undo are made from. Percent and amount are applied in exact decimal arithmetic and
 * rounded to whole fen (half away from zero); an item whose new price would fall below zero or
 * above the maximum is refused with its reason and left out of the change. An item with variants
 * changes every variant's price the same way (its own price is its cheapest variant's), and is
 * refused when any variant would be.
 */
import { MAX_FEN, parseYuanToFen, scaleFen, type MoneyParseError } from '../money';
import type { ItemChange } from './mutations/items';
import type { MenuItem, Variant } from './schema';
import { fromPriceFen } from './variants';

export type PriceChange = { by: 'percent'; value: string } | { by: 'amount'; value: string };

export interface PricePreviewRow {
  id: string;
  oldFen: number;
  newFen: number;
  /** An item with variants: its variants before and after, every price changed. */
  variants?: { old: Variant[]; new: Variant[] };
}

export type PriceRefusalCode = 'price_below_zero' | 'price_too_large';

export interface PriceRefusal {
  id: string;
  oldFen: number;
  code: PriceRefusalCode;
}

export type PriceChangeInputError =
  MoneyParseError | 'percent_not_a_number' | 'percent_too_many_decimals';

export type PricePreview =
  | { ok: true; rows: PricePreviewRow[]; refused: PriceRefusal[] }
  | { ok: false; error: PriceChangeInputError };

const MAX_PERCENT = 1000;

/** Reads "10", "-15.5", "＋５" as a percent; at most two decimals, within ±1000. */
export function parsePercent(
  input: string,
): { ok: true; percent: number } | { ok: false; error: PriceChangeInputError } {
  const text = input
    .trim()
    .replace(/[０-９．－＋]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/%$|％$/, '')
    .trim();
  const match = /^([-+]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return { ok: false, error: text === '' ? 'empty' : 'percent_not_a_number' };
  if ((match[3] ?? '').length > 2) return { ok: false, error: 'percent_too_many_decimals' };
  const percent = Number(text);
  if (Math.abs(percent) > MAX_PERCENT) return { ok: false, error: 'too_large' };
  return { ok: true, percent };
}

function newPriceFen(oldFen: number, change: { percent: number } | { deltaFen: number }): number {
  return 'percent' in change ? scaleFen(oldFen, change.percent) : oldFen + change.deltaFen;
}

/** The preview of a bulk price change over the selected items, in their given order. */
export function previewPriceChange(
  items: readonly (Pick<MenuItem, 'id' | 'priceFen'> & Partial<Pick<MenuItem, 'variants'>>)[],
  change: PriceChange,
): PricePreview {
  let parsed: { percent: number } | { deltaFen: number };
  if (change.by === 'percent') {
    const result = parsePercent(change.value);
    if (!result.ok) return result;
    parsed = { percent: result.percent };
  } else {
    const result = parseYuanToFen(change.value, { allowNegative: true });
    if (!result.ok) return result;
    parsed = { deltaFen: result.fen };
  }
  const rows: PricePreviewRow[] = [];
  const refused: PriceRefusal[] = [];
  const refusal = (fen: number): PriceRefusalCode | null =>
    fen < 0 ? 'price_below_zero' : fen > MAX_FEN ? 'price_too_large' : null;
  for (const { id, priceFen: oldFen, variants } of items) {
    if (variants?.length) {
      const changed = variants.map((v) => ({ ...v, priceFen: newPriceFen(v.priceFen, parsed) }));
      const code = changed.map((v) => refusal(v.priceFen)).find((c) => c !== null);
      if (code) refused.push({ id, oldFen, code });
      else {
        const newFen = fromPriceFen(changed)!;
        rows.push({ id, oldFen, newFen, variants: { old: [...variants], new: changed } });
      }
      continue;
    }
    const newFen = newPriceFen(oldFen, parsed);
    const code = refusal(newFen);
    if (code) refused.push({ id, oldFen, code });
    else rows.push({ id, oldFen, newFen });
  }
  return { ok: true, rows, refused };
}

/** The changes for menuItem.bulkUpdate; unchanged prices are left out. */
export function priceChangesOf(rows: readonly PricePreviewRow[]): ItemChange[] {
  return rows
    .filter((row) => row.newFen !== row.oldFen || row.variants)
    .map((row) => ({
      id: row.id,
      fields: { priceFen: row.newFen, ...(row.variants ? { variants: row.variants.new } : {}) },
    }));
}

/** The undo of a bulk price change: every price back to what the preview showed as old. */
export function priceUndoOf(rows: readonly PricePreviewRow[]): ItemChange[] {
  return rows
    .filter((row) => row.newFen !== row.oldFen || row.variants)
    .map((row) => ({
      id: row.id,
      fields: { priceFen: row.oldFen, ...(row.variants ? { variants: row.variants.old } : {}) },
    }));
}
