/**
 * Whether a change may be made by whoever is at the desk: the one rule both ends apply. The
 * console asks it before saving (and asks for a manager's PIN when it says no); the platform asks
 * it again with the staff records as the desk saw them when the change was made. Pure.
 */
import { roleAllows } from './roles';
import type { StaffMember, StaffRole } from './schema';

/** The staff records a judgement reads, as of one moment. */
export interface StaffView {
  /** The shop has set up staff (until then the desk acts as the owner). */
  readonly staffSetUp: boolean;
  readonly member: (id: string) => Pick<StaffMember, 'id' | 'roleId' | 'active'> | null;
  readonly role: (id: string) => Pick<StaffRole, 'permissions'> | null;
}

export interface Actors {
  actorStaffId?: string | undefined;
  approverStaffId?: string | undefined;
}

export type AuthorityProblem =
  /** Staff exist but the change names nobody. */
  | 'noActor'
  /** The member it names is unknown or not active. */
  | 'actorInactive'
  /** The actor lacks the right and nobody (or somebody without it) approved. */
  | 'notPermitted';

export type Authority =
  | { allowed: true; approvedFor: readonly string[] }
  | { allowed: false; problem: AuthorityProblem; permission: string };

/** Whether this member, as the view has them, holds the permission. */
export function memberAllows(view: StaffView, staffId: string, permission: string): boolean {
  const member = view.member(staffId);
  if (!member || !member.active) return false;
  return roleAllows(member.roleId, permission, view.role(member.roleId));
}

/**
 * Judges a change needing `required` permissions. `approvedFor` lists the permissions the
 * approver supplied (the actor lacked them): the change is then recorded with both names.
 */
export function judgeAuthority(
  required: readonly string[],
  actors: Actors,
  view: StaffView,
): Authority {
  if (required.length === 0 || !view.staffSetUp) return { allowed: true, approvedFor: [] };
  const first = required[0]!;
  if (!actors.actorStaffId) return { allowed: false, problem: 'noActor', permission: first };
  const actor = view.member(actors.actorStaffId);
  if (!actor || !actor.active) {
    return { allowed: false, problem: 'actorInactive', permission: first };
  }
  const approvedFor: string[] = [];
  for (const permission of required) {
    if (memberAllows(view, actor.id, permission)) continue;
    if (actors.approverStaffId && memberAllows(view, actors.approverStaffId, permission)) {
      approvedFor.push(permission);
      continue;
    }
    return { allowed: false, problem: 'notPermitted', permission };
  }
  return { allowed: true, approvedFor };
}
