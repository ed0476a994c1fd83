/**
 * What each role may do. The owner may do everything, always; a manager everything but managing
 * staff and reading the audit log; a cashier none of the guarded changes; a custom role exactly
 * its list. Pure: the desk and the platform ask the same questions of their own staff records.
 */
import type { BuiltInRoleId, StaffRole } from './schema';

/** Rights only the owner (or a custom role given them) holds: who works here, and the audit log. */
export const OWNER_ONLY_PERMISSIONS: ReadonlySet<string> = new Set([
  'staff.manage',
  'staff.viewAudit',
]);

export function isBuiltInRole(roleId: string): roleId is BuiltInRoleId {
  return roleId === 'owner' || roleId === 'manager' || roleId === 'cashier';
}

/**
 * Whether a role holds a permission. `customRole` is the record of a custom role id (null when
 * the shop has no such role: it allows nothing).
 */
export function roleAllows(
  roleId: string,
  permission: string,
  customRole: Pick<StaffRole, 'permissions'> | null,
): boolean {
  if (roleId === 'owner') return true;
  if (roleId === 'manager') return !OWNER_ONLY_PERMISSIONS.has(permission);
  if (roleId === 'cashier') return false;
  return customRole?.permissions.includes(permission) ?? false;
}
