/**
 * Downloads the platform's changes after the saved cursor, page by page, each page applied in
 * its own small transaction with its cursor (apply-server-changes.ts), yielding to the UI between
 * pages. An interrupted download resumes from the last saved page; a 100,000-row first download
 * is a hundred short transactions, never one long task.
 */
import { DEFAULT_PULL_LIMIT } from '@domain/sync/protocol';
import { applyServerChanges } from './apply-server-changes';
import type { SyncContext } from './sync-context';
import { readSyncState } from './sync-state';

export interface PullSummary {
  pages: number;
  changes: number;
  settled: number;
  rejected: number;
  /** The platform's checksum per table as of the final cursor. */
  checksums: Record<string, string> | undefined;
}

export async function pullChanges(ctx: SyncContext, pushed = 0): Promise<PullSummary> {
  const { db, client, vendorId } = ctx;
  const limit = ctx.pageSize ?? DEFAULT_PULL_LIMIT;
  let cursor = (await readSyncState(db)).cursor;
  const startCursor = cursor;
  const summary: PullSummary = {
    pages: 0,
    changes: 0,
    settled: 0,
    rejected: 0,
    checksums: undefined,
  };
  for (;;) {
    const page = await client.pull(vendorId, cursor, limit);
    const applied = await applyServerChanges(db, page, cursor, ctx.now?.());
    cursor = page.nextCursor;
    summary.pages += 1;
    summary.changes += applied.changes;
    summary.settled += applied.settled;
    summary.rejected += applied.rejected;
    const span = (page.latestCursor ?? 0) - startCursor;
    ctx.onProgress?.({
      phase: 'pulling',
      pushed,
      pulled: summary.changes,
      ...(span > 0 ? { fraction: Math.min(1, (cursor - startCursor) / span) } : {}),
      ...(!page.hasMore ? { fraction: 1 } : {}),
    });
    if (!page.hasMore) {
      summary.checksums = page.checksums;
      return summary;
    }
    await ctx.yieldToUi?.();
  }
}
