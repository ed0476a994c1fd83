/**
 * Applies one device's pushed mutations exactly once and in order. The whole batch is one
 * transaction that first locks the vendor's change counter (serialising the vendor's pushes, so
 * change numbers become visible in order) and records each mutation's result and the device's
 * last processed seq with its rows: a push cut off half-way leaves nothing half-applied. A
 * duplicate is acknowledged, a gap stops the batch, a rejection is recorded and passed over.
 */
import { acceptMutation } from '../../domain/sync/accept-mutation';
import { checkInvariants } from '../../domain/sync/invariants';
import type { MutationResult, PushResponse, RejectionReason } from '../../domain/sync/protocol';
import type { OutboxEntry } from '../../domain/outbox';
import { sqlErrorCode, sqlState, type Database, type Queryable } from '../db/database';
import { applyRowOps } from './apply-ops';
import { invariantLoader } from './invariant-state';
import type { SyncRules } from './rules';

export interface PushInput {
  vendorId: string;
  deviceId: string;
  mutations: readonly OutboxEntry[];
}

export async function applyPush(
  db: Database,
  rules: SyncRules,
  input: PushInput,
  notify: (tx: Queryable, vendorId: string) => Promise<void>,
): Promise<PushResponse> {
  const { vendorId, deviceId } = input;
  const ordered = [...input.mutations].sort((a, b) => a.seq - b.seq);
  return db.transaction(async (tx) => {
    const [counter] = await tx.query<{ last_seq: number }>(
      'select last_seq from vendor_seqs where vendor_id = $1 for update',
      [vendorId],
    );
    if (!counter) throw new Error(`vendor ${vendorId} has no change counter`);
    let serverSeq = counter.last_seq;
    let lastProcessedSeq = await deviceCursor(tx, vendorId, deviceId);
    const results: MutationResult[] = [];
    let gap: PushResponse['gap'];
    for (const mutation of ordered) {
      if (mutation.seq <= lastProcessedSeq) {
        results.push({ status: 'duplicate', mutationId: mutation.id, seq: mutation.seq });
        continue;
      }
      if (mutation.seq > lastProcessedSeq + 1) {
        gap = { expectedSeq: lastProcessedSeq + 1, receivedSeq: mutation.seq };
        break;
      }
      serverSeq += 1;
      const result = await processOne(tx, rules, vendorId, serverSeq, mutation);
      await recordResult(tx, vendorId, deviceId, mutation, result);
      results.push(result);
      lastProcessedSeq = mutation.seq;
    }
    if (serverSeq > counter.last_seq) {
      await tx.query('update vendor_seqs set last_seq = $2 where vendor_id = $1', [
        vendorId,
        serverSeq,
      ]);
      await tx.query(
        'update device_cursors set last_seq = $3, updated_at = now() where vendor_id = $1 and device_id = $2',
        [vendorId, deviceId, lastProcessedSeq],
      );
      await notify(tx, vendorId);
    }
    return gap ? { results, lastProcessedSeq, gap } : { results, lastProcessedSeq };
  });
}

async function deviceCursor(tx: Queryable, vendorId: string, deviceId: string): Promise<number> {
  await tx.query(
    'insert into device_cursors (vendor_id, device_id) values ($1, $2) on conflict do nothing',
    [vendorId, deviceId],
  );
  const [row] = await tx.query<{ last_seq: number }>(
    'select last_seq from device_cursors where vendor_id = $1 and device_id = $2',
    [vendorId, deviceId],
  );
  return row?.last_seq ?? 0;
}

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

async function processOne(
  tx: Queryable,
  rules: SyncRules,
  vendorId: string,
  serverSeq: number,
  mutation: OutboxEntry,
): Promise<MutationResult> {
  const verdict = acceptMutation(mutation, rules.findMutation, rules.argsUpgrades);
  if (!verdict.ok) return rejected(mutation, serverSeq, verdict.reason, verdict.message);
  const violation = await checkInvariants(
    rules.invariants.forMutation(mutation.name),
    verdict.args,
    invariantLoader(tx, vendorId),
  );
  if (violation) {
    const { rule, message, details } = violation;
    return rejected(mutation, serverSeq, 'invariant_violated', message, { rule, details });
  }
  await tx.query('savepoint apply_mutation');
  try {
    await applyRowOps(tx, vendorId, serverSeq, verdict.ops);
    await tx.query('release savepoint apply_mutation');
  } catch (error) {
    // A value PostgreSQL cannot store would fail on every retry: reject it, keep the queue moving.
    if (!sqlState.isDataException(sqlErrorCode(error))) throw error;
    await tx.query('rollback to savepoint apply_mutation');
    return rejected(
      mutation,
      serverSeq,
      'invalid_args',
      `not storable: ${(error as Error).message}`,
    );
  }
  return { status: 'applied', mutationId: mutation.id, seq: mutation.seq, serverSeq };
}

async function recordResult(
  tx: Queryable,
  vendorId: string,
  deviceId: string,
  mutation: OutboxEntry,
  result: MutationResult,
): Promise<void> {
  const rejection = result.status === 'rejected' ? result : undefined;
  await tx.query(
    `insert into mutation_results (vendor_id, device_id, seq, mutation_id, name, server_seq, status,
       reason, rule, message, details) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      vendorId,
      deviceId,
      mutation.seq,
      mutation.id,
      mutation.name,
      'serverSeq' in result ? result.serverSeq : null,
      result.status,
      rejection?.reason ?? null,
      rejection?.rule ?? null,
      rejection?.message ?? null,
      rejection?.details ?? null,
    ],
  );
}
