/**
 * Judges one pushed mutation and, when it passes, writes its rows: registry and arguments
 * (domain/sync/accept-mutation.ts), then the maker's permission (platform/staff/authority.ts), then
 * the invariants against the state inside the push transaction, then the row operations. Every
 * verdict but "applied" is a permanent rejection. A change that needed a permission is written to
 * the audit log with its verdict.
 */
import type { RowOp } from '../../domain/mutations/row-ops';
import type { OutboxEntry } from '../../domain/outbox';
import { acceptMutation, type Acceptance } from '../../domain/sync/accept-mutation';
import { attentionItemFor } from '../../domain/sync/attention';
import { checkInvariants } from '../../domain/sync/invariants';
import type { MutationResult, RejectionReason } from '../../domain/sync/protocol';
import { sqlErrorCode, sqlState, type Queryable } from '../db/database';
import { STAFF_NOT_PERMITTED } from '../../domain/staff/part';
import { recordAudit } from '../staff/audit-log';
import { judgeStaffAuthority, type StaffJudgement } from '../staff/authority';
import { recordStaffHistory } from '../staff/history';
import { CUSTOMER_ERASED } from '../../domain/customers/invariants/erased';
import { afterApply } from './after-apply';
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
  /** Whether a rejection is put on the shop's Needs attention list (PushInput.listRejections). */
  listRejections: boolean;
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
  const { tx, vendorId, serverSeq } = context;
  const staff = await judgeStaffAuthority(
    tx,
    vendorId,
    serverSeq,
    mutation,
    verdict.args,
    verdict.ops,
  );
  const result =
    staff && !staff.authority.allowed
      ? await notPermitted(context, mutation, verdict, staff)
      : await checkInvariantsAndApply(context, mutation, verdict);
  if (staff) {
    const status = result.status === 'applied' ? 'applied' : 'rejected';
    await recordAudit(tx, vendorId, serverSeq, mutation, staff, status, verdict.ops);
  }
  return result;
}

/** The maker (and approver) lacked a right the change needs: Needs attention says who and which. */
function notPermitted(
  context: ApplyContext,
  mutation: OutboxEntry,
  verdict: Extract<Acceptance, { ok: true }>,
  staff: StaffJudgement,
): Promise<MutationResult> {
  if (staff.authority.allowed) throw new Error('notPermitted() of an allowed change');
  const { permission, problem } = staff.authority;
  const details: Record<string, unknown> = {
    permission,
    problem,
    actorStaffId: mutation.actorStaffId ?? null,
    actorName: staff.actorName,
    approverStaffId: mutation.approverStaffId ?? null,
    approverName: staff.approverName,
  };
  const message = `${problem}: ${permission} not held by the change's maker or approver`;
  const result = rejected(mutation, context.serverSeq, 'invariant_violated', message, {
    rule: STAFF_NOT_PERMITTED,
    details,
  });
  return needsAttention(context, mutation, result, verdict);
}

async function checkInvariantsAndApply(
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
    // An edit of an erased person holds the very data that was erased: its item keeps no args.
    const kept = rule === CUSTOMER_ERASED ? { args: null, ops: verdict.ops } : verdict;
    return needsAttention(context, mutation, result, kept);
  }
  const write = async (deltas: ChecksumDeltas) => {
    const followUp = afterApply[mutation.name];
    const scrub = { tx, vendorId, serverSeq, deltas, lookups: rules.lookups, mutation };
    const before = await followUp?.before?.(scrub, verdict.args);
    await applyRowOps(tx, vendorId, serverSeq, verdict.ops, deltas, rules.lookups);
    await recordStaffHistory(tx, vendorId, serverSeq, mutation.deviceId, verdict.ops);
    await followUp?.after(scrub, verdict.args, before);
  };
  if (!context.careful) {
    await write(context.deltas);
    return { status: 'applied', mutationId: mutation.id, seq: mutation.seq, serverSeq };
  }
  const own = new ChecksumDeltas();
  await tx.query('savepoint apply_mutation');
  try {
    await write(own);
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
 * only when they parsed (`judged`): a fix starts from them; unparsed input is never stored, nor
 * the arguments of an edit of an erased customer (customer.erased).
 */
async function needsAttention(
  context: ApplyContext,
  mutation: OutboxEntry,
  result: MutationResult,
  judged: { args: unknown; ops: readonly RowOp[] } | null,
): Promise<MutationResult> {
  if (result.status !== 'rejected' || !context.listRejections) return result;
  const item = storableJson(attentionItemFor(result, mutation, judged, Date.now()));
  const op: RowOp = { op: 'put', table: 'attentionItem', row: item };
  const { tx, vendorId, serverSeq, deltas, rules } = context;
  await applyRowOps(tx, vendorId, serverSeq, [op], deltas, rules.lookups);
  return result;
}
