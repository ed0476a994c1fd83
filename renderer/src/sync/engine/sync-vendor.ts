/**
 * One whole sync of one vendor database: push what is queued, pull what changed, verify the
 * checksums and repair a table that does not match. The first sync of a database pulls before it
 * pushes, so a device id the platform already knows is detected before anything is sent under it.
 * Any step may fail; everything already saved stays consistent and the next sync picks it up.
 */
import { syncedTables } from '@domain/mutations/tables';
import { pullChanges, type PullSummary } from './pull-changes';
import { pushChanges, type PushSummary } from './push-changes';
import type { SyncContext } from './sync-context';
import { SyncError, syncErrorOf } from '../../platform-api/sync-error';
import { readSyncState, updateSyncState } from './sync-state';
import { finishRepair, startRepair, verifyChecksums } from './verify-checksums';

export interface SyncSummary {
  push: PushSummary;
  pulledChanges: number;
  settled: number;
  rejected: number;
  /** Tables downloaded again because their checksum did not match. */
  repaired: string[];
  /** Tables whose local rows were rebuilt from the platform's. */
  rebuilt: string[];
}

export async function syncVendor(ctx: SyncContext): Promise<SyncSummary> {
  const summary: SyncSummary = {
    push: { sent: 0, rejected: 0 },
    pulledChanges: 0,
    settled: 0,
    rejected: 0,
    repaired: [],
    rebuilt: [],
  };
  try {
    const firstDownload = !(await readSyncState(ctx.db)).downloaded;
    if (firstDownload) await pullAndVerify(ctx, summary, false);
    summary.push = await pushChanges(ctx);
    // A deep check rereads every stored row: once per sync, at the end, and never right after
    // the first download wrote them all (its running checksums already matched the platform's).
    await pullAndVerify(ctx, summary, Boolean(ctx.deepVerify) && !firstDownload);
    const now = ctx.now?.() ?? Date.now();
    await updateSyncState(ctx.db, { downloaded: true, lastSyncedAt: now, lastError: null });
    return summary;
  } catch (error) {
    const failure = syncErrorOf(error);
    const at = ctx.now?.() ?? Date.now();
    await updateSyncState(ctx.db, { lastError: { code: failure.code, at } }).catch(() => undefined);
    throw failure;
  }
}

async function pullAndVerify(ctx: SyncContext, summary: SyncSummary, deep: boolean): Promise<void> {
  let pulled = await pullOrRewind(ctx, summary);
  if ((await readSyncState(ctx.db)).repairTables.length > 0) {
    summary.repaired.push(...(await finishRepair(ctx.db)));
  }
  ctx.onProgress?.({
    phase: 'verifying',
    pushed: summary.push.sent,
    pulled: summary.pulledChanges,
  });
  const verification = await verifyChecksums(ctx.db, pulled.checksums ?? {}, {
    deep,
    yieldToUi: ctx.yieldToUi,
  });
  summary.rebuilt.push(...verification.rebuilt);
  if (verification.shadowMismatch.length === 0) return;
  // Download the mismatched tables again, once; a second mismatch is the platform's problem.
  ctx.onProgress?.({
    phase: 'repairing',
    pushed: summary.push.sent,
    pulled: summary.pulledChanges,
  });
  await startRepair(ctx.db, verification.shadowMismatch);
  pulled = await pullOrRewind(ctx, summary);
  summary.repaired.push(...(await finishRepair(ctx.db)));
  const again = await verifyChecksums(ctx.db, pulled.checksums ?? {}, { yieldToUi: ctx.yieldToUi });
  if (again.shadowMismatch.length > 0) {
    throw new SyncError(
      'bad_response',
      `checksums still differ: ${again.shadowMismatch.join(', ')}`,
    );
  }
}

/** A pull; when the platform has fewer changes than our cursor (restored), start over from 0. */
async function pullOrRewind(ctx: SyncContext, summary: SyncSummary): Promise<PullSummary> {
  let pulled: PullSummary;
  try {
    pulled = await pullChanges(ctx, summary.push.sent);
  } catch (error) {
    if (!(error instanceof SyncError) || error.code !== 'platform_behind') throw error;
    await startRepair(ctx.db, syncedTables);
    pulled = await pullChanges(ctx, summary.push.sent);
  }
  summary.pulledChanges += pulled.changes;
  summary.settled += pulled.settled;
  summary.rejected += pulled.rejected;
  return pulled;
}
