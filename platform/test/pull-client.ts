/**
 * The smallest client a pull test needs: follows pages to the end and keeps the platform's rows
 * by table, as a console's store would, so checksums can be compared the way a console will.
 */
import { tableChecksum } from '../../domain/sync/checksum';
import type { PullResponse } from '../../domain/sync/protocol';
import { pullPath, type Device, type PullOptions, type TestPlatform } from './server';

export class PulledRows {
  readonly tables = new Map<string, Map<string, Record<string, unknown>>>();
  cursor = 0;
  /** Where the last page stopped inside a mutation, if it did. */
  after: string | undefined;

  apply(page: PullResponse): void {
    for (const change of page.changes) {
      let rows = this.tables.get(change.table);
      if (!rows) this.tables.set(change.table, (rows = new Map()));
      if (change.kind === 'entity' && change.deleted) rows.delete(change.id);
      else rows.set(change.id, change.row!);
    }
    this.cursor = page.nextCursor;
    this.after = page.resumeAfter;
  }

  checksum(table: string): string {
    return tableChecksum(this.tables.get(table)?.values() ?? []);
  }
}

/** Pulls pages until hasMore is false; returns them all. */
export async function pullToEnd(
  platform: TestPlatform,
  vendorId: string,
  device: Device,
  into: PulledRows,
  options: Omit<PullOptions, 'after'> | number = {},
): Promise<PullResponse[]> {
  const pages: PullResponse[] = [];
  const base = typeof options === 'number' ? { limit: options } : options;
  for (;;) {
    const path = pullPath(vendorId, into.cursor, { ...base, after: into.after });
    const result = await platform.call('GET', path, { token: device.token });
    if (result.status !== 200)
      throw new Error(`pull failed: ${result.status} ${JSON.stringify(result.body)}`);
    const page = result.body as PullResponse;
    into.apply(page);
    pages.push(page);
    if (!page.hasMore) return pages;
  }
}
