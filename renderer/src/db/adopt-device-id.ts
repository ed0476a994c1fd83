/**
 * Moves a vendor database to a device id the platform gave out instead of the one it pinned (the
 * old id had no secret to show). The queued changes go with it, numbered again from 1 under the
 * new id, in one transaction: the platform has seen nothing of the new id, and a change it did
 * process under the old one is recognised by its mutation id and answered as a duplicate.
 */
import { updateSyncState } from '../sync/engine/sync-state';
import { DEVICE_ID_KEY, OUTBOX_SEQ_KEY, readDeviceId } from './mutate';
import type { VendorDb } from './vendor-db';

export async function adoptDeviceId(db: VendorDb, deviceId: string): Promise<void> {
  await db.transaction('rw', db.meta, db.outbox, async () => {
    if ((await readDeviceId(db)) === deviceId) return;
    const queued = await db.outbox.orderBy('seq').toArray();
    await db.outbox.clear();
    await db.outbox.bulkAdd(queued.map((entry, index) => ({ ...entry, deviceId, seq: index + 1 })));
    await db.meta.put({ key: DEVICE_ID_KEY, value: deviceId });
    await db.meta.put({ key: OUTBOX_SEQ_KEY, value: queued.length });
    await updateSyncState(db, { ackedSeq: 0 });
  });
}
