/**
 * "Nothing brings an erased person back" (customer.erased). Erasure deletes the person's record
 * on the platform and on every desk; a desk that was offline may still hold an edit of that
 * person made before it heard of the erasure. The platform turns down any change that would write
 * personal data (or merge, or consent) for an erased customer, so the edit is shown in Needs
 * attention and the data stays gone.
 */
import type { EntityRow, RowOp } from '../../mutations/row-ops';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';

export const CUSTOMER_ERASED = 'customer.erased';

/** The customers whose person (or account) a change writes, erasure itself aside. */
function touched(ops: readonly RowOp[]): string[] {
  const ids = new Set<string>();
  for (const op of ops) {
    if (op.table === 'customerPersonal' && op.op !== 'delete')
      ids.add(op.op === 'patch' ? op.id : op.row.id);
    if (op.table === 'customer' && op.op === 'patch' && !('erasedAt' in op.fields)) ids.add(op.id);
    if (op.table === 'customer' && op.op === 'patch' && typeof op.fields.mergedInto === 'string') {
      ids.add(op.fields.mergedInto);
    }
  }
  return [...ids];
}

export interface ErasedDetails {
  customerId: string;
  erasedAt: number;
}

export const erasedStaysErased = defineInvariant<unknown, Record<string, InvariantRead>>({
  rule: CUSTOMER_ERASED,
  mutation: [
    'customer.update',
    'customer.setConsent',
    'customer.merge',
    'customer.create',
    'customers.import',
  ],
  reads: (_args, ops) =>
    Object.fromEntries(
      touched(ops).map((id) => [id, { kind: 'entity', table: 'customer', id } as const]),
    ),
  check: (_args, state, ops) => {
    for (const id of touched(ops)) {
      const erasedAt = (state[id] as EntityRow | null)?.erasedAt;
      if (typeof erasedAt === 'number') {
        const details: ErasedDetails = { customerId: id, erasedAt };
        return { message: `customer ${id} was erased`, details: { ...details } };
      }
    }
    return null;
  },
});
