/**
 * Selling group-buy offers on the platform. A purchase opens a payment and, under the offer's
 * lock (order-store.ts), holds its units for OFFER_HOLD_MINUTES when stock and the customer's
 * limit allow; a hold that runs out frees them (expireHolds, the offer-sales job). Vouchers are
 * issued only when the payment is confirmed (PaymentOrders onChange → paid), once per order
 * however late, often or out of order the callbacks come: a payment arriving for an order that
 * no longer holds its units is refunded. A group deal's paid order joins the offer's open group
 * (or opens one, its deadline `groupHours` after that first payment); its vouchers wait as
 * 'awaitingGroup' until the group fills (domain/vouchers/group.ts decides), then all turn
 * 'valid'; a group whose deadline passes unfilled is refunded whole. A refund is per order:
 * its vouchers turn 'refunded' (refused while any use of them stands, voucher-rules.ts), then
 * the money is asked back from the provider.
 */
import { derivedId, newId } from '../../domain/ids';
import type { Offer } from '../../domain/offers/schema';
import type { VendorProfile } from '../../domain/vendor/schema';
import { groupOutcome } from '../../domain/vouchers/group';
import type { Database } from '../db/database';
import { HttpError } from '../http/errors';
import { entity } from '../jobs/booking-shared';
import type { PaymentChange, PaymentOrders } from '../payments/orders';
import type { SyncRules } from '../sync/rules';
import {
  ensureCodes,
  ensureCustomer,
  orderCodes,
  putOrderVouchers,
  stands,
  type IssueContext,
} from './issue-vouchers';
import {
  insertOrder,
  lockOffer,
  openGroup,
  ordersWhere,
  readGroup,
  readOrder,
  setOrder,
  unitsTaken,
  type OfferOrder,
} from './order-store';

export const OFFER_HOLD_MINUTES = 10;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const ORDER_PREFIX = 'offer:';

export interface BuyRequest {
  name: string;
  phone: string;
  quantity: number;
}

/** Whether customers may buy the offer at `now` (on sale, a deal, inside its sale window). */
export function onSaleAt(offer: Offer, now: number): boolean {
  return (
    offer.kind === 'deal' &&
    offer.status === 'onSale' &&
    offer.saleFrom <= now &&
    (offer.saleUntil === null || now < offer.saleUntil)
  );
}

type Paid = OfferOrder & { customerId: string; paidAt: number };

const salesByDb = new WeakMap<Database, OfferSales>();

/** The sales of the app built on this database (the jobs use it), if any. */
export function offerSalesOf(db: Database): OfferSales | undefined {
  return salesByDb.get(db);
}

export class OfferSales {
  constructor(
    readonly db: Database,
    readonly rules: SyncRules,
    readonly payments: PaymentOrders,
  ) {
    payments.onChange((change) => this.paymentChanged(change));
    salesByDb.set(db, this);
  }

  private async context(vendorId: string, offerId: string): Promise<IssueContext | null> {
    const [offer, profile] = await Promise.all([
      entity<Offer>(this.db, vendorId, 'offer', offerId),
      entity<VendorProfile>(this.db, vendorId, 'vendorProfile', vendorId),
    ]);
    return offer && profile ? { db: this.db, rules: this.rules, offer, profile } : null;
  }

  /** Holds the units and opens the payment; refuses with 409 when stock or the limit would not allow. */
  async buy(
    vendorId: string,
    offer: Offer,
    request: BuyRequest,
    now: number,
  ): Promise<{ order: OfferOrder; payUrl: string }> {
    const id = newId();
    const holdUntil = now + OFFER_HOLD_MINUTES * MINUTE_MS;
    const amountFen = offer.priceFen * request.quantity;
    const opened = await this.payments.create(
      {
        orderId: `${ORDER_PREFIX}${id}`,
        amountFen,
        vendorId,
        description: `${offer.title.zh} ×${request.quantity}`,
        expiresAt: holdUntil,
      },
      now,
    );
    const order: OfferOrder = {
      id,
      vendorId,
      offerId: offer.id,
      phone: request.phone,
      name: request.name,
      quantity: request.quantity,
      amountFen,
      paymentId: opened.payment.id,
      state: 'held',
      holdUntil,
      customerId: null,
      groupId: null,
      createdAt: now,
      paidAt: null,
      refundedAt: null,
      issuedAt: null,
    };
    const refusal = await this.db.transaction(async (tx) => {
      await lockOffer(tx, vendorId, offer.id);
      const taken = await unitsTaken(tx, vendorId, offer.id, request.phone);
      if (offer.stock !== null && taken.total + request.quantity > offer.stock) {
        const left = Math.max(0, offer.stock - taken.total);
        return new HttpError(409, 'sold_out', `only ${left} left`);
      }
      const limit = offer.perCustomerLimit;
      if (limit !== null && taken.mine + request.quantity > limit) {
        const left = Math.max(0, limit - taken.mine);
        return new HttpError(409, 'over_limit', `you may buy ${left} more of this offer`);
      }
      await insertOrder(tx, order);
      return null;
    });
    if (refusal) {
      await this.payments.expire(opened.payment.id, now);
      throw refusal;
    }
    return { order, payUrl: opened.payUrl };
  }

