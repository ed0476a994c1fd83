/**
 * Publishing's changes, through the mutation layer (which asks a manager's approval itself when
 * the member at the desk lacks `storefront.publish`): a publish request the platform numbers into
 * a version, a rollback (an old version's document published again), a schedule and its cancel.
 */
import { newId } from '@domain/ids';
import { cancelSchedule, publishStorefront, schedulePublish } from '@domain/storefront/mutations';
import type {
  PublishRequest,
  PublishSchedule,
  StorefrontDocument,
  StorefrontVersion,
} from '@domain/storefront/schema';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';

/** The live version: the highest number (the list may come in any order). */
export function liveVersionOf(
  versions: readonly StorefrontVersion[] | undefined,
): StorefrontVersion | null {
  if (!versions || versions.length === 0) return null;
  return versions.reduce((live, version) => (version.number > live.number ? version : live));
}

/** Requests this desk (or another) sent that the platform has not made a version of yet. */
export function pendingRequests(
  requests: readonly PublishRequest[],
  versions: readonly StorefrontVersion[],
): PublishRequest[] {
  const made = new Set(versions.map((version) => version.id));
  return requests.filter((request) => !made.has(request.id)).sort((a, b) => a.at - b.at);
}

export async function publishDocument(
  db: VendorDb,
  document: StorefrontDocument,
  options: { note: string; live: StorefrontVersion | null; rollbackOf?: number | null },
  now = Date.now(),
): Promise<PublishRequest> {
  const request: PublishRequest = {
    id: newId(),
    document,
    note: options.note.trim(),
    basedOn: options.live?.number ?? 0,
    rollbackOf: options.rollbackOf ?? null,
    at: now,
  };
  await mutate(db, publishStorefront, { request });
  return request;
}

export async function scheduleDocument(
  db: VendorDb,
  document: StorefrontDocument,
  options: { note: string; publishAt: number },
  now = Date.now(),
): Promise<PublishSchedule> {
  const schedule: PublishSchedule = {
    id: newId(),
    document,
    note: options.note.trim(),
    publishAt: options.publishAt,
    status: 'pending',
    versionNumber: null,
    createdAt: now,
    updatedAt: now,
  };
  await mutate(db, schedulePublish, { schedule });
  return schedule;
}

export async function cancelScheduled(db: VendorDb, id: string, now = Date.now()): Promise<void> {
  await mutate(db, cancelSchedule, { id, at: now });
}
