/**
 * Who makes a change on this desk, asked by mutate() before it writes anything. The staff feature
 * registers the answer (renderer/src/staff/desk-authority.ts): the member at the desk, and, for a
 * change their role does not allow, a manager's approval asked for on the spot. Until one is
 * registered (tests, a console without staff) nobody is named and nothing is asked.
 */
import type { VendorDb } from './vendor-db';

export interface ChangeActors {
  actorStaffId?: string;
  approverStaffId?: string;
}

export interface ChangeAuthority {
  /**
   * Names who makes the change; `required` are the permissions it needs (domain/staff/required.ts).
   * Throws StoreError('not_permitted') when the change may not be made.
   */
  authorize(db: VendorDb, mutation: string, required: readonly string[]): Promise<ChangeActors>;
}

let current: ChangeAuthority | null = null;

export function setChangeAuthority(authority: ChangeAuthority | null): void {
  current = authority;
}

export function authorizeChange(
  db: VendorDb,
  mutation: string,
  required: readonly string[],
): Promise<ChangeActors> {
  return current ? current.authorize(db, mutation, required) : Promise.resolve({});
}
