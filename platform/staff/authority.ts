/**
 * The platform's permission check of an arriving change (docs/sync-protocol.md, "Staff"): the
 * rights the change needs (the parts' declarations), judged by domain/staff/authority.ts against
 * the staff records as the desk saw them when it made the change — the platform's as of the
 * entry's `pulledSeq`, plus the desk's own earlier changes. A member demoted later keeps what
 * they did before; a desk that let someone do what their role did not allow is turned down.
 * An entry without `pulledSeq` (a console from before staff) is judged by the staff as they are.
 */
import type { RowOp } from '../../domain/mutations/row-ops';
import type { OutboxEntry } from '../../domain/outbox';
import { isBuiltInRole } from '../../domain/staff/roles';
import { judgeAuthority, type Authority } from '../../domain/staff/authority';
import { requiredPermissions } from '../../domain/staff/required';
import type { StaffMember, StaffRole } from '../../domain/staff/schema';
import type { Queryable } from '../db/database';
import { recordAsSeen, staffSetUpAsSeen, type SeenBy } from './history';

export interface StaffJudgement {
  required: string[];
  authority: Authority;
  actorName: string | null;
  approverName: string | null;
}

/** Null when the change needs no permission. */
export async function judgeStaffAuthority(
  tx: Queryable,
  vendorId: string,
  serverSeq: number,
  entry: OutboxEntry,
  args: unknown,
  ops: readonly RowOp[],
): Promise<StaffJudgement | null> {
  const required = requiredPermissions(entry.name, args, ops);
  if (required.length === 0) return null;
  const current = serverSeq - 1;
  const seen: SeenBy = {
    asOf: Math.min(entry.pulledSeq ?? current, current),
    deviceId: entry.deviceId,
  };
  const members = new Map<string, StaffMember | null>();
  const roles = new Map<string, StaffRole | null>();
  for (const id of [entry.actorStaffId, entry.approverStaffId]) {
    if (!id || members.has(id)) continue;
    const member = await recordAsSeen<StaffMember>(tx, vendorId, 'staffMember', id, seen);
    members.set(id, member);
    if (member && !isBuiltInRole(member.roleId) && !roles.has(member.roleId)) {
      roles.set(
        member.roleId,
        await recordAsSeen<StaffRole>(tx, vendorId, 'staffRole', member.roleId, seen),
      );
    }
  }
  const authority = judgeAuthority(required, entry, {
    staffSetUp: await staffSetUpAsSeen(tx, vendorId, seen),
    member: (id) => members.get(id) ?? null,
    role: (id) => roles.get(id) ?? null,
  });
  const nameOf = (id: string | undefined) => (id ? (members.get(id)?.name ?? null) : null);
  return {
    required,
    authority,
    actorName: nameOf(entry.actorStaffId),
    approverName: nameOf(entry.approverStaffId),
  };
}
