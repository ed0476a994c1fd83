import { describe, expect, it } from 'vitest';
import { groupOutcome, type GroupOrder, type GroupState } from './group';

const deadline = 1_765_000_000_000;
const minute = 60_000;

const order = (
  orderId: string,
  paidAt: number,
  customerId = orderId,
  refundedAt: number | null = null,
): GroupOrder & { voucherIds: string[] } => ({
  orderId,
  customerId,
  paidAt,
  refundedAt,
  voucherIds: [`${orderId}-v1`],
});

const ids = (orders: readonly GroupOrder[]) => orders.map((each) => each.orderId);

describe('group formation', () => {
  const pair = { groupSize: 2, deadline };

  it('waits with one person, and forms when the second pays', () => {
    const a = order('a', deadline - 60 * minute);
    const b = order('b', deadline - 10 * minute);
    expect(groupOutcome(pair, [a], deadline - 30 * minute)).toMatchObject({
      state: 'forming',
      people: 1,
      waiting: [a],
      valid: [],
      refund: [],
    });
    const formed = groupOutcome(pair, [a, b], deadline - 5 * minute);
    expect(formed).toMatchObject({ state: 'formed', formedAt: b.paidAt, people: 2 });
    // The orders come back as given, vouchers and all.
    expect(formed.valid.flatMap((each) => each.voucherIds)).toEqual(['a-v1', 'b-v1']);
  });

  it('forms a plain deal (group of 1) with its first payment', () => {
    const a = order('a', deadline - minute);
    expect(groupOutcome({ groupSize: 1, deadline }, [a], a.paidAt)).toMatchObject({
      state: 'formed',
      formedAt: a.paidAt,
      valid: [a],
    });
  });

  it('counts a payment one millisecond before the deadline, and not one at it', () => {
    const a = order('a', deadline - 60 * minute);
    const justInTime = order('b', deadline - 1);
    expect(groupOutcome(pair, [a, justInTime], deadline)).toMatchObject({
      state: 'formed',
      formedAt: deadline - 1,
    });
    const tooLate = order('b', deadline);
    expect(groupOutcome(pair, [a, tooLate], deadline)).toMatchObject({
      state: 'failed',
      formedAt: null,
      refund: [a, tooLate],
    });
  });

  it('is forming until the deadline instant, and failed from it: every voucher refunded', () => {
    const a = order('a', deadline - 60 * minute);
    expect(groupOutcome(pair, [a], deadline - 1).state).toBe('forming');
    expect(groupOutcome(pair, [a], deadline)).toMatchObject({
      state: 'failed',
      waiting: [],
      valid: [],
      refund: [a],
    });
    expect(groupOutcome(pair, [], deadline)).toMatchObject({ state: 'failed', refund: [] });
  });

  it('admits over-subscription: everyone paid into a formed group is valid, a late callback too', () => {
    const orders = [
      order('a', deadline - 30 * minute),
      order('b', deadline - 20 * minute),
      order('c', deadline - 20 * minute),
      order('d', deadline + 5 * minute),
    ];
    const outcome = groupOutcome(pair, orders, deadline + 10 * minute);
    expect(outcome).toMatchObject({ state: 'formed', formedAt: deadline - 20 * minute, people: 3 });
    expect(ids(outcome.valid)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts people, not orders: one customer paying twice forms nothing', () => {
    const twice = [
      order('a', deadline - 30 * minute, 'wang'),
      order('b', deadline - 20 * minute, 'wang'),
    ];
    expect(groupOutcome(pair, twice, deadline - minute)).toMatchObject({
      state: 'forming',
      people: 1,
    });
    expect(groupOutcome(pair, twice, deadline).state).toBe('failed');
  });

  it('frees a place when someone is refunded before the group forms', () => {
    const orders = [
      order('a', deadline - 50 * minute, 'a', deadline - 40 * minute),
      order('b', deadline - 30 * minute),
      order('c', deadline - 10 * minute),
    ];
    expect(groupOutcome(pair, orders.slice(0, 2), deadline - 20 * minute)).toMatchObject({
      state: 'forming',
      people: 1,
      waiting: [orders[1]],
    });
    const outcome = groupOutcome(pair, orders, deadline - 5 * minute);
    expect(outcome).toMatchObject({ state: 'formed', formedAt: deadline - 10 * minute });
    expect(ids(outcome.valid)).toEqual(['b', 'c']);
  });

  it('stays formed when someone is refunded afterwards', () => {
    const orders = [
      order('a', deadline - 50 * minute, 'a', deadline - 5 * minute),
      order('b', deadline - 30 * minute),
    ];
    const outcome = groupOutcome(pair, orders, deadline + minute);
    expect(outcome).toMatchObject({ state: 'formed', formedAt: deadline - 30 * minute });
    expect(ids(outcome.valid)).toEqual(['b']);
  });

  it('does not count a payment refunded in the same millisecond', () => {
    const orders = [
      order('a', deadline - 50 * minute),
      order('b', deadline - 30 * minute, 'b', deadline - 30 * minute),
    ];
    expect(groupOutcome(pair, orders, deadline - minute).state).toBe('forming');
  });

  it('never changes its mind: formed and failed are final as time goes on', () => {
    // A fixed-seed generator (mulberry32), so a failure replays.
    let seed = 14;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const start = deadline - 100 * minute;
    for (let trial = 0; trial < 200; trial += 1) {
      const orders = Array.from({ length: 1 + (trial % 6) }, (_, i) => {
        const paidAt = start + Math.floor(random() * 120) * minute;
        const refunded = random() < 0.3 ? paidAt + Math.floor(random() * 30) * minute : null;
        return order(`o${i}`, paidAt, `c${Math.floor(random() * 4)}`, refunded);
      });
      const terms = { groupSize: 1 + (trial % 4), deadline };
      let seen: GroupState = 'forming';
      for (let now = start; now <= deadline + 30 * minute; now += minute) {
        const { state } = groupOutcome(terms, orders, now);
        if (seen !== 'forming') expect(state, JSON.stringify({ terms, orders, now })).toBe(seen);
        seen = state;
      }
    }
  });

  it('refuses a group size that is not a whole number of people', () => {
    expect(() => groupOutcome({ groupSize: 0, deadline }, [], 0)).toThrow(RangeError);
    expect(() => groupOutcome({ groupSize: 1.5, deadline }, [], 0)).toThrow(RangeError);
  });
});
