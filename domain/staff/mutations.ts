/** Changes to the shop's staff, roles and desk settings; all need `staff.manage` (part.ts). */
import { z } from 'zod';
import { defineMutation } from '../mutations/define';
import {
  idleLockMinutesSchema,
  pinHashSchema,
  roleIdSchema,
  staffMemberSchema,
  staffNameSchema,
  staffRoleSchema,
  staffSettingsSchema,
} from './schema';

export const createStaffMember = defineMutation({
  name: 'staffMember.create',
  version: 1,
  args: staffMemberSchema,
  ops: (member) => [{ op: 'put', table: 'staffMember', row: member }],
});

export const updateStaffMember = defineMutation({
  name: 'staffMember.update',
  version: 1,
  args: z.object({
    id: z.uuid(),
    name: staffNameSchema.optional(),
    roleId: roleIdSchema.optional(),
    active: z.boolean().optional(),
  }),
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'staffMember', id, fields }],
});

/** A new PIN, as its hash only: the digits never leave the desk where they were typed. */
export const setStaffPin = defineMutation({
  name: 'staffMember.setPin',
  version: 1,
  args: z.object({ id: z.uuid(), pin: pinHashSchema }),
  ops: ({ id, pin }) => [{ op: 'patch', table: 'staffMember', id, fields: { pin } }],
});

export const createStaffRole = defineMutation({
  name: 'staffRole.create',
  version: 1,
  args: staffRoleSchema,
  ops: (role) => [{ op: 'put', table: 'staffRole', row: role }],
});

export const updateStaffRole = defineMutation({
  name: 'staffRole.update',
  version: 1,
  args: z.object({
    id: z.uuid(),
    name: staffNameSchema.optional(),
    permissions: staffRoleSchema.shape.permissions.optional(),
  }),
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'staffRole', id, fields }],
});

export const setIdleLock = defineMutation({
  name: 'staffSettings.setIdleLock',
  version: 1,
  args: z.object({ id: staffSettingsSchema.shape.id, idleLockMinutes: idleLockMinutesSchema }),
  // A put: the shop's one settings record exists from its first change on.
  ops: (settings) => [{ op: 'put', table: 'staffSettings', row: settings }],
});

export const staffMutations = [
  createStaffMember,
  updateStaffMember,
  setStaffPin,
  createStaffRole,
  updateStaffRole,
  setIdleLock,
] as const;
