/**
 * What a push response means for the outbox, as a pure function. Applied entries stay queued
 * until a pull brings their rows (so the shop never sees a change flicker away), but are not sent
 * again; rejected ones leave the queue at once with their reason; after a gap the platform says
 * where to resume. Entries the response does not mention are simply sent again later.
 */
import type { OutboxEntry } from '@domain/outbox';
import type { PushResponse, RejectedMutation } from '@domain/sync/protocol';

export interface PushOutcome {
  /** Entries up to this seq need not be sent again (the platform has processed them). */
  ackedSeq: number;
  /** Sent entries the platform turned down, each with its verdict. */
  rejected: Array<{ entry: OutboxEntry; rejection: RejectedMutation }>;
  /** The response could not be matched to what was sent: do not trust it, pull and retry. */
  inconsistent: boolean;
}

export function decidePushOutcome(
  sent: readonly OutboxEntry[],
  response: PushResponse,
  previousAckedSeq: number,
): PushOutcome {
  const byId = new Map(sent.map((entry) => [entry.id, entry]));
  const rejected: PushOutcome['rejected'] = [];
  let inconsistent = false;
  for (const result of response.results) {
    const entry = byId.get(result.mutationId);
    if (!entry || entry.seq !== result.seq) {
      inconsistent = true;
      continue;
    }
    if (result.status === 'rejected') rejected.push({ entry, rejection: result });
  }
  // After a gap the platform's own count is the truth, even if it is lower than ours (its data
  // was restored from a backup): resend from there rather than lose the entries in between.
  const ackedSeq = response.gap
    ? response.gap.expectedSeq - 1
    : Math.max(previousAckedSeq, response.lastProcessedSeq);
  return { ackedSeq, rejected, inconsistent };
}

/** Entries still to send: after the acknowledged seq, in seq order, at most `limit`. */
export function entriesToSend(
  queued: readonly OutboxEntry[],
  ackedSeq: number,
  limit: number,
): OutboxEntry[] {
  return queued
    .filter((entry) => entry.seq > ackedSeq)
    .sort((a, b) => a.seq - b.seq)
    .slice(0, limit);
}

/**
 * Which queued entries a pull page settles: at or below the device's last processed seq. The
 * rejected ones among them are named by the page (or were already handled after the push).
 */
export function settledByPull(
  queued: readonly OutboxEntry[],
  lastProcessedSeq: number,
  rejections: readonly RejectedMutation[],
): {
  applied: OutboxEntry[];
  rejected: Array<{ entry: OutboxEntry; rejection: RejectedMutation }>;
} {
  const rejectionById = new Map(rejections.map((rejection) => [rejection.mutationId, rejection]));
  const applied: OutboxEntry[] = [];
  const rejected: Array<{ entry: OutboxEntry; rejection: RejectedMutation }> = [];
  for (const entry of queued) {
    const rejection = rejectionById.get(entry.id);
    if (rejection) rejected.push({ entry, rejection });
    else if (entry.seq <= lastProcessedSeq) applied.push(entry);
  }
  return { applied, rejected };
}
