/**
 * An outbox entry is one local change waiting to reach the platform. It is written in the same
 * transaction as the rows it changed, so a change is never saved without its entry, nor the
 * reverse. `seq` counts this device's changes to this vendor without gaps: the platform applies
 * them in that order, exactly once. Who made the change travels with it (the staff issue): the
 * staff member at the desk, the one who approved it when the member lacked the right, and the
 * platform change number the desk's view was at, which fixes the role that counts.
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
  /** The staff member at the desk; absent before the shop set up staff (the device acts as owner). */
  actorStaffId: z.uuid().optional(),
  /** The member who approved it with their PIN, when the actor had no right to make it alone. */
  approverStaffId: z.uuid().optional(),
  /**
   * The platform change number the desk had pulled when the change was made: the staff and roles
   * as of then (plus this device's own earlier changes) decide whether the actor had the right.
   * Absent on entries written by consoles from before staff existed.
   */
  pulledSeq: z.number().int().nonnegative().optional(),
});

export type OutboxEntry = z.infer<typeof outboxEntrySchema>;
