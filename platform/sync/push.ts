/**
 * Applies one device's pushed mutations exactly once and in order. The whole batch is one
 * transaction that first locks the vendor's change counter (serialising the vendor's pushes, so
 * change numbers become visible in order) and records each mutation's result and the device's
 * last processed seq with its rows: a push cut off half-way leaves nothing half-applied. A
 * duplicate is acknowledged, a gap stops the batch, a rejection is recorded and passed over.
 */
import type { OutboxEntry } from '../../domain/outbox';
import type { MutationResult, PushResponse } from '../../domain/sync/protocol';
import { sqlErrorCode, sqlState, type Database, type Queryable } from '../db/database';
import { ChecksumDeltas } from './apply-ops';
import { judgeAndApply } from './apply-mutation';
import type { SyncRules } from './rules';
import { storable, storableJson } from './storable';

export interface PushInput {
  vendorId: string;
  deviceId: string;
  mutations: readonly OutboxEntry[];
}

type Announce = (tx: Queryable, vendorId: string) => Promise<void>;

export async function applyPush(
  db: Database,
  rules: SyncRules,
  input: PushInput,
  announce: Announce,
): Promise<PushResponse> {
  try {
    return await runBatch(db, rules, input, announce, false);
  } catch (error) {
    if (!sqlState.isDataException(sqlErrorCode(error))) throw error;
    // Some value could not be stored. Redo the batch with a savepoint per mutation, so only the
    // culprit is rejected; the fast path skips those savepoints because this almost never happens.
    return runBatch(db, rules, input, announce, true);
  }
}

async function runBatch(
  db: Database,
  rules: SyncRules,
  input: PushInput,
  announce: Announce,
  careful: boolean,
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
    const processed: { mutation: OutboxEntry; result: MutationResult }[] = [];
    const deltas = new ChecksumDeltas();
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
      const context = { tx, rules, vendorId, serverSeq, deltas, careful };
      const result = await judgeAndApply(context, mutation);
      processed.push({ mutation, result });
      results.push(result);
      lastProcessedSeq = mutation.seq;
    }
    if (processed.length > 0) {
      await deltas.save(tx, vendorId);
      await recordResults(tx, vendorId, deviceId, processed);
      await saveProgress(tx, vendorId, deviceId, serverSeq, lastProcessedSeq);
      await announce(tx, vendorId);
    }
    return gap ? { results, lastProcessedSeq, gap } : { results, lastProcessedSeq };
  });
}

async function saveProgress(
  tx: Queryable,
  vendorId: string,
  deviceId: string,
  serverSeq: number,
  lastProcessedSeq: number,
): Promise<void> {
  await tx.query('update vendor_seqs set last_seq = $2 where vendor_id = $1', [
    vendorId,
    serverSeq,
  ]);
  await tx.query(
    'update device_cursors set last_seq = $3, updated_at = now() where vendor_id = $1 and device_id = $2',
    [vendorId, deviceId, lastProcessedSeq],
  );
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

const RESULT_COLUMNS = 11;

/** One insert for the whole batch's results: the batch is at most 500 mutations. */
async function recordResults(
  tx: Queryable,
  vendorId: string,
  deviceId: string,
  processed: readonly { mutation: OutboxEntry; result: MutationResult }[],
): Promise<void> {
  const params: (string | number | null | Record<string, unknown>)[] = [];
  const rows = processed.map(({ mutation, result }, index) => {
    const rejection = result.status === 'rejected' ? result : undefined;
    params.push(
      vendorId,
      deviceId,
      mutation.seq,
      mutation.id,
      storable(mutation.name),
      'serverSeq' in result ? result.serverSeq : null,
      result.status,
      rejection?.reason ?? null,
      rejection?.rule ? storable(rejection.rule) : null,
      rejection?.message ? storable(rejection.message) : null,
      rejection?.details ? storableJson(rejection.details) : null,
    );
    const first = index * RESULT_COLUMNS;
    return `(${Array.from({ length: RESULT_COLUMNS }, (_, i) => `$${first + i + 1}`).join(', ')})`;
  });
  await tx.query(
    `insert into mutation_results (vendor_id, device_id, seq, mutation_id, name, server_seq, status,
       reason, rule, message, details) values ${rows.join(', ')}`,
    params,
  );
}
