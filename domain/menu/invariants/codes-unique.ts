/**
 * "A code belongs to one item" (menuItem.codeTaken): SKUs and barcodes are unique within a shop so
 * that a scan finds one item. Each desktop checks its own copy (codes.ts); two desktops that give
 * two items the same code offline both save locally, and the platform, which sees both, lets the
 * first through and rejects the later change. It judges what a change writes (its row operations),
 * so one rule covers every mutation that can set a code — a new or edited item, a bulk change, a
 * restore, an import — and codes wherever itemCodes finds them. The current holders of the codes a
 * change sets are read through the items' `code` lookup, an index on the platform.
 */
import type { RuleAction } from '../../parts/define';
import type { EntityRow, RowOp } from '../../mutations/row-ops';
import { defineInvariant } from '../../sync/invariants';
import { codeKinds, itemCodes, normalizeCode, splitItemCode, type CodeKind } from '../codes';
import { importMenu } from '../mutations/import';
import { bulkUpdateItems, createItem, restoreItems, updateItem } from '../mutations/items';

export const CODE_TAKEN_RULE = 'menuItem.codeTaken';

/** The most clashes one rejection lists; a fix applied again meets any others next time. */
export const MAX_LISTED_CLASHES = 500;

export interface ClashingItem {
  id: string;
  /** The item's name as the platform knows it (null when the change only patched the item). */
  name: EntityRow['name'] | null;
}

export interface CodeClash {
  kind: CodeKind;
  /** The code as compared (normalized). */
  code: string;
  /** The item this change gives the code to. */
  item: ClashingItem;
  /** The item that already has it (on the platform, or earlier in the same change). */
  other: ClashingItem;
}

/**
 * The first clash's facts flat (for the shop's message), then every clash listed (for the fix).
 * Names are the items' localized names, or null where the platform does not know them.
 */
export interface CodeTakenDetails {
  kind: CodeKind;
  code: string;
  itemId: string;
  itemName: ClashingItem['name'];
  otherId: string;
  otherName: ClashingItem['name'];
  /** The clashing codes for the shop to read, the first few of them: 'NM-1, 6901, …'. */
  codeList: string;
  clashes: CodeClash[];
  /** All clashes found, when more than are listed. */
  count: number;
}

/** How many codes codeList names before it says "…". */
export const NAMED_CODES = 8;

function codeList(clashes: readonly CodeClash[]): string {
  const codes = [...new Set(clashes.map((clash) => clash.code))];
  const named = codes.slice(0, NAMED_CODES).join(', ');
  return codes.length > NAMED_CODES ? `${named}, …` : named;
}

/** What a change leaves on one item it touches. */
type ItemWrite =
  | { kind: 'put'; row: EntityRow }
  | { kind: 'patch'; fields: Record<string, unknown> }
  | { kind: 'delete' };

function itemWrites(ops: readonly RowOp[]): Map<string, ItemWrite> {
  const writes = new Map<string, ItemWrite>();
  for (const op of ops) {
    if (op.table !== 'menuItem') continue;
    if (op.op === 'put') writes.set(op.row.id, { kind: 'put', row: op.row });
    else if (op.op === 'delete') writes.set(op.id, { kind: 'delete' });
    else if (op.op === 'patch') {
      const before = writes.get(op.id);
      if (before?.kind === 'put')
        writes.set(op.id, { kind: 'put', row: { ...before.row, ...op.fields } });
      else if (before?.kind === 'patch')
        writes.set(op.id, { kind: 'patch', fields: { ...before.fields, ...op.fields } });
      else if (!before) writes.set(op.id, { kind: 'patch', fields: { ...op.fields } });
    }
  }
  return writes;
}

/** The fields of an item that carry codes: its own, and its variants'. */
const codeFields = [...codeKinds, 'variants'] as const;

/** The codes a write gives its item: all of a put row's, only those of the fields a patch names. */
function codesSet(write: ItemWrite): string[] {
  if (write.kind === 'put') return itemCodes(write.row);
  if (write.kind === 'delete') return [];
  const named = Object.fromEntries(
    codeFields.filter((k) => k in write.fields).map((k) => [k, write.fields[k]]),
  );
  return itemCodes(named);
}

/** The codes an item stored on the platform has once this change is applied. */
function codesAfter(stored: EntityRow, write: ItemWrite | undefined): string[] {
  if (!write) return itemCodes(stored);
  if (write.kind === 'delete') return [];
  return itemCodes(write.kind === 'put' ? write.row : { ...stored, ...write.fields });
}

function setCodesOf(ops: readonly RowOp[]): string[] {
  const codes = new Set<string>();
  for (const write of itemWrites(ops).values()) for (const code of codesSet(write)) codes.add(code);
  return [...codes];
}

const nameOfWrite = (write: ItemWrite | undefined): ClashingItem['name'] =>
  write?.kind === 'put' ? (write.row.name ?? null) : null;

/** Every clash of the change's codes with the holders stored on the platform, and within itself. */
export function findCodeClashes(ops: readonly RowOp[], holders: readonly EntityRow[]): CodeClash[] {
  const writes = itemWrites(ops);
  const ownerOf = new Map<string, ClashingItem>();
  for (const holder of holders) {
    for (const code of codesAfter(holder, writes.get(holder.id))) {
      if (!ownerOf.has(code)) ownerOf.set(code, { id: holder.id, name: holder.name ?? null });
    }
  }
  const clashes: CodeClash[] = [];
  for (const [id, write] of writes) {
    for (const code of codesSet(write)) {
      const owner = ownerOf.get(code);
      if (owner && owner.id !== id) {
        const item = {
          id,
          name: nameOfWrite(write) ?? holders.find((h) => h.id === id)?.name ?? null,
        };
        const { kind, value } = splitItemCode(code);
        clashes.push({ kind, code: value, item, other: owner });
      } else if (!owner) {
        ownerOf.set(code, { id, name: nameOfWrite(write) });
      }
    }
  }
  return clashes;
}

