import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '@domain/outbox';
import type { PushResponse, RejectedMutation } from '@domain/sync/protocol';
import { decidePushOutcome, entriesToSend, settledByPull } from './push-outcome';

const DEVICE = '00000000-0000-7000-8000-000000000000';
function entry(seq: number): OutboxEntry {
  return {
    id: `00000000-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    name: 'menuItem.update',
    version: 1,
    args: {},
    deviceId: DEVICE,
    seq,
    createdAt: 0,
  };
}
const applied = (e: OutboxEntry, serverSeq: number) =>
  ({ status: 'applied', mutationId: e.id, seq: e.seq, serverSeq }) as const;
const rejection = (e: OutboxEntry, serverSeq: number): RejectedMutation => ({
  status: 'rejected',
  mutationId: e.id,
  seq: e.seq,
  name: e.name,
  serverSeq,
  reason: 'invariant_violated',
  rule: 'menuStock.oversold',
  message: 'stock would go below zero',
});

describe('decidePushOutcome', () => {
  const sent = [entry(4), entry(5), entry(6)];

  it('acknowledges up to the last processed seq and picks out the rejections', () => {
    const response: PushResponse = {
      results: [applied(sent[0]!, 10), rejection(sent[1]!, 11), applied(sent[2]!, 12)],
      lastProcessedSeq: 6,
    };
    const outcome = decidePushOutcome(sent, response, 3);
    expect(outcome.ackedSeq).toBe(6);
    expect(outcome.inconsistent).toBe(false);
    expect(outcome.rejected.map(({ entry: e }) => e.seq)).toEqual([5]);
  });

  it('treats duplicates as processed and never moves the acknowledgement back without a gap', () => {
    const response: PushResponse = {
      results: sent.map((e) => ({ status: 'duplicate', mutationId: e.id, seq: e.seq })),
      lastProcessedSeq: 6,
    };
    expect(decidePushOutcome(sent, response, 8).ackedSeq).toBe(8);
  });

  it('resends from where the platform says after a gap, even backwards', () => {
    const response: PushResponse = {
      results: [],
      lastProcessedSeq: 2,
      gap: { expectedSeq: 3, receivedSeq: 4 },
    };
    expect(decidePushOutcome(sent, response, 3).ackedSeq).toBe(2);
  });

  it('flags results that name changes it did not send', () => {
    const response: PushResponse = { results: [applied(entry(9), 1)], lastProcessedSeq: 9 };
    expect(decidePushOutcome(sent, response, 3).inconsistent).toBe(true);
  });
});

describe('entriesToSend', () => {
  it('sends what comes after the acknowledgement, oldest first, in batches', () => {
    const queued = [entry(7), entry(3), entry(5), entry(4), entry(6)];
    expect(entriesToSend(queued, 4, 2).map((e) => e.seq)).toEqual([5, 6]);
  });
});

describe('settledByPull', () => {
  it('settles what the platform processed, rejected ones by name, and keeps the rest queued', () => {
    const queued = [entry(1), entry(2), entry(3), entry(4)];
    const settled = settledByPull(queued, 3, [rejection(queued[1]!, 8)]);
    expect(settled.applied.map((e) => e.seq)).toEqual([1, 3]);
    expect(settled.rejected.map(({ entry: e }) => e.seq)).toEqual([2]);
  });

  it('settles only rejections mid-download (last processed 0)', () => {
    const queued = [entry(1), entry(2)];
    const settled = settledByPull(queued, 0, [rejection(queued[0]!, 5)]);
    expect(settled.applied).toEqual([]);
    expect(settled.rejected).toHaveLength(1);
  });
});
