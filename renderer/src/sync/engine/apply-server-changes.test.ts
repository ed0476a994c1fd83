import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import type { PullResponse } from '@domain/sync/protocol';
import { VendorDb } from '../../db/vendor-db';
import { applyServerChanges, preparePage } from './apply-server-changes';
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