  private async paymentChanged({ payment, to }: PaymentChange): Promise<void> {
    if (!payment.orderId.startsWith(ORDER_PREFIX)) return;
    const orderId = payment.orderId.slice(ORDER_PREFIX.length);
    if (to === 'paid') await this.paid(orderId, payment.updatedAt);
    else if (to === 'refunded') {
      // Refunded at the provider, asked by us or not: the vouchers follow (unless one is used).
      const order = await readOrder(this.db, orderId);
      if (order && order.state === 'paid') await this.refund(order, payment.updatedAt);
    }
  }

  /** The payment of the order is confirmed: it is paid, joins its group, and is issued. */
  async paid(orderId: string, now: number): Promise<void> {
    const found = await readOrder(this.db, orderId);
    if (!found) return;
    const context = await this.context(found.vendorId, found.offerId);
    if (!context) return;
    const { offer } = context;
    const outcome = await this.db.transaction(async (tx) => {
      await lockOffer(tx, found.vendorId, found.offerId);
      const order = (await readOrder(tx, orderId, true))!;
      if (order.state === 'expired' || order.state === 'refunded') {
        return { kind: 'refund' as const, order };
      }
      if (order.state === 'held') {
        let groupId: string | null = null;
        if (offer.groupSize > 1) {
          groupId = (await openGroup(tx, order.vendorId, order.offerId, now))?.id ?? null;
          if (!groupId) {
            groupId = derivedId(order.id, 'group');
            await tx.query(
              `insert into offer_groups (id, vendor_id, offer_id, opened_at, deadline, state)
               values ($1, $2, $3, $4, $5, 'forming')`,
              [groupId, order.vendorId, order.offerId, now, now + offer.groupHours * HOUR_MS],
            );
          }
        }
        await setOrder(tx, order.id, { state: 'paid', paid_at: now, group_id: groupId });
        Object.assign(order, { state: 'paid', paidAt: now, groupId });
      }
      await ensureCodes(tx, order);
      return { kind: 'issue' as const, order };
    });
    if (outcome.kind === 'refund') {
      // Paid for units no longer held (the hold ran out as the customer paid): money back.
      await this.payments.refund(outcome.order.paymentId, now);
      return;
    }
    await this.issue(context, outcome.order, now);
  }

  private async withCustomer(order: OfferOrder, now: number): Promise<Paid> {
    const customerId = await ensureCustomer(this.db, this.rules, order, now);
    if (order.customerId !== customerId) {
      await setOrder(this.db, order.id, { customer_id: customerId });
    }
    return { ...order, customerId, paidAt: order.paidAt ?? now };
  }

  /** Writes a paid order's vouchers: valid, or as its group stands. */
  private async issue(context: IssueContext, order: OfferOrder, now: number): Promise<void> {
    if (order.groupId) {
      await this.settleGroup(context, order.groupId, now);
      return;
    }
    const paid = await this.withCustomer(order, now);
    const result = await putOrderVouchers(
      context,
      paid,
      await orderCodes(this.db, order.id),
      'valid',
      now,
    );
    if (stands(result)) await setOrder(this.db, order.id, { issued_at: now });
  }

