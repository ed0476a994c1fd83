/**
 * Shop staff (店员): the people who work the desk, the roles that say what each may do, and the
 * shop's desk settings. All three are synced records, so every desktop of the shop can check a
 * PIN and a right offline. A PIN is kept only as a slow salted hash (pin.ts).
 */
import { z } from 'zod';
import { storableTextSchema } from '../text';

/** The built-in roles, by fixed id; a custom role has a UUID and its own permission list. */
export const builtInRoleIds = ['owner', 'manager', 'cashier'] as const;
export type BuiltInRoleId = (typeof builtInRoleIds)[number];

export const roleIdSchema = z.union([z.enum(builtInRoleIds), z.uuid()]);
export type RoleId = z.infer<typeof roleIdSchema>;

export const PIN_ALGORITHM = 'PBKDF2-SHA256';

/** A PIN as the desk keeps it: PBKDF2-SHA256 over the digits with this member's own salt. */
export const pinHashSchema = z.object({
  algorithm: z.literal(PIN_ALGORITHM),
  /** 16 random bytes, base64. */
  salt: z.string().min(16).max(64),
  iterations: z.number().int().min(100_000).max(10_000_000),
  /** 32 bytes, base64. */
  hash: z.string().min(40).max(64),
});
export type PinHash = z.infer<typeof pinHashSchema>;

export const staffNameSchema = storableTextSchema.trim().min(1).max(40);

export const staffMemberSchema = z.object({
  id: z.uuid(),
  name: staffNameSchema,
  roleId: roleIdSchema,
  active: z.boolean(),
  pin: pinHashSchema,
  createdAt: z.number().int(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** Permission ids as the parts declare them ('menu.editPrices'). */
export const permissionIdSchema = z.string().regex(/^[a-z][A-Za-z]*\.[A-Za-z]+$/, 'permission');

export const staffRoleSchema = z.object({
  id: z.uuid(),
  name: staffNameSchema,
  permissions: z.array(permissionIdSchema).max(200),
  createdAt: z.number().int(),
});
export type StaffRole = z.infer<typeof staffRoleSchema>;

/** Minutes without a key or a click before the desk locks; null = never. */
export const idleLockMinutesSchema = z.number().int().min(1).max(240).nullable();

/** One record per shop, its id the vendor's id. */
export const staffSettingsSchema = z.object({
  id: z.uuid(),
  idleLockMinutes: idleLockMinutesSchema,
});
export type StaffSettings = z.infer<typeof staffSettingsSchema>;

export const DEFAULT_IDLE_LOCK_MINUTES = 5;
