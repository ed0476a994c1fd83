/**
 * Judges one pushed mutation and, when it passes, writes its rows: registry and arguments
 * (domain/sync/accept-mutation.ts), then the invariants against the state inside the push
 * transaction, then the row operations. Every verdict but "applied" is a permanent rejection.
 */
import type { RowOp } from '../../domain/mutations/row-ops';
import type { OutboxEntry } from '../../domain/outbox';
import { acceptMutation, type Acceptance } from '../../domain/sync/accept-mutation';
import { attentionItemFor } from '../../domain/sync/attention';
import { checkInvariants } from '../../domain/sync/invariants';
import type { MutationResult, RejectionReason } from '../../domain/sync/protocol';
import { sqlErrorCode, sqlState, type Queryable } from '../db/database';
import { applyRowOps, ChecksumDeltas } from './apply-ops';
import { invariantLoader } from './invariant-state';
import type { SyncRules } from './rules';
import { storableJson } from './storable';

export interface ApplyContext {
  tx: Queryable;
  rules: SyncRules;
  vendorId: string;
  serverSeq: number;
  /** The batch's checksum changes; this mutation's are added only if it is applied. */
  deltas: ChecksumDeltas;
  /** Wrap the writes in a savepoint, so a value PostgreSQL refuses rejects only this mutation. */
  careful: boolean;
  /** Row operations this push may still do; a mutation that needs more waits for the next push. */
  rowOpsLeft: number;
}

/** Not processed: it would take the push past its row budget; the sender sends it again. */
export const DEFERRED = 'deferred' as const;

/** A verdict and the row operations it cost, or DEFERRED. */
export type Judged = { result: MutationResult; rowOps: number } | typeof DEFERRED;

function rejected(
  mutation: OutboxEntry,
  serverSeq: number,
  reason: RejectionReason,
  message: string,
  extra: { rule?: string; details?: Record<string, unknown> } = {},
): MutationResult {
  return {
    status: 'rejected',
    mutationId: mutation.id,
    seq: mutation.seq,
    name: mutation.name,
    serverSeq,
    reason,
    message,
    ...extra,
  };
}

export async function judgeAndApply(context: ApplyContext, mutation: OutboxEntry): Promise<Judged> {
  // Judging a change is CPU work that holds this process (a 20,000-item import parses for
  // ~200 ms): between changes, let other shops' requests run, as on PostgreSQL nothing else
  // makes them wait for this push.
  await new Promise((resolve) => setImmediate(resolve));
  const verdict = acceptMutation(mutation, context.rules.findMutation, context.rules.argsUpgrades);
  if (!verdict.ok) {
    const result = rejected(mutation, context.serverSeq, verdict.reason, verdict.message);
    // One row: the shop's Needs-attention item.
    return { result: await needsAttention(context, mutation, result, null), rowOps: 1 };
  }
  if (verdict.ops.length > context.rowOpsLeft) return DEFERRED;
  return { result: await checkAndApply(context, mutation, verdict), rowOps: verdict.ops.length };
}

async function checkAndApply(
  context: ApplyContext,
  mutation: OutboxEntry,
  verdict: Extract<Acceptance, { ok: true }>,
): Promise<MutationResult> {
  const { tx, rules, vendorId, serverSeq } = context;
  const violation = await checkInvariants(
    rules.invariants.forMutation(mutation.name),
    verdict.args,
    invariantLoader(tx, vendorId, rules.lookups),
    verdict.ops,
  );
  if (violation) {
    const { rule, message, details } = violation;
    const result = rejected(mutation, serverSeq, 'invariant_violated', message, { rule, details });
    return needsAttention(context, mutation, result, verdict);
  }
  if (!context.careful) {
    await applyRowOps(tx, vendorId, serverSeq, verdict.ops, context.deltas, rules.lookups);
    return { status: 'applied', mutationId: mutation.id, seq: mutation.seq, serverSeq };
  }
  const own = new ChecksumDeltas();
  await tx.query('savepoint apply_mutation');
  try {
    await applyRowOps(tx, vendorId, serverSeq, verdict.ops, own, rules.lookups);
    await tx.query('release savepoint apply_mutation');
  } catch (error) {
    // A value PostgreSQL cannot store would fail on every retry: reject it, keep the queue moving.
    if (!sqlState.isDataException(sqlErrorCode(error))) throw error;
    await tx.query('rollback to savepoint apply_mutation');
    const message = `not storable: ${(error as Error).message}`;
    return needsAttention(
      context,
      mutation,
      rejected(mutation, serverSeq, 'invalid_args', message),
      null,
    );
  }
  own.mergeInto(context.deltas);
  return { status: 'applied', mutationId: mutation.id, seq: mutation.seq, serverSeq };
}

/**
 * Puts a rejection on the shop's Needs attention list (the attentionItem table), under the
 * rejected change's own server seq, so every desktop of the shop pulls it. The arguments are kept
 * only when they parsed (`judged`): a fix starts from them; unparsed input is never stored.
 */
async function needsAttention(
  context: ApplyContext,
  mutation: OutboxEntry,
  result: MutationResult,
  judged: { args: unknown; ops: readonly RowOp[] } | null,
): Promise<MutationResult> {
  if (result.status !== 'rejected') return result;
  const item = storableJson(attentionItemFor(result, mutation, judged, Date.now()));
  const op: RowOp = { op: 'put', table: 'attentionItem', row: item };
  const { tx, vendorId, serverSeq, deltas, rules } = context;
  await applyRowOps(tx, vendorId, serverSeq, [op], deltas, rules.lookups);
  return result;
}
