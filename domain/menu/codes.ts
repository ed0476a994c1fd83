/**
 * SKU and barcode are unique within a shop, so a scan finds one item. These checks run in the
 * form and the import; the platform checks again when changes from two devices meet.
 * SKUs compare without case or surrounding spaces ("abc-1" and "ABC-1 " are the same code).
 */
import type { FieldProblem } from './problems';
import type { MenuItem } from './schema';

export type CodeProblemCode = 'sku_taken' | 'barcode_taken';

export const normalizeCode = (code: string): string => code.trim().toUpperCase();

type CodeFields = Pick<MenuItem, 'id' | 'sku' | 'barcode'>;

export interface CodeIndex {
  sku: ReadonlyMap<string, string>;
  barcode: ReadonlyMap<string, string>;
}

/** Which item holds each SKU and barcode; built once for a form session or an import. */
export function buildCodeIndex(items: readonly CodeFields[]): CodeIndex {
  const sku = new Map<string, string>();
  const barcode = new Map<string, string>();
  for (const item of items) {
    if (item.sku) sku.set(normalizeCode(item.sku), item.id);
    if (item.barcode) barcode.set(normalizeCode(item.barcode), item.id);
  }
  return { sku, barcode };
}

/** The codes of `candidate` another item already has, naming that item (params.itemId). */
export function findCodeConflicts(
  index: CodeIndex,
  candidate: CodeFields,
): FieldProblem<CodeProblemCode>[] {
  const problems: FieldProblem<CodeProblemCode>[] = [];
  for (const field of ['sku', 'barcode'] as const) {
    const code = candidate[field];
    const ownerId = code ? index[field].get(normalizeCode(code)) : undefined;
    if (ownerId && ownerId !== candidate.id) {
      problems.push({
        path: [field],
        code: field === 'sku' ? 'sku_taken' : 'barcode_taken',
        params: { itemId: ownerId },
      });
    }
  }
  return problems;
}

/** The item a scanned or typed code belongs to (barcode first, then SKU). */
export function findItemByCode(index: CodeIndex, code: string): string | undefined {
  const key = normalizeCode(code);
  return index.barcode.get(key) ?? index.sku.get(key);
}

/** The kinds of code an item carries; a code is unique among codes of its kind. */
export const codeKinds = ['sku', 'barcode'] as const;
export type CodeKind = (typeof codeKinds)[number];

/**
 * Every code an item (or the fields of a change to one) carries, as 'sku:ABC-1' /
 * 'barcode:6901234567892', normalized. The platform indexes items by these (domain/menu/tables.ts)
 * and its uniqueness rule compares them; codes that move elsewhere on an item (onto spec options,
 * say) are added here and nowhere else.
 */
export function itemCodes(row: Readonly<Record<string, unknown>>): string[] {
  const codes: string[] = [];
  for (const kind of codeKinds) {
    const code = row[kind];
    if (typeof code === 'string' && code.trim()) codes.push(`${kind}:${normalizeCode(code)}`);
  }
  return codes;
}

/** Splits a code made by itemCodes back into its kind and value. */
export function splitItemCode(code: string): { kind: CodeKind; value: string } {
  const at = code.indexOf(':');
  return { kind: code.slice(0, at) as CodeKind, value: code.slice(at + 1) };
}
