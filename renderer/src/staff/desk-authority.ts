/**
 * The desk's answer to "who makes this change" (db/change-authority.ts): the member at the desk;
 * for a change their role does not allow, a manager's PIN asked for on the spot through the
 * approval prompt the app shell registers (ApprovalHost). Before the shop sets up staff the desk
 * acts as the owner and names nobody, as every console did before.
 */
import Dexie from 'dexie';
import { judgeAuthority, memberAllows } from '@domain/staff/authority';
import type { StaffMember } from '@domain/staff/schema';
import type { ChangeActors, ChangeAuthority } from '../db/change-authority';
import { StoreError } from '../db/errors';
import type { VendorDb } from '../db/vendor-db';
import { loadStaffView, readDeskMember } from './desk-store';

/** What the approval dialog is asked: which right, and who at this shop may give it. */
export interface ApprovalRequest {
  db: VendorDb;
  permission: string;
  mutation: string;
  actor: StaffMember;
  approvers: StaffMember[];
}

/** Resolves to the approving member's id (their PIN checked), or null when the shop cancelled. */
export type ApprovalPrompt = (request: ApprovalRequest) => Promise<string | null>;

export function deskAuthority(prompt: () => ApprovalPrompt | null): ChangeAuthority {
  return {
    async authorize(db, mutation, required): Promise<ChangeActors> {
      const view = await loadStaffView(db);
      if (!view.staffSetUp) return {};
      const desk = await readDeskMember(db);
      const actor = desk ? view.members.find((member) => member.id === desk.staffId) : undefined;
      if (!actor || !actor.active) throw new StoreError('not_permitted');
      const alone = judgeAuthority(required, { actorStaffId: actor.id }, view);
      if (alone.allowed) return { actorStaffId: actor.id };
      if (alone.problem !== 'notPermitted') throw new StoreError('not_permitted');
      // A person cannot be waited for inside a transaction (IndexedDB would commit it meanwhile):
      // a change made as part of another (a Needs-attention fix) needs a member with the right.
      const ask = Dexie.currentTransaction ? null : prompt();
      const approvers = view.members.filter(
        (member) =>
          member.id !== actor.id && required.every((p) => memberAllows(view, member.id, p)),
      );
      const approverStaffId = ask
        ? await ask({ db, permission: alone.permission, mutation, actor, approvers })
        : null;
      if (!approverStaffId) throw new StoreError('not_permitted');
      const approved = judgeAuthority(required, { actorStaffId: actor.id, approverStaffId }, view);
      if (!approved.allowed) throw new StoreError('not_permitted');
      return { actorStaffId: actor.id, approverStaffId };
    },
  };
}
