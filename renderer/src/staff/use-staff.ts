/** Live reads of the shop's staff, its roles and desk settings, and who is at this desk. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { isBuiltInRole } from '@domain/staff/roles';
import type { StaffMember, StaffRole, StaffSettings } from '@domain/staff/schema';
import { useActiveVendor } from '../vendors/use-vendor';
import { readDeskMember } from './desk-store';

export function useStaffMembers(): StaffMember[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    const members = await db.staffMember.toArray();
    return members.sort((a, b) => a.createdAt - b.createdAt || a.name.localeCompare(b.name));
  }, [db]);
}

export function useStaffRoles(): StaffRole[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    const roles = await db.staffRole.toArray();
    return roles.sort((a, b) => a.createdAt - b.createdAt);
  }, [db]);
}

export function useStaffSettings(): StaffSettings | null | undefined {
  const { db, vendorId } = useActiveVendor();
  return useLiveQuery(async () => (await db.staffSettings.get(vendorId)) ?? null, [db, vendorId]);
}

export interface DeskState {
  /** The shop has staff: the desk needs a member at it. */
  staffSetUp: boolean;
  /** Who is at the desk (null: locked, or no staff yet). */
  member: StaffMember | null;
}

export function useDeskState(): DeskState | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    const [count, desk] = await Promise.all([db.staffMember.count(), readDeskMember(db)]);
    const member = desk ? await db.staffMember.get(desk.staffId) : undefined;
    return { staffSetUp: count > 0, member: member?.active ? member : null };
  }, [db]);
}

/** Staff names by id, for every list that says who made a change. */
export function useStaffNames(): ReadonlyMap<string, string> {
  const { db } = useActiveVendor();
  return (
    useLiveQuery(
      async () => new Map((await db.staffMember.toArray()).map((m) => [m.id, m.name])),
      [db],
    ) ?? new Map()
  );
}

/** A role's name in the shop's words: the built-in ones translated, a custom one as named. */
export function roleLabel(
  t: TFunction,
  roleId: string,
  roles: readonly StaffRole[] | undefined,
): string {
  if (isBuiltInRole(roleId)) return t(`staff:roles.${roleId}`);
  return roles?.find((role) => role.id === roleId)?.name ?? roleId;
}
