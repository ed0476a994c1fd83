/**
 * Needs attention, shop-wide: when the platform turns a change down it writes an attention item
 * (id = the rejected mutation's id) in the same transaction as its verdict, under that verdict's
 * server seq, so every desktop of the shop pulls the same list. Dismissing an item, or fixing it
 * with one of its rule's actions, is the settle mutation: a change like any other, made offline
 * and synced, so the item leaves every desktop's list.
 */
import { z } from 'zod';
import { defineMutation } from '../mutations/define';
import type { RowOp } from '../mutations/row-ops';
import type { OutboxEntry } from '../outbox';
import { rejectionReasonSchema, type RejectedMutation } from './protocol';

/** At most this many records are named on an item (a rejected import touches thousands). */
export const MAX_ATTENTION_RECORDS = 20;

export const attentionRecordSchema = z.object({ table: z.string(), id: z.string() });

export const attentionResolutionSchema = z.enum(['dismissed', 'fixed']);
export type AttentionResolution = z.infer<typeof attentionResolutionSchema>;

export const attentionItemSchema = z.object({
  /** The rejected mutation's id. */
  id: z.uuid(),
  name: z.string(),
  reason: rejectionReasonSchema,
  rule: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  /** The platform's developer message, kept for support. */
  message: z.string(),
  /** The change's parsed arguments when it was judged by a rule (what a fix starts from). */
  args: z.unknown(),
  records: z.array(attentionRecordSchema).max(MAX_ATTENTION_RECORDS),
  /** How many records the change touched in all. */
  recordCount: z.number().int().nonnegative(),
  /** The device clock when the shop made the change. */
  madeAt: z.number().int().nullable(),
  /** The platform's clock when it turned the change down. */
  rejectedAt: z.number().int(),
  dismissedAt: z.number().int().nullable(),
  resolution: attentionResolutionSchema.nullable(),
  /** The staff member who made the change and who approved it (absent on older items). */
  madeBy: z.uuid().nullable().optional(),
  approvedBy: z.uuid().nullable().optional(),
});
export type AttentionItem = z.infer<typeof attentionItemSchema>;

/** The distinct records a change's row operations touch, in order. */
export function recordsOf(ops: readonly RowOp[]): Array<{ table: string; id: string }> {
  const seen = new Set<string>();
  const records: Array<{ table: string; id: string }> = [];
  for (const op of ops) {
    const id = op.op === 'put' || op.op === 'append' ? op.row.id : op.id;
    const key = `${op.table}\u0000${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    records.push({ table: op.table, id });
  }
  return records;
}

/**
 * The item the platform writes for a rejection. `judged` is set when the arguments parsed (a rule
 * said no): only then are they kept, as the platform read them.
 */
export function attentionItemFor(
  rejection: RejectedMutation,
  entry: Pick<OutboxEntry, 'createdAt' | 'actorStaffId' | 'approverStaffId'>,
  judged: { args: unknown; ops: readonly RowOp[] } | null,
  rejectedAt: number,
): AttentionItem {
  const records = judged ? recordsOf(judged.ops) : [];
  return {
    id: rejection.mutationId,
    name: rejection.name,
    reason: rejection.reason,
    rule: rejection.rule ?? null,
    details: rejection.details ?? null,
    message: rejection.message,
    args: judged?.args ?? null,
    records: records.slice(0, MAX_ATTENTION_RECORDS),
    recordCount: records.length,
    madeAt: entry.createdAt,
    rejectedAt,
    dismissedAt: null,
    resolution: null,
    madeBy: entry.actorStaffId ?? null,
    approvedBy: entry.approverStaffId ?? null,
  };
}

/** Takes an item off the shop's list: dismissed ("got it") or fixed by one of its rule's actions. */
export const settleAttentionItem = defineMutation({
  name: 'attentionItem.settle',
  version: 1,
  args: z.object({
    id: z.uuid(),
    resolution: attentionResolutionSchema,
    settledAt: z.number().int(),
  }),
  ops: ({ id, resolution, settledAt }) => [
    { op: 'patch', table: 'attentionItem', id, fields: { dismissedAt: settledAt, resolution } },
  ],
});