type HoldersRead = {
  kind: 'entitiesMatchingAny';
  table: 'menuItem';
  field: 'code';
  values: readonly string[];
};

export const codesUnique = defineInvariant({
  rule: CODE_TAKEN_RULE,
  mutation: [createItem, updateItem, bulkUpdateItems, restoreItems, importMenu].map((m) => m.name),
  reads: (_args: unknown, ops): Partial<Record<'holders', HoldersRead>> => {
    const codes = setCodesOf(ops);
    if (codes.length === 0) return {};
    return {
      holders: { kind: 'entitiesMatchingAny', table: 'menuItem', field: 'code', values: codes },
    };
  },
  check: (_args, state, ops) => {
    const holders = state.holders ?? [];
    const clashes = findCodeClashes(ops, holders);
    if (clashes.length === 0) return null;
    const first = clashes[0]!;
    const details: CodeTakenDetails = {
      kind: first.kind,
      code: first.code,
      itemId: first.item.id,
      itemName: first.item.name,
      otherId: first.other.id,
      otherName: first.other.name,
      codeList: codeList(clashes),
      clashes: clashes.slice(0, MAX_LISTED_CLASHES),
      count: clashes.length,
    };
    return {
      message: `${first.kind} ${first.code} of item ${first.item.id} is taken by item ${first.other.id} (${clashes.length} clash(es))`,
      details: { ...details },
    };
  },
});

// ---------------------------------------------------------------- the one-click fix

type Row = Record<string, unknown>;

/** The codes to drop ('sku:YP-9', as itemCodes writes them), by item id. */
function clashingCodes(details: Readonly<Record<string, unknown>>): Map<string, Set<string>> {
  const byItem = new Map<string, Set<string>>();
  const clashes = Array.isArray(details.clashes) ? (details.clashes as CodeClash[]) : [];
  for (const clash of clashes) {
    const codes = byItem.get(clash.item.id) ?? new Set<string>();
    codes.add(`${clash.kind}:${clash.code}`);
    byItem.set(clash.item.id, codes);
  }
  return byItem;
}

const clashes = (drop: ReadonlySet<string>, kind: CodeKind, code: unknown) =>
  typeof code === 'string' && drop.has(`${kind}:${normalizeCode(code)}`);

/** The variants with the clashing codes emptied. */
const variantsWithout = (variants: unknown, drop: ReadonlySet<string>): unknown =>
  Array.isArray(variants)
    ? (variants as Row[]).map((variant) => ({
        ...variant,
        ...Object.fromEntries(
          codeKinds.filter((k) => clashes(drop, k, variant[k])).map((k) => [k, null]),
        ),
      }))
    : variants;

/** A full row with the clashing codes emptied, its own and its variants'. */
function clearCodes(row: Row, drop: ReadonlySet<string> | undefined): Row {
  if (!drop) return row;
  const cleared: Row = { ...row };
  for (const kind of codeKinds) if (clashes(drop, kind, row[kind])) cleared[kind] = null;
  if ('variants' in row) cleared.variants = variantsWithout(row.variants, drop);
  return cleared;
}

/**
 * Changed fields without the clashing codes: an item's own code is left out (the item keeps the
 * code it had); a variant's is emptied, so the variants' other changes still land.
 */
function omitCodes(fields: Row, drop: ReadonlySet<string> | undefined): Row {
  if (!drop) return fields;
  const kept = Object.fromEntries(
    Object.entries(fields).filter(
      ([key, value]) =>
        !(codeKinds as readonly string[]).includes(key) || !clashes(drop, key as CodeKind, value),
    ),
  );
  if ('variants' in fields) kept.variants = variantsWithout(fields.variants, drop);
  return kept;
}

function withoutCodes(name: string, args: Row, drop: Map<string, Set<string>>): Row | null {
  const kindsOf = (row: Row) => drop.get(String(row.id));
  const changes = (list: unknown) =>
    (list as Array<{ id: string; fields: Row }>).map((change) => ({
      ...change,
      fields: omitCodes(change.fields, drop.get(change.id)),
    }));
  switch (name) {
    case createItem.name:
      return clearCodes(args, kindsOf(args));
    case updateItem.name:
      return omitCodes(args, kindsOf(args));
    case restoreItems.name:
      return { ...args, items: (args.items as Row[]).map((row) => clearCodes(row, kindsOf(row))) };
    case bulkUpdateItems.name:
      return { ...args, changes: changes(args.changes) };
    case importMenu.name:
      return {
        ...args,
        createItems: (args.createItems as Row[]).map((row) => clearCodes(row, kindsOf(row))),
        updateItems: changes(args.updateItems),
      };
    default:
      return null;
  }
}

/** "Apply it again without the clashing codes": the rest of the change lands, the codes do not. */
export const applyWithoutClashingCodes: RuleAction = {
  id: 'applyWithoutClashingCodes',
  fix: ({ name, args }, details) => {
    const drop = clashingCodes(details);
    if (drop.size === 0 || !args || typeof args !== 'object') return null;
    const fixed = withoutCodes(name, args as Row, drop);
    return fixed ? { name, args: fixed } : null;
  },
};
