/**
 * What a scanned or typed code is, straight from the store: one lookup in the items' multi-entry
 * `codes` index (renderer/src/db/derived-fields.ts), so a scan finds its item and variant without
 * the menu being loaded — the counter, a redemption, a page that has no item list.
 */
import { buildCodeIndex, findCodeHolder, normalizeCode, type CodeHolder } from '@domain/menu/codes';
import type { VendorDb } from '../db/vendor-db';

/** The item (and variant) holding `code`, barcode first, then SKU; undefined when none does. */
export async function findByCode(db: VendorDb, code: string): Promise<CodeHolder | undefined> {
  const value = normalizeCode(code);
  if (!value) return undefined;
  const items = await db.menuItem
    .where('codes')
    .anyOf([`barcode:${value}`, `sku:${value}`])
    .toArray();
  return findCodeHolder(buildCodeIndex(items), value);
}
