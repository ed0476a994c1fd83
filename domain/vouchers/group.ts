/**
 * Group formation (拼团): a group deal's vouchers become valid once enough people have paid
 * before the deadline, and are all refunded if the deadline comes first. Pure and decided only
 * by the orders' times, so the platform's job and its buying endpoint, running at any moment and
 * any number of times, reach the same answer, and the answer never flips once reached.
 */

export interface GroupOrder {
  orderId: string;
  /** Who paid: the group counts people, so a second order by the same customer adds no one. */
  customerId: string;
  /** When the platform confirmed the payment. */
  paidAt: number;
  /** When it was refunded (the customer asked, per the refund policy), or null. */
  refundedAt: number | null;
}

export interface GroupTerms {
  /** People needed; 1 is a plain deal, formed by its first payment. */
  groupSize: number;
  /** The first instant the group can no longer fill: a payment at the deadline is too late. */
  deadline: number;
}

export type GroupState = 'forming' | 'formed' | 'failed';

export interface GroupOutcome<Order extends GroupOrder = GroupOrder> {
  state: GroupState;
  /** When the last needed person paid; null unless formed. */
  formedAt: number | null;
  /** Distinct people with a payment standing now, counting only payments before the deadline. */
  people: number;
  /**
   * Orders whose vouchers are valid: a formed group's paid orders not refunded, including those
   * paid after it formed, even after the deadline (a late payment callback). Over-subscription is
   * admitted: the group's condition is met, and the platform's stock and holds bound it.
   */
  valid: Order[];
  /** Orders waiting while the group forms. */
  waiting: Order[];
  /** Orders to refund: a failed group's paid orders not refunded yet. */
  refund: Order[];
}

/** A group's state at `now`, and what becomes of each paid order. */
export function groupOutcome<Order extends GroupOrder>(
  terms: GroupTerms,
  orders: readonly Order[],
  now: number,
): GroupOutcome<Order> {
  if (!Number.isInteger(terms.groupSize) || terms.groupSize < 1) {
    throw new RangeError(`bad group size ${terms.groupSize}`);
  }
  const formedAt = formationTime(terms, orders);
  const standing = orders.filter((order) => order.refundedAt === null);
  const people = peopleAt(orders, now, terms.deadline);
  const empty = { people, valid: [], waiting: [], refund: [] };
  if (formedAt !== null && formedAt <= now) {
    return { ...empty, state: 'formed', formedAt, valid: standing };
  }
  if (now >= terms.deadline) return { ...empty, state: 'failed', formedAt: null, refund: standing };
  return { ...empty, state: 'forming', formedAt: null, waiting: standing };
}

/** Distinct customers with a payment standing at `at` (paid by then, not refunded by then). */
function peopleAt(orders: readonly GroupOrder[], at: number, deadline: number): number {
  const counted = orders.filter(
    (order) =>
      order.paidAt <= at &&
      order.paidAt < deadline &&
      (order.refundedAt === null || order.refundedAt > at),
  );
  return new Set(counted.map((order) => order.customerId)).size;
}

/**
 * The first instant before the deadline at which groupSize people stand paid, or null. Only
 * payments and refunds change the count, so it is enough to look at each payment's instant
 * (everything that happened at that same millisecond counted together). Quadratic in the
 * orders, which is fine for groups of people.
 */
function formationTime(terms: GroupTerms, orders: readonly GroupOrder[]): number | null {
  const instants = [...new Set(orders.map((order) => order.paidAt))]
    .filter((paidAt) => paidAt < terms.deadline)
    .sort((a, b) => a - b);
  return (
    instants.find((instant) => peopleAt(orders, instant, terms.deadline) >= terms.groupSize) ?? null
  );
}
