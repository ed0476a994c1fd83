/**
 * An outbox entry is one local change waiting to reach the platform. It is written in the same
 * transaction as the rows it changed, so a change is never saved without its entry, nor the
 * reverse. `seq` counts this device's changes to this vendor without gaps: the platform applies
 * them in that order, exactly once.
 */
import { z } from 'zod';

export const outboxEntrySchema = z.object({
  /** The mutation's id, made on the device; the platform uses it to recognise duplicates. */
  id: z.uuid(),
  name: z.string().min(1).max(64),
  version: z.number().int().positive(),
  /** The mutation's arguments: the changed fields only. */
  args: z.unknown(),
  deviceId: z.uuid(),
  seq: z.number().int().positive(),
  /** The device clock when the change was made: shown to the shop, never used for ordering. */
  createdAt: z.number().int(),
});

export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
