/**
 * SKU and barcode are unique within a shop, so a scan finds one item. These checks run in the
 * form and the import; the platform checks again when changes from two devices meet.
 * SKUs compare without case or surrounding spaces ("abc-1" and "ABC-1 " are the same code).
 */
import type { FieldProblem } from './problems';
import type { MenuItem } from './schema';

export type CodeProblemCode = 'sku_taken' | 'barcode_taken';

export const normalizeCode = (code: string): string => code.trim().toUpperCase();

/** The kinds of code an item carries; a code is unique among codes of its kind. */
export const codeKinds = ['sku', 'barcode'] as const;
export type CodeKind = (typeof codeKinds)[number];

type CodeFields = Pick<MenuItem, 'id' | 'sku' | 'barcode'> & Partial<Pick<MenuItem, 'variants'>>;

/** Where a code sits: on an item, or on one of its variants. */
export interface CodeHolder {
  itemId: string;
  variantId?: string;
}

export interface CodeIndex {
  sku: ReadonlyMap<string, CodeHolder>;
  barcode: ReadonlyMap<string, CodeHolder>;
}

/** The codes an item carries, its own and its variants', each with where it sits and its path. */
function codeSites(item: CodeFields) {
  const sites: { kind: CodeKind; code: string; holder: CodeHolder; path: (string | number)[] }[] =
    [];
  for (const kind of codeKinds) {
    const own = item[kind];
    if (own) sites.push({ kind, code: own, holder: { itemId: item.id }, path: [kind] });
    (item.variants ?? []).forEach((variant, index) => {
      const code = variant[kind];
      if (code) {
        sites.push({
          kind,
          code,
          holder: { itemId: item.id, variantId: variant.id },
          path: ['variants', index, kind],
        });
      }
    });
  }
  return sites;
}

/** Which item (and variant) holds each SKU and barcode; built once for a form session or an import. */
export function buildCodeIndex(items: readonly CodeFields[]): CodeIndex {
  const index = { sku: new Map<string, CodeHolder>(), barcode: new Map<string, CodeHolder>() };
  for (const item of items) {
    for (const site of codeSites(item)) index[site.kind].set(normalizeCode(site.code), site.holder);
  }
  return index;
}

/**
 * The codes of `candidate` that another item already has, or that the candidate itself carries
 * twice (on two of its variants), naming the holder (params.itemId; params.variantId when a code
 * is held by one of the candidate's own variants).
 */
export function findCodeConflicts(
  index: CodeIndex,
  candidate: CodeFields,
): FieldProblem<CodeProblemCode>[] {
  const problems: FieldProblem<CodeProblemCode>[] = [];
  const own = new Map<string, CodeHolder>();
  for (const { kind, code, holder, path } of codeSites(candidate)) {
    const key = `${kind}:${normalizeCode(code)}`;
    const problemCode = kind === 'sku' ? 'sku_taken' : 'barcode_taken';
    const other = index[kind].get(normalizeCode(code));
    const twice = own.get(key);
    if (other && other.itemId !== candidate.id) {
      problems.push({ path, code: problemCode, params: { itemId: other.itemId } });
    } else if (twice) {
      problems.push({
        path,
        code: problemCode,
        params: {
          itemId: candidate.id,
          ...(twice.variantId ? { variantId: twice.variantId } : {}),
        },
      });
    } else own.set(key, holder);
  }
  return problems;
}

/** What a scanned or typed code belongs to (barcode first, then SKU). */
export function findCodeHolder(index: CodeIndex, code: string): CodeHolder | undefined {
  const key = normalizeCode(code);
  return index.barcode.get(key) ?? index.sku.get(key);
}

/** The item a scanned or typed code belongs to, its own code or one of its variants'. */
export function findItemByCode(index: CodeIndex, code: string): string | undefined {
  return findCodeHolder(index, code)?.itemId;
}

/**
 * Every code an item (or the fields of a change to one) carries, as 'sku:ABC-1' /
 * 'barcode:6901234567892', normalized. The platform indexes items by these (domain/menu/tables.ts)
 * and its uniqueness rule compares them, the console's store indexes them (the multi-entry index
 * `codes`, renderer/src/db/derived-fields.ts), and search finds items by them. A variant's codes
 * are the item's codes too.
 */
export function itemCodes(row: Readonly<Record<string, unknown>>): string[] {
  const codes = new Set<string>();
  const variants = Array.isArray(row.variants) ? (row.variants as Record<string, unknown>[]) : [];
  for (const kind of codeKinds) {
    for (const holder of [row, ...variants]) {
      const code = holder?.[kind];
      if (typeof code === 'string' && code.trim()) codes.add(`${kind}:${normalizeCode(code)}`);
    }
  }
  return [...codes];
}

/** The codes an item carries as a counter types them (normalized, without their kind). */
export function codeValues(row: Readonly<Record<string, unknown>>): string[] {
  return [...new Set(itemCodes(row).map((code) => splitItemCode(code).value))];
}

/** Splits a code made by itemCodes back into its kind and value. */
export function splitItemCode(code: string): { kind: CodeKind; value: string } {
  const at = code.indexOf(':');
  return { kind: code.slice(0, at) as CodeKind, value: code.slice(at + 1) };
}
