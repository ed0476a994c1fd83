/**
 * Staff changes as the Staff page makes them, through the mutation layer. A PIN is hashed here,
 * on the desk where it was typed; only the hash goes into the change.
 */
import { newId } from '@domain/ids';
import {
  createStaffMember,
  createStaffRole,
  setIdleLock,
  setStaffPin,
  updateStaffMember,
  updateStaffRole,
} from '@domain/staff/mutations';
import { hashPin } from '@domain/staff/pin';
import type { StaffMember } from '@domain/staff/schema';
import { mutate } from '../db/mutate';
import type { VendorDb } from '../db/vendor-db';
import { setDeskMember } from './desk-store';

export async function addStaffMember(
  db: VendorDb,
  member: { name: string; roleId: string; pin: string },
): Promise<StaffMember> {
  const row: StaffMember = {
    id: newId(),
    name: member.name.trim(),
    roleId: member.roleId,
    active: true,
    pin: await hashPin(member.pin),
    createdAt: Date.now(),
  };
  await mutate(db, createStaffMember, row);
  return row;
}

/**
 * The first run of staff: the owner (the platform account's holder) sets their PIN, and is at the
 * desk from then on. Until now the desk acted as the owner, so this change needs no approval.
 */
export async function setUpOwner(db: VendorDb, owner: { name: string; pin: string }) {
  const member = await addStaffMember(db, { ...owner, roleId: 'owner' });
  await setDeskMember(db, member.id);
  return member;
}

export async function editStaffMember(
  db: VendorDb,
  before: StaffMember,
  next: { name: string; roleId: string; active: boolean; pin?: string },
): Promise<void> {
  const changes: { name?: string; roleId?: string; active?: boolean } = {};
  if (next.name.trim() !== before.name) changes.name = next.name.trim();
  if (next.roleId !== before.roleId) changes.roleId = next.roleId;
  if (next.active !== before.active) changes.active = next.active;
  if (Object.keys(changes).length > 0) {
    await mutate(db, updateStaffMember, { id: before.id, ...changes });
  }
  if (next.pin) await mutate(db, setStaffPin, { id: before.id, pin: await hashPin(next.pin) });
}

export async function saveRole(
  db: VendorDb,
  role: { id?: string; name: string; permissions: string[] },
): Promise<void> {
  if (role.id) {
    await mutate(db, updateStaffRole, {
      id: role.id,
      name: role.name.trim(),
      permissions: role.permissions,
    });
    return;
  }
  await mutate(db, createStaffRole, {
    id: newId(),
    name: role.name.trim(),
    permissions: role.permissions,
    createdAt: Date.now(),
  });
}

export function setIdleLockMinutes(db: VendorDb, vendorId: string, minutes: number | null) {
  return mutate(db, setIdleLock, { id: vendorId, idleLockMinutes: minutes });
}
