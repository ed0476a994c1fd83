/**
 * Issue 4: pushing a long queue. The queue is made once by the console's real mutate(), one menu
 * item at a time, as a shop working offline would; each timed round replays that queue (untimed)
 * into a fresh database under a new device of a fresh shop, then times the engine's push
 * (pushChanges: batches of MAX_PUSH_MUTATIONS, each answer recorded in the database).
 */
import { createItem } from '@domain/menu/mutations';
import type { MenuItem } from '@domain/menu/schema';
import type { OutboxEntry } from '@domain/outbox';
import { DEVICE_ID_KEY, mutate, OUTBOX_SEQ_KEY } from '../../renderer/src/db/mutate';
import { pushChanges } from '../../renderer/src/sync/engine/push-changes';
import { yieldToUi } from '../../renderer/src/sync/engine/yield-to-ui';
import type { PushOptions, PushRun, QueuedOutbox, QueueOptions } from './sync-api';
import { newSignedInDevice } from './sync-first-sync';
import { dropBenchDb, openBenchDb } from './store';
import { syncMenuItem } from './sync-fixtures';
import { observeMainThread } from './sync-observe';

/** The queue as mutate() left it, kept by the page between calls. */
let made: OutboxEntry[] | undefined;

export async function syncMakeQueue(options: QueueOptions): Promise<QueuedOutbox> {
  const db = await openBenchDb();
  try {
    await db.meta.put({ key: DEVICE_ID_KEY, value: crypto.randomUUID() });
    const started = performance.now();
    for (let n = 0; n < options.mutations; n += 1) {
      await mutate(db, createItem, syncMenuItem(n));
    }
    const makeMs = performance.now() - started;
    made = await db.outbox.orderBy('seq').toArray();
    return { entries: made, makeMs };
  } finally {
    await dropBenchDb(db);
  }
}

export async function syncPushQueue(options: PushOptions): Promise<PushRun> {
  if (!made) throw new Error('make the queue first (syncMakeQueue)');
  const { platformUrl, shop } = options;
  const device = await newSignedInDevice(platformUrl, shop);
  const { db } = device;
  try {
    // The state mutate() left, under this device: the items, the queue and its counters.
    const entries = made
      .slice(0, options.entries ?? made.length)
      .map((entry) => ({ ...entry, deviceId: device.deviceId }));
    await db.transaction('rw', [db.menuItem, db.outbox, db.meta], async () => {
      await db.menuItem.bulkPut(entries.map((entry) => entry.args as MenuItem));
      await db.outbox.bulkAdd(entries);
      await db.meta.bulkPut([
        { key: DEVICE_ID_KEY, value: device.deviceId },
        { key: OUTBOX_SEQ_KEY, value: entries.at(-1)?.seq ?? 0 },
      ]);
    });
    const stop = observeMainThread(platformUrl);
    const started = performance.now();
    const summary = await pushChanges({
      db,
      vendorId: shop.vendorId,
      deviceId: device.deviceId,
      client: device.client,
      pushBatch: options.batch,
      yieldToUi,
    });
    const ms = performance.now() - started;
    return { ms, sent: summary.sent, rejected: summary.rejected, observed: await stop() };
  } finally {
    await dropBenchDb(db);
  }
}
