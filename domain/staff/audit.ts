/**
 * The audit log's wire contract: the platform records every change that needed a permission
 * (applied or turned down), with who made it, who approved it, from which desk and when, and the
 * shop's owner reads it through GET /v1/vendors/:vendorId/audit, newest first, page by page.
 */
import { z } from 'zod';

export const auditPath = (vendorId: string) => `/v1/vendors/${vendorId}/audit`;

export const MAX_AUDIT_PAGE = 500;

export const auditEntrySchema = z.object({
  serverSeq: z.number().int().nonnegative(),
  mutationId: z.uuid(),
  name: z.string(),
  /** The permissions the change needed. */
  permissions: z.array(z.string()),
  status: z.enum(['applied', 'rejected']),
  actorStaffId: z.uuid().nullable(),
  /** The names as they were when the change arrived. */
  actorName: z.string().nullable(),
  approverStaffId: z.uuid().nullable(),
  approverName: z.string().nullable(),
  deviceId: z.uuid(),
  deviceName: z.string().nullable(),
  /** The desk's clock when the change was made. */
  madeAt: z.number().int(),
  /** The platform's clock when it arrived. */
  receivedAt: z.number().int(),
  /** The records it touched (at most 20). */
  records: z.array(z.object({ table: z.string(), id: z.string() })),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const intParam = z.coerce.number().int();

export const auditQuerySchema = z
  .object({
    /** Entries with a server seq below this (the previous page's nextBefore). */
    before: intParam.positive().optional(),
    limit: intParam.min(1).max(MAX_AUDIT_PAGE).default(100),
    /** Only changes this member made or approved. */
    staffId: z.uuid().optional(),
    /** Made at or after / before (epoch ms, the platform's clock of arrival). */
    from: intParam.nonnegative().optional(),
    to: intParam.nonnegative().optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditResponseSchema = z.object({
  entries: z.array(auditEntrySchema),
  /** Send as `before` for the next (older) page; null on the last. */
  nextBefore: z.number().int().nullable(),
});
export type AuditResponse = z.infer<typeof auditResponseSchema>;
