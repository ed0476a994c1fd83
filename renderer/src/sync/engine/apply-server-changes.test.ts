import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import type { PullResponse } from '@domain/sync/protocol';
import { VendorDb } from '../../db/vendor-db';
import { applyServerChanges, preparePage } from './apply-server-changes';
import { onPulledRows } from './pulled-rows';
import { readSyncState, shadowTable } from './sync-state';

/** One last page of the platform's changes, as a pull answers it. */
function page(changes: PullResponse['changes'], nextCursor: number): PullResponse {
  return { changes, nextCursor, hasMore: false, lastProcessedSeq: 0, devices: [], rejections: [] };
}

describe('applying a pull page', () => {
  it('keeps the rows of a part this console does not know in the shadow only, and goes on', async () => {
    const db = new VendorDb(newId());
    const categoryId = newId();
    const changes: PullResponse['changes'] = [
      {
        kind: 'entity',
        table: 'menuCategory',
        id: categoryId,
        row: { id: categoryId, name: { zh: '面食', en: null }, sortKey: 'm', hidden: false },
        deleted: false,
        serverSeq: 1,
      },
      // A table a newer console in the shop already syncs (a part this build has not got).
      {
        kind: 'entity',
        table: 'futurePart',
        id: 'f1',
        row: { id: 'f1', note: 'from a newer console' },
        deleted: false,
        serverSeq: 2,
      },
    ];
    const prepared = await preparePage(page(changes, 2));
    await applyServerChanges(db, prepared, { cursor: 0, resumeAfter: null });
    expect(await db.menuCategory.get(categoryId)).toMatchObject({ sortKey: 'm' });
    expect((await shadowTable(db).get(['futurePart', 'f1']))?.row).toEqual({
      id: 'f1',
      note: 'from a newer console',
    });
    expect((await readSyncState(db)).cursor).toBe(2);
    db.close();
  });
});

describe('the pulled rows announced after a page is saved', () => {
  it('names each record once the page is saved, new ones as created, a first sync as initial', async () => {
    const db = new VendorDb(newId());
    const bookingId = newId();
    const events: Array<Promise<unknown>> = [];
    const stop = onPulledRows((event) => {
      const rows = event.rows.map(({ table, id, created }) => ({ table, id, created }));
      // What the listener reads is what the page saved.
      events.push(
        shadowTable(event.db)
          .get(['booking', bookingId])
          .then((saved) => ({ initial: event.initial, rows, note: saved?.row.note })),
      );
    });
    const booking = (serverSeq: number, note: string): PullResponse['changes'][number] => ({
      kind: 'entity',
      table: 'booking',
      id: bookingId,
      row: { id: bookingId, source: 'customer', note },
      deleted: false,
      serverSeq,
    });
    await applyServerChanges(db, await preparePage(page([booking(1, 'a')], 1)), {
      cursor: 0,
      resumeAfter: null,
    });
    await applyServerChanges(db, await preparePage(page([booking(2, 'b')], 2)), {
      cursor: 1,
      resumeAfter: null,
    });
    stop();
    await applyServerChanges(db, await preparePage(page([booking(3, 'c')], 3)), {
      cursor: 2,
      resumeAfter: null,
    });
    expect(await Promise.all(events)).toEqual([
      { initial: true, rows: [{ table: 'booking', id: bookingId, created: true }], note: 'a' },
      { initial: false, rows: [{ table: 'booking', id: bookingId, created: false }], note: 'b' },
    ]);
    db.close();
  });
});
