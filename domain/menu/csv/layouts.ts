/**
 * The column layouts the import recognises: the console's own export, a Square item-library
 * export, a Loyverse items export and a Shopify products export (the classic headers and the 2025 ones). Headers compare
 * without case or surrounding spaces. Anything else is 'unknown' and the shop maps columns.
 */
export type ImportLayout = 'console' | 'square' | 'shopify' | 'loyverse' | 'unknown';

export const normalizeHeader = (header: string): string => header.trim().toLowerCase();

/** The index of the first header matching any alias; -1 when none does. */
export function columnOf(headers: readonly string[], aliases: readonly string[]): number {
  const wanted = new Set(aliases.map(normalizeHeader));
  return headers.findIndex((header) => wanted.has(normalizeHeader(header)));
}

export const CONSOLE_HEADERS = [
  'item_id',
  'category',
  'category_en',
  'category_hidden',
  'name',
  'name_en',
  'description',
  'description_en',
  'price',
  'list_price',
  'sku',
  'barcode',
  'status',
  'tags',
  'daily_stock',
  'dayparts',
  'weekdays',
  'spec_groups',
  // Added with variants; an export from before has no such column, and its items keep theirs.
  'variants',
] as const;
export type ConsoleColumn = (typeof CONSOLE_HEADERS)[number];

export function detectLayout(headers: readonly string[]): ImportLayout {
  const has = (...aliases: string[]) => columnOf(headers, aliases) !== -1;
  if (has('item_id') && has('name') && has('price') && has('spec_groups')) return 'console';
  // Loyverse has a Handle too, but a Name and store prices ("Price [Main St]") instead of a Title.
  if (has('handle') && has('name') && headers.some((h) => /^price \[.+\]$/i.test(h.trim())))
    return 'loyverse';
  if (has('handle', 'url handle') && has('title')) return 'shopify';
  if (has('item name') && has('variation name', 'token', 'price')) return 'square';
  return 'unknown';
}

/** A row's value in the column at `index`, trimmed; undefined when the file has no such column. */
export function cell(fields: readonly string[], index: number): string | undefined {
  return index === -1 ? undefined : (fields[index] ?? '').trim();
}