  /**
   * Brings a group's vouchers to where the group stands at `now`: waiting, all valid once it
   * filled, or all refunded once its deadline passed unfilled. Safe to run any number of times.
   */
  async settleGroup(context: IssueContext, groupId: string, now: number): Promise<void> {
    const group = await readGroup(this.db, groupId);
    if (!group) return;
    const orders = await ordersWhere(this.db, `group_id = $1 and paid_at is not null`, [groupId]);
    const outcome = groupOutcome(
      { groupSize: context.offer.groupSize, deadline: group.deadline },
      orders.map((order) => ({
        ...order,
        orderId: order.id,
        // People, not orders, fill a group: the verified phone is the person.
        customerId: order.phone,
        paidAt: order.paidAt!,
      })),
      now,
    );
    if (outcome.state !== 'forming') {
      await this.db.query(
        `update offer_groups set state = $2, formed_at = $3 where id = $1 and state = 'forming'`,
        [groupId, outcome.state, outcome.formedAt],
      );
    }
    const step = outcome.state === 'formed' ? 'valid' : 'awaitingGroup';
    const byId = new Map(orders.map((order) => [order.id, order]));
    const original = (list: ReadonlyArray<{ orderId: string }>) =>
      list.map((each) => byId.get(each.orderId)!);
    for (const order of original([...outcome.valid, ...outcome.waiting])) {
      if (order.state !== 'paid') continue;
      const paid = await this.withCustomer(order, now);
      const result = await putOrderVouchers(
        context,
        paid,
        await orderCodes(this.db, order.id),
        step,
        now,
      );
      if (stands(result) && order.issuedAt === null) {
        await setOrder(this.db, order.id, { issued_at: now });
      }
    }
    for (const order of original(outcome.refund)) {
      if (order.state === 'paid') await this.refund(order, now);
    }
  }

  /**
   * Refunds a paid order: its vouchers turn 'refunded' — turned down while a use of any stands
   * (then 'used' is returned and nothing changes) — and the money is asked back.
   */
  async refund(order: OfferOrder, now: number): Promise<'refunded' | 'used' | 'not_paid'> {
    const context = await this.context(order.vendorId, order.offerId);
    if (!context) return 'not_paid';
    const paid = await this.withCustomer(order, now);
    const codes = await this.db.transaction(async (tx) => {
      await lockOffer(tx, order.vendorId, order.offerId);
      return ensureCodes(tx, order);
    });
    const result = await putOrderVouchers(context, paid, codes, 'refunded', now);
    if (!stands(result)) return 'used';
    await this.db.query(
      `update offer_orders set state = 'refunded', refunded_at = coalesce(refunded_at, $2)
       where id = $1 and state = 'paid'`,
      [order.id, now],
    );
    await this.payments.refund(order.paymentId, now);
    return 'refunded';
  }

  /**
   * Ends the holds of a shop's orders not paid in time (their units free again, their payments
   * expired, so a payment still arriving is refunded), and catches up on orders paid but not
   * issued (a crash between the payment and the vouchers). Returns when it is next due.
   */
  async expireHolds(vendorId: string, now: number): Promise<number> {
    let next = now + MINUTE_MS;
    const held = await ordersWhere(this.db, `vendor_id = $1 and state = 'held'`, [vendorId]);
    for (const order of held) {
      if (order.holdUntil > now) {
        next = Math.min(next, order.holdUntil);
        continue;
      }
      const paidMeanwhile = await this.db.transaction(async (tx) => {
        await lockOffer(tx, order.vendorId, order.offerId);
        const current = await readOrder(tx, order.id, true);
        if (current?.state !== 'held') return false;
        const [payment] = await tx.query<{ state: string }>(
          'select state from payment_orders where id = $1 for update',
          [order.paymentId],
        );
        if (payment?.state === 'paid') return true;
        await tx.query(
          `update payment_orders set state = 'expired', updated_at = $2 where id = $1 and state = 'pending'`,
          [order.paymentId, now],
        );
        await setOrder(tx, order.id, { state: 'expired' });
        return false;
      });
      if (paidMeanwhile) await this.paid(order.id, now);
    }
    const unissued = await ordersWhere(
      this.db,
      `vendor_id = $1 and state = 'paid' and issued_at is null`,
      [vendorId],
    );
    for (const order of unissued) await this.paid(order.id, order.paidAt ?? now);
    return next;
  }

  /** Settles the shop's groups still forming whose deadline has passed. */
  async settleDueGroups(vendorId: string, now: number): Promise<number> {
    const groups = await this.db.query<{ id: string; offer_id: string; deadline: number }>(
      `select id, offer_id, deadline from offer_groups where vendor_id = $1 and state = 'forming'
       order by deadline`,
      [vendorId],
    );
    let next = now + HOUR_MS;
    for (const group of groups) {
      if (Number(group.deadline) > now) {
        next = Math.min(next, Number(group.deadline));
        continue;
      }
      const context = await this.context(vendorId, group.offer_id);
      if (context) await this.settleGroup(context, group.id, now);
    }
    return next;
  }
}
