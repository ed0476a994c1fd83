/**
 * Sends the queued changes to the platform in seq order, a batch at a time, and records each
 * answer in one transaction: how far the platform has processed (so nothing is sent twice in
 * vain, though a resend is harmless: the platform answers "duplicate"), and every rejection,
 * which leaves the outbox for the needs-attention list with its local effect rebased away.
 */
import { MAX_PUSH_BYTES, MAX_PUSH_MUTATIONS, type PushResponse } from '@domain/sync/protocol';
import { listLocalChanges } from './list-local-changes';
import { fitPushBatch } from './push-batch';
import { recordRejection } from './needs-attention';
import { decidePushOutcome, type PushOutcome } from './push-outcome';
import { rebasePending, syncScope } from './rebase-pending';
import { keysOfEntries } from './replay';
import { SyncError } from '../../platform-api/sync-error';
import { readSyncState, updateSyncState } from './sync-state';
import type { SyncContext } from './sync-context';

export interface PushSummary {
  sent: number;
  rejected: number;
}

export async function pushChanges(ctx: SyncContext): Promise<PushSummary> {
  const { db, client, vendorId, deviceId } = ctx;
  const batchSize = Math.min(ctx.pushBatch ?? MAX_PUSH_MUTATIONS, MAX_PUSH_MUTATIONS);
  const summary: PushSummary = { sent: 0, rejected: 0 };
  let budgetBytes = MAX_PUSH_BYTES;
  for (;;) {
    const { ackedSeq } = await readSyncState(db);
    const queued = await listLocalChanges(db, ackedSeq, batchSize);
    if (queued.length === 0) return summary;
    const batch = fitPushBatch(queued, budgetBytes);
    if (batch[0]!.seq !== ackedSeq + 1 && ackedSeq > 0) {
      // The platform expects a change this device no longer holds: it lost data we sent.
      throw new SyncError(
        'platform_behind',
        `outbox starts at ${batch[0]!.seq}, not ${ackedSeq + 1}`,
      );
    }
    ctx.onProgress?.({ phase: 'pushing', pushed: summary.sent, pulled: 0 });
    let response: PushResponse;
    try {
      response = await client.push(vendorId, { deviceId, mutations: batch });
    } catch (error) {
      // A platform with a smaller body limit: halve the push until one change goes alone.
      if (!(error instanceof SyncError) || error.status !== 413 || batch.length === 1) throw error;
      budgetBytes = Math.floor(budgetBytes / 2);
      continue;
    }
    if (!response.gap && response.results.length === 0) {
      // Nothing processed and no gap: sending the same again would loop forever.
      throw new SyncError('bad_response', 'the platform processed none of the push');
    }
    const outcome = decidePushOutcome(batch, response, ackedSeq);
    if (outcome.inconsistent) {
      throw new SyncError('bad_response', 'push results do not match the changes sent');
    }
    await recordPushOutcome(ctx, outcome, response.gap !== undefined);
    summary.sent += response.results.length;
    summary.rejected += outcome.rejected.length;
    if (response.gap && outcome.ackedSeq >= ackedSeq) {
      // A gap that does not move us back means the platform waits for a change we do not have.
      throw new SyncError('platform_behind', `push gap at ${response.gap.expectedSeq}`);
    }
    await ctx.yieldToUi?.();
  }
}

async function recordPushOutcome(
  ctx: SyncContext,
  outcome: PushOutcome,
  gap: boolean,
): Promise<void> {
  const { db } = ctx;
  const now = ctx.now?.() ?? Date.now();
  await db.transaction('rw', syncScope(db), async () => {
    await updateSyncState(db, (state) => ({
      ackedSeq: gap ? outcome.ackedSeq : Math.max(state.ackedSeq, outcome.ackedSeq),
    }));
    if (outcome.rejected.length === 0) return;
    for (const { entry, rejection } of outcome.rejected) {
      await recordRejection(db, rejection, entry, now);
    }
    const entries = outcome.rejected.map(({ entry }) => entry);
    await db.outbox.bulkDelete(entries.map((entry) => entry.seq));
    await rebasePending(db, keysOfEntries(entries));
  });
}
