/**
 * How many queued changes go in one push: as many as fit the platform's body limit. Without
 * this a push over the limit got 413 and was sent again unchanged, forever. One change always
 * fits on its own (limits.ts bounds it below MAX_PUSH_BYTES), so every push moves the queue on.
 */
import { jsonBytes } from '@domain/menu/mutations/limits';
import type { OutboxEntry } from '@domain/outbox';

/** The push body around its mutations (protocol and client version, device id), generously. */
const ENVELOPE_BYTES = 4 * 1024;

/** The longest prefix of `batch` whose push body fits in `budgetBytes`; never empty. */
export function fitPushBatch(batch: readonly OutboxEntry[], budgetBytes: number): OutboxEntry[] {
  let used = ENVELOPE_BYTES;
  for (const [index, entry] of batch.entries()) {
    used += jsonBytes(entry) + 1;
    if (used > budgetBytes && index > 0) return batch.slice(0, index);
  }
  return [...batch];
}
