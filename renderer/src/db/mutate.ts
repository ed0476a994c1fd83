/**
 * The one way the console changes a vendor's data. In a single strict-durability transaction it
 * writes the rows a mutation causes and appends the outbox entry the sync engine will push:
 * a change is never saved without its entry, and an entry never exists without its change. Before
 * that it asks who makes the change (change-authority.ts): the entry names the member at the desk,
 * the approver when one was needed, and the platform change number this desk's view stood at.
 */
import type { MutationDefinition } from '@domain/mutations/define';
import { newId } from '@domain/ids';
import type { OutboxEntry } from '@domain/outbox';
import { fitsOneMutation, MAX_ROW_OPS_PER_MUTATION } from '@domain/menu/mutations/limits';
import { requiredPermissions } from '@domain/staff/required';
import { findUnstorableText } from '@domain/text';
import { applyOps, tablesOf } from './apply-ops';
import { authorizeChange } from './change-authority';
import { currentInstallationDeviceId } from './device';
import { StoreError, toStoreError } from './errors';
import type { VendorDb } from './vendor-db';

/** The `meta` row holding the device id this vendor's changes go out under. */
export const DEVICE_ID_KEY = 'deviceId';
/** The `meta` row holding the last outbox sequence number this device gave out. */
export const OUTBOX_SEQ_KEY = 'outboxSeq';

/** The device id this vendor's changes go out under; null before the first write pins it. */
export async function readDeviceId(db: VendorDb): Promise<string | null> {
  const row = await db.meta.get(DEVICE_ID_KEY);
  return typeof row?.value === 'string' ? row.value : null;
}

/**
 * The device id this vendor's changes are sent under, pinned on the first write together with the
 * sequence it numbers: the two must never be separated, or the platform would see a gap.
 */
export async function ensureDeviceId(db: VendorDb): Promise<string> {
  const pinned = await readDeviceId(db);
  if (pinned) return pinned;
  const deviceId = currentInstallationDeviceId() ?? newId();
  await db.meta.put({ key: DEVICE_ID_KEY, value: deviceId });
  return deviceId;
}

/** The platform change number this desk's copy stands at (the sync engine's cursor). */
async function pulledSeq(db: VendorDb): Promise<number> {
  const row = await db.meta.get('syncState');
  const cursor = (row?.value as { cursor?: unknown } | undefined)?.cursor;
  return typeof cursor === 'number' ? cursor : 0;
}

async function nextOutboxSeq(db: VendorDb): Promise<number> {
  const row = await db.meta.get(OUTBOX_SEQ_KEY);
  const seq = (typeof row?.value === 'number' ? row.value : 0) + 1;
  await db.meta.put({ key: OUTBOX_SEQ_KEY, value: seq });
  return seq;
}

/**
 * Validates the arguments, applies the mutation locally and queues it for the platform.
 * Throws a StoreError ('invalid_input', 'not_permitted', 'quota_exceeded' or 'failed'); nothing
 * is written then.
 */
export async function mutate<Args>(
  db: VendorDb,
  mutation: MutationDefinition<string, Args>,
  args: Args,
): Promise<OutboxEntry> {
  try {
    const parsed = mutation.args.parse(args);
    const ops = mutation.ops(parsed);
    // The platform would reject these as invalid_args (domain/text.ts, limits.ts): refuse them
    // before they are saved, not after the shop has moved on.
    if (findUnstorableText(parsed)) throw new StoreError('invalid_input');
    if (ops.length > MAX_ROW_OPS_PER_MUTATION || !fitsOneMutation(parsed)) {
      throw new StoreError('invalid_input');
    }
    const actors = await authorizeChange(
      db,
      mutation.name,
      requiredPermissions(mutation.name, parsed, ops),
    );
    return await db.transaction('rw', [...tablesOf(ops), 'outbox', 'meta'], async () => {
      const entry: OutboxEntry = {
        id: newId(),
        name: mutation.name,
        version: mutation.version,
        args: parsed,
        deviceId: await ensureDeviceId(db),
        seq: await nextOutboxSeq(db),
        createdAt: Date.now(),
        ...actors,
        pulledSeq: await pulledSeq(db),
      };
      await applyOps(db, ops);
      await db.outbox.add(entry);
      return entry;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
