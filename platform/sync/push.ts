/**
 * Applies one device's pushed mutations exactly once and in order. The whole batch is one
 * transaction that first locks the vendor's change counter (serialising the vendor's pushes, so
 * change numbers become visible in order) and records each mutation's result and the device's
 * last processed seq with its rows: a push cut off half-way leaves nothing half-applied. A
 * duplicate is acknowledged, a gap stops the batch, a rejection is recorded and passed over.
 * Exactly-once holds by mutation id too: an id the vendor has seen, under any seq or device (a
 * backup restored on a second computer, a device id reissued), is answered `duplicate` with its
 * first verdict and moves the sender's seq on without being applied again.
 */
import type { OutboxEntry } from '../../domain/outbox';
import {
  MAX_ROW_OPS_PER_PUSH,
  type MutationResult,
  type PushResponse,
} from '../../domain/sync/protocol';
import { sqlErrorCode, sqlState, type Database, type Queryable } from '../db/database';
import { ChecksumDeltas } from './apply-ops';
import { DEFERRED, judgeAndApply } from './apply-mutation';
import type { SyncRules } from './rules';
import { storable, storableJson } from './storable';

export interface PushInput {
  vendorId: string;
  deviceId: string;
  mutations: readonly OutboxEntry[];
  /**
   * Whether a rejection goes on the shop's Needs attention list (the default). Off only for a
   * change the platform makes for someone who is answered at once (a guest's online booking).
   */
  listRejections?: boolean;
}

type Announce = (tx: Queryable, vendorId: string) => Promise<void>;

/** A mutation this push processed, and the change number it was processed at. */
interface Processed {
  mutation: OutboxEntry;
  result: MutationResult;
  at: number;
}

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
    const startSeq = await deviceCursor(tx, vendorId, deviceId);
    let lastProcessedSeq = startSeq;
    const seen = await verdictsOf(tx, vendorId, ordered);
    const results: MutationResult[] = [];
    const processed: Processed[] = [];
    let rowOps = 0;
    const deltas = new ChecksumDeltas();
    let gap: PushResponse['gap'];
    for (const mutation of ordered) {
      const verdict = seen.get(mutation.id);
      if (mutation.seq <= lastProcessedSeq) {
        results.push(duplicateOf(mutation, verdict));
        continue;
      }
      if (mutation.seq > lastProcessedSeq + 1) {
        gap = { expectedSeq: lastProcessedSeq + 1, receivedSeq: mutation.seq };
        break;
      }
      if (verdict) {
        const result = duplicateOf(mutation, verdict);
        processed.push({ mutation, result, at: serverSeq });
        results.push(result);
        lastProcessedSeq = mutation.seq;
        continue;
      }
      // Until some rows are written any one mutation is taken, so every push moves on.
      const rowOpsLeft = rowOps === 0 ? Infinity : MAX_ROW_OPS_PER_PUSH - rowOps;
      const context = {
        tx,
        rules,
        vendorId,
        serverSeq: serverSeq + 1,
        deltas,
        careful,
        rowOpsLeft,
        listRejections: input.listRejections ?? true,
      };
      const judged = await judgeAndApply(context, mutation);
      if (judged === DEFERRED) break;
      const { result } = judged;
      serverSeq += 1;
      rowOps += judged.rowOps;
      processed.push({ mutation, result, at: serverSeq });
      results.push(result);
      lastProcessedSeq = mutation.seq;
      const first = verdictOf(result);
      if (first) seen.set(mutation.id, first);
    }
    if (processed.length > 0) {
      await deltas.save(tx, vendorId);
      await recordResults(tx, vendorId, deviceId, processed);
      await saveProgress(tx, vendorId, deviceId, serverSeq, lastProcessedSeq);
      if (serverSeq > counter.last_seq) await announce(tx, vendorId);
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

type Verdict = NonNullable<Extract<MutationResult, { status: 'duplicate' }>['verdict']>;

function verdictOf(result: MutationResult): Verdict | undefined {
  if (result.status === 'applied') return { status: 'applied', serverSeq: result.serverSeq };
  if (result.status !== 'rejected') return undefined;
  const { serverSeq, reason, rule } = result;
  return rule
    ? { status: 'rejected', serverSeq, reason, rule }
    : { status: 'rejected', serverSeq, reason };
}

function duplicateOf(mutation: OutboxEntry, verdict: Verdict | undefined): MutationResult {
  const result = { status: 'duplicate' as const, mutationId: mutation.id, seq: mutation.seq };
  return verdict ? { ...result, verdict } : result;
}

/** The first verdict on each of these mutation ids this vendor has already processed. */
async function verdictsOf(
  tx: Queryable,
  vendorId: string,
  mutations: readonly OutboxEntry[],
): Promise<Map<string, Verdict>> {
  const rows = await tx.query<{
    mutation_id: string;
    status: 'applied' | 'rejected';
    server_seq: number;
    reason: Verdict['reason'] | null;
    rule: string | null;
  }>(
    `select mutation_id, status, server_seq, reason, rule from mutation_results
     where vendor_id = $1 and mutation_id = any($2::uuid[]) and status <> 'duplicate'`,
    [vendorId, mutations.map((mutation) => mutation.id)],
  );
  return new Map(
    rows.map((row) => [
      row.mutation_id,
      {
        status: row.status,
        serverSeq: row.server_seq,
        ...(row.reason ? { reason: row.reason } : {}),
        ...(row.rule ? { rule: row.rule } : {}),
      },
    ]),
  );
}

const RESULT_COLUMNS = 11;

/**
 * One insert for the whole batch's results: the batch is at most 500 mutations. A duplicate by
 * id is recorded at the change number current when it came, so a pull as of that number shows
 * the device past it.
 */
async function recordResults(
  tx: Queryable,
  vendorId: string,
  deviceId: string,
  processed: readonly Processed[],
): Promise<void> {
  const params: (string | number | null | Record<string, unknown>)[] = [];
  const rows = processed.map(({ mutation, result, at }, index) => {
    const rejection = result.status === 'rejected' ? result : undefined;
    params.push(
      vendorId,
      deviceId,
      mutation.seq,
      mutation.id,
      storable(mutation.name),
      at,
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
