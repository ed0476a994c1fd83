/**
 * Downloads the platform's changes after the saved cursor, page by page, each page applied in
 * its own small transaction with its cursor (apply-server-changes.ts), yielding to the UI between
 * pages, and asks for the next page while storing this one. An interrupted download resumes from
 * the last saved page. Pages never exceed the limit, even inside a large mutation (the platform
 * stops inside it and says where: resumeAfter), so a 100,000-row first download is a thousand
 * short transactions, never one long task.
 */
import { DEFAULT_PULL_LIMIT } from '@domain/sync/protocol';
import { applyServerChanges, preparePage } from './apply-server-changes';
import type { PullFrom } from '../../platform-api/platform-client';
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
  const saved = await readSyncState(db);
  let from: PullFrom = { cursor: saved.cursor, resumeAfter: saved.resumeAfter };
  const startCursor = from.cursor;
  const summary: PullSummary = {
    pages: 0,
    changes: 0,
    settled: 0,
    rejected: 0,
    checksums: undefined,
  };
  // The next page is asked for while this one is stored: the platform's work and the transfer
  // overlap the console's. A page is applied only from the position it was asked for.
  let next = client.pull(vendorId, from, limit);
  for (;;) {
    const page = await next;
    const after: PullFrom = { cursor: page.nextCursor, resumeAfter: page.resumeAfter ?? null };
    if (page.hasMore) {
      next = client.pull(vendorId, after, limit);
      // Awaited on the next turn; if storing this page fails first, its failure is not news.
      next.catch(() => undefined);
    }
    const prepared = await preparePage(page, ctx.yieldToUi);
    const applied = await applyServerChanges(db, prepared, from, ctx.now?.());
    from = after;
    summary.pages += 1;
    summary.changes += applied.changes;
    summary.settled += applied.settled;
    summary.rejected += applied.rejected;
    const span = (page.latestCursor ?? 0) - startCursor;
    ctx.onProgress?.({
      phase: 'pulling',
      pushed,
      pulled: summary.changes,
      ...(span > 0 ? { fraction: Math.min(1, (from.cursor - startCursor) / span) } : {}),
      ...(!page.hasMore ? { fraction: 1 } : {}),
    });
    if (!page.hasMore) {
      summary.checksums = page.checksums;
      return summary;
    }
    await ctx.yieldToUi?.();
  }
}
