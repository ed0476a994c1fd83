/**
 * The editor's undo and redo for this session. A step is a change as the editor made it, with
 * what it replaced: undoing writes the inverse change through the mutation layer (a removed block
 * added back with its fields and sort key, fields edited back to their previous values, a block
 * moved back to its old key), redoing writes the change again. Nothing is rolled back in place,
 * so an undo syncs like any edit and merges field by field with another desk's work.
 */
import type { BlockType, DraftBlock, ThemeFields } from '@domain/storefront/schema';

export type Step =
  | { kind: 'add'; block: DraftBlock }
  | { kind: 'remove'; block: DraftBlock }
  | {
      kind: 'edit';
      id: string;
      type: BlockType;
      fields: Record<string, unknown>;
      previous: Record<string, unknown>;
    }
  | { kind: 'move'; id: string; from: string; to: string }
  | { kind: 'theme'; fields: Partial<ThemeFields>; previous: Partial<ThemeFields> }
  | { kind: 'group'; steps: Step[] };

/** The step that takes back `step`. */
export function invert(step: Step): Step {
  switch (step.kind) {
    case 'add':
      return { kind: 'remove', block: step.block };
    case 'remove':
      return { kind: 'add', block: step.block };
    case 'edit':
      return { ...step, fields: step.previous, previous: step.fields };
    case 'move':
      return { ...step, from: step.to, to: step.from };
    case 'theme':
      return { kind: 'theme', fields: step.previous, previous: step.fields };
    case 'group':
      return { kind: 'group', steps: [...step.steps].reverse().map(invert) };
  }
}

/** The fields of `fields` whose value differs from the block's, with the block's values. */
export function changedFields(
  block: Record<string, unknown>,
  fields: Record<string, unknown>,
): { fields: Record<string, unknown>; previous: Record<string, unknown> } | null {
  const next: Record<string, unknown> = {};
  const previous: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (JSON.stringify(block[key]) === JSON.stringify(value)) continue;
    next[key] = value;
    previous[key] = block[key];
  }
  return Object.keys(next).length === 0 ? null : { fields: next, previous };
}

export interface History {
  done: Step[];
  undone: Step[];
}

export const emptyHistory = (): History => ({ done: [], undone: [] });

/** At most this many steps are kept: older ones can no longer be undone. */
export const HISTORY_LIMIT = 100;

export function recorded(history: History, step: Step): History {
  return { done: [...history.done, step].slice(-HISTORY_LIMIT), undone: [] };
}
