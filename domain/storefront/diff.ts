/**
 * What changed between two documents, block by block, as the versions' side-by-side view shows
 * it: blocks added, removed, moved and changed (with each field before and after), and the
 * theme's fields. Blocks are matched by id. A block counts as moved when its place among the
 * blocks both documents hold changed: the fewest blocks whose moving explains the new order (the
 * others keep their order, a longest increasing run), so dragging one block down marks that one,
 * not every block it passed.
 */
import type { Block, StorefrontDocument, ThemeFields } from './schema';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export type BlockDiff =
  | { kind: 'added'; block: Block; toIndex: number }
  | { kind: 'removed'; block: Block; fromIndex: number }
  | {
      kind: 'kept';
      before: Block;
      after: Block;
      fromIndex: number;
      toIndex: number;
      moved: boolean;
      fields: FieldChange[];
    };

export interface DocumentDiff {
  theme: FieldChange[];
  /** The newer document's blocks in its order, each removed block after the one it followed. */
  blocks: BlockDiff[];
  /** Whether anything differs at all. */
  same: boolean;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as object).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

export const sameValue = (a: unknown, b: unknown): boolean => stable(a) === stable(b);

function fieldChanges(before: object, after: object, skip: ReadonlySet<string>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !skip.has(key),
  );
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return keys
    .filter((key) => !sameValue(b[key], a[key]))
    .map((field) => ({ field, before: b[field], after: a[field] }));
}

/** Indexes (into `sequence`) of a longest strictly increasing subsequence. */
function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i += 1) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sequence[tails[mid]!]! < sequence[i]!) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

const BLOCK_IDENTITY = new Set(['id']);

export function diffDocuments(before: StorefrontDocument, after: StorefrontDocument): DocumentDiff {
  const theme = fieldChanges(before.theme as ThemeFields, after.theme as ThemeFields, new Set());
  const fromIndex = new Map(before.blocks.map((block, index) => [block.id, index]));
  const toIds = new Set(after.blocks.map((block) => block.id));

  const common = after.blocks.filter((block) => fromIndex.has(block.id));
  const inOrder = longestIncreasing(common.map((block) => fromIndex.get(block.id)!));
  const moved = new Set(common.filter((_, i) => !inOrder.has(i)).map((block) => block.id));

  const blocks: BlockDiff[] = [];
  const removedAfter = new Map<number, BlockDiff[]>();
  before.blocks.forEach((block, index) => {
    if (toIds.has(block.id)) return;
    // Placed after the nearest earlier block the newer document still has (or at the start).
    let anchor = -1;
    for (let i = index - 1; i >= 0; i -= 1) {
      if (toIds.has(before.blocks[i]!.id)) {
        anchor = after.blocks.findIndex((b) => b.id === before.blocks[i]!.id);
        break;
      }
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push({ kind: 'removed', block, fromIndex: index });
    removedAfter.set(anchor, list);
  });

  blocks.push(...(removedAfter.get(-1) ?? []));
  after.blocks.forEach((block, toIndex) => {
    const from = fromIndex.get(block.id);
    if (from === undefined) blocks.push({ kind: 'added', block, toIndex });
    else {
      const previous = before.blocks[from]!;
      blocks.push({
        kind: 'kept',
        before: previous,
        after: block,
        fromIndex: from,
        toIndex,
        moved: moved.has(block.id),
        fields: fieldChanges(previous, block, BLOCK_IDENTITY),
      });
    }
    blocks.push(...(removedAfter.get(toIndex) ?? []));
  });

  const same =
    theme.length === 0 &&
    blocks.every((entry) => entry.kind === 'kept' && !entry.moved && entry.fields.length === 0);
  return { theme, blocks, same };
}
