/**
 * The desk's own staff state, in the vendor database: who is at this desk now (a `meta` row, never
 * synced) and the wrong-PIN counts per member (the local `pinAttempts` store). Also the staff
 * records as the authority rule reads them. No React: the desk authority and the UI share it.
 */
import type { StaffView } from '@domain/staff/authority';
import { afterWrongPin, lockedForMs, noAttempts } from '@domain/staff/lockout';
import { verifyPin } from '@domain/staff/pin';
import type { StaffMember } from '@domain/staff/schema';
import type { VendorDb } from '../db/vendor-db';

/** The `meta` row naming the member at this desk: `{ staffId, since }`, or absent. */
export const DESK_MEMBER_KEY = 'deskMember';

export interface DeskMember {
  staffId: string;
  since: number;
}

export async function readDeskMember(db: VendorDb): Promise<DeskMember | null> {
  const row = await db.meta.get(DESK_MEMBER_KEY);
  const value = row?.value as DeskMember | undefined;
  return value && typeof value.staffId === 'string' ? value : null;
}

export async function setDeskMember(db: VendorDb, staffId: string, now = Date.now()) {
  await db.meta.put({ key: DESK_MEMBER_KEY, value: { staffId, since: now } });
}

/** Locks the desk: nobody is at it until a member enters their PIN. */
export async function clearDeskMember(db: VendorDb) {
  await db.meta.delete(DESK_MEMBER_KEY);
}

/** The shop's staff records, whole (a shop has a few dozen at most), as the rule reads them. */
export async function loadStaffView(db: VendorDb): Promise<StaffView & { members: StaffMember[] }> {
  const [members, roles] = await Promise.all([db.staffMember.toArray(), db.staffRole.toArray()]);
  const memberById = new Map(members.map((member) => [member.id, member]));
  const roleById = new Map(roles.map((role) => [role.id, role]));
  return {
    members,
    staffSetUp: members.length > 0,
    member: (id) => memberById.get(id) ?? null,
    role: (id) => roleById.get(id) ?? null,
  };
}

export type PinCheck =
  | { ok: true; member: StaffMember }
  | { ok: false; problem: 'wrong'; triesLeft: number }
  | { ok: false; problem: 'locked'; lockedForMs: number }
  | { ok: false; problem: 'inactive' };

/**
 * Checks a member's PIN on this desk, offline, against the synced hash, counting wrong PINs: the
 * fifth in a row locks the member out here for a while (domain/staff/lockout.ts).
 */
export async function checkMemberPin(
  db: VendorDb,
  staffId: string,
  pin: string,
  now = Date.now(),
): Promise<PinCheck> {
  const member = await db.staffMember.get(staffId);
  if (!member || !member.active) return { ok: false, problem: 'inactive' };
  const attempts = (await db.pinAttempts.get(staffId)) ?? noAttempts(staffId);
  const locked = lockedForMs(attempts, now);
  if (locked > 0) return { ok: false, problem: 'locked', lockedForMs: locked };
  if (await verifyPin(pin, member.pin)) {
    await db.pinAttempts.delete(staffId);
    return { ok: true, member };
  }
  const next = afterWrongPin(attempts, now);
  await db.pinAttempts.put(next);
  const lockedNow = lockedForMs(next, now);
  if (lockedNow > 0) return { ok: false, problem: 'locked', lockedForMs: lockedNow };
  return { ok: false, problem: 'wrong', triesLeft: 5 - next.failures };
}
