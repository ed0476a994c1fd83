/**
 * The images waiting to go up to the platform. A row is written in the same transaction that
 * keeps the photo's image on this device (menu/photos/photo-store.ts), so no kept image is ever
 * forgotten, and removed with it. The bytes are read from photoBlob when the upload runs; a row
 * leaves the queue when the platform has the image, or stays as 'refused' when the platform says
 * no for a reason sending again will not change. Nothing here ever blocks saving a photo.
 */
import type { MediaUploadRow, VendorDb } from '../db/vendor-db';
import { retryDelayMs, type BackoffPolicy } from '../sync/engine/backoff';
import { MediaError, type MediaClient } from './media-client';

/** Queues the image of photo `photoId`; call inside a transaction that includes mediaUpload. */
export async function queueUpload(
  db: VendorDb,
  photoId: string,
  contentHash: string,
  now = Date.now(),
): Promise<void> {
  await db.mediaUpload.put({
    id: photoId,
    contentHash,
    state: 'queued',
    attempts: 0,
    nextAttemptAt: now,
    lastError: null,
    queuedAt: now,
  });
}

/**
 * The queued uploads to try now: those whose backoff has passed, and, when the network has just
 * come back (`reachable`), those that failed only for want of an answer.
 */
export async function dueUploads(
  db: VendorDb,
  now: number,
  reachable: boolean,
): Promise<MediaUploadRow[]> {
  const queued = await db.mediaUpload.where('state').equals('queued').toArray();
  return queued
    .filter(
      (row) =>
        row.nextAttemptAt <= now ||
        (reachable && (row.lastError === 'offline' || row.lastError === 'timeout')),
    )
    .sort((a, b) => a.queuedAt - b.queuedAt);
}

/** When the next queued upload is due, or null when none waits. */
export async function nextUploadAt(db: VendorDb): Promise<number | null> {
  const queued = await db.mediaUpload.where('state').equals('queued').toArray();
  return queued.length ? Math.min(...queued.map((row) => row.nextAttemptAt)) : null;
}

export type UploadOutcome = 'uploaded' | 'gone' | 'refused' | 'retry';

export interface UploadPolicy {
  now: number;
  random: number;
  backoff?: BackoffPolicy;
}

/** Sends one queued image (unless the platform has it already) and records what happened. */
export async function uploadQueued(
  db: VendorDb,
  client: MediaClient,
  row: MediaUploadRow,
  policy: UploadPolicy,
): Promise<UploadOutcome> {
  const kept = await db.photoBlob.get(row.id);
  if (!kept) {
    await db.mediaUpload.delete(row.id);
    return 'gone';
  }
  try {
    if (!(await client.has(row.contentHash))) {
      const stored = await client.upload(kept.image);
      if (stored.hash !== row.contentHash) throw new MediaError('hash_mismatch');
    }
    await settle(db, row, () => db.mediaUpload.delete(row.id));
    return 'uploaded';
  } catch (error) {
    const problem = error instanceof MediaError ? error : new MediaError('failed');
    if (problem.final) {
      await settle(db, row, () =>
        db.mediaUpload.update(row.id, { state: 'refused', lastError: problem.code }),
      );
      return 'refused';
    }
    const attempts = row.attempts + 1;
    await settle(db, row, () =>
      db.mediaUpload.update(row.id, {
        attempts,
        nextAttemptAt: policy.now + retryDelayMs(attempts, policy.random, policy.backoff),
        lastError: problem.code,
      }),
    );
    return 'retry';
  }
}

/** Writes the outcome unless the row was queued anew meanwhile (the photo's image replaced). */
async function settle(db: VendorDb, row: MediaUploadRow, write: () => Promise<unknown>) {
  await db.transaction('rw', db.mediaUpload, async () => {
    const current = await db.mediaUpload.get(row.id);
    if (current && current.contentHash === row.contentHash && current.queuedAt === row.queuedAt) {
      await write();
    }
  });
}
