/**
 * What one row operation does to one stored record, as a pure function. The platform applies
 * pushed mutations with it and a client can rebase its pending mutations with it, so both ends
 * resolve conflicts the same way: a patch merges only its changed (top-level) fields, so edits of
 * different fields by two devices both survive and, for one field, the later-applied edit wins;
 * a patch or delete of a missing record changes nothing; a ledger entry is appended once.
 */
import type { EntityRow, RowOp } from '../mutations/row-ops';
import { canonicalJson } from './checksum';

/** A record as the platform keeps it: deleted records stay as tombstones so pulls can carry them. */
export interface StoredEntity {
  row: EntityRow | null;
  deleted: boolean;
}

export type EntityOp = Exclude<RowOp, { op: 'append' }>;

/** The record after `op`, or undefined when the op leaves it as it was. */
export function applyEntityOp(
  current: StoredEntity | undefined,
  op: EntityOp,
): StoredEntity | undefined {
  const live = current && !current.deleted && current.row ? current.row : undefined;
  switch (op.op) {
    case 'put':
      if (live && canonicalJson(live) === canonicalJson(op.row)) return undefined;
      return { row: op.row, deleted: false };
    case 'patch': {
      if (!live) return undefined;
      const fields = withoutUndefined(op.fields);
      delete fields.id; // a record never changes its id
      const next: EntityRow = { ...live, ...fields };
      return canonicalJson(next) === canonicalJson(live)
        ? undefined
        : { row: next, deleted: false };
    }
    case 'delete':
      return live ? { row: null, deleted: true } : undefined;
  }
}

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}
