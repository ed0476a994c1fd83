/**
 * Payment orders on the platform (payment_orders, migration 011) and the one place a provider's
 * callbacks are applied. The state machine:
 *
 *   pending → paid | failed | expired      paid → refunded
 *
 * Each callback is applied once (payment_callbacks keeps its event id), and by the order's state
 * rather than by arrival, so a late, repeated or reordered callback does the right thing:
 *  - 'paid' twice: the second changes nothing;
 *  - 'failed' after 'paid': stale, ignored;
 *  - 'refunded' before 'paid' arrived: the order is refunded (it was paid to be refunded);
 *  - 'paid' after the order expired or failed (the customer paid as the hold ran out): the money is
 *    not kept for a slot that is gone — a refund is asked for at once and the order says so
 *    (note 'late_payment_refunded'); its 'refunded' callback then closes it.
 * Whoever opened the order hears each change through `onChange` (the booking deposit, in the same
 * transaction as the state change is not possible across the provider, so it is told after commit
 * and must be idempotent itself).
 */
import { newId } from '../../domain/ids';
import type { Database, Queryable } from '../db/database';
import type { CreatePaymentInput, PaymentCallback, PaymentProvider } from './provider';

export type PaymentState = 'pending' | 'paid' | 'failed' | 'expired' | 'refunded';

export interface PaymentOrder {
  id: string;
  vendorId: string;
  orderId: string;
  amountFen: number;
  description: string;
  state: PaymentState;
  expiresAt: number;
  createdAt: number;
  updatedAt: number;
  /** 'refund_requested', 'late_payment_refunded': what the platform did beyond the callback. */
  note: string | null;
}

export type CallbackOutcome =
  'applied' | 'duplicate' | 'ignored' | 'late_payment_refunded' | 'unknown_payment';

export interface PaymentChange {
  payment: PaymentOrder;
  from: PaymentState;
  to: PaymentState;
}

interface Row {
  id: string;
  vendor_id: string;
  order_id: string;
  amount_fen: number;
  description: string;
  state: PaymentState;
  expires_at: number;
  created_at: number;
  updated_at: number;
  note: string | null;
}

const fromRow = (row: Row): PaymentOrder => ({
  id: row.id,
  vendorId: row.vendor_id,
  orderId: row.order_id,
  amountFen: Number(row.amount_fen),
  description: row.description,
  state: row.state,
  expiresAt: Number(row.expires_at),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  note: row.note,
});

export class PaymentOrders {
  private readonly listeners: Array<(change: PaymentChange) => Promise<void>> = [];

  constructor(
    private readonly db: Database,
    readonly provider: PaymentProvider,
  ) {}

  /** Hears every state change after it is committed (e.g. the bookings part's deposits). */
  onChange(listener: (change: PaymentChange) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async get(paymentId: string, db: Queryable = this.db): Promise<PaymentOrder | null> {
    const [row] = await db.query<Row>('select * from payment_orders where id = $1', [paymentId]);
    return row ? fromRow(row) : null;
  }

  /** Opens an order at the provider and records it pending. */
  async create(
    input: CreatePaymentInput,
    now: number,
  ): Promise<{ payment: PaymentOrder; payUrl: string }> {
    const paymentId = newId();
    const created = await this.provider.createPayment({ ...input, paymentId });
    await this.db.query(
      `insert into payment_orders (id, vendor_id, order_id, amount_fen, description, state,
         expires_at, created_at, updated_at) values ($1, $2, $3, $4, $5, 'pending', $6, $7, $7)`,
      [
        paymentId,
        input.vendorId,
        input.orderId,
        input.amountFen,
        input.description,
        input.expiresAt,
        now,
      ],
    );
    return { payment: (await this.get(paymentId))!, payUrl: created.payUrl };
  }

  private async move(
    tx: Queryable,
    payment: PaymentOrder,
    to: PaymentState,
    now: number,
    note: string | null = payment.note,
  ): Promise<PaymentChange> {
    await tx.query(
      'update payment_orders set state = $2, updated_at = $3, note = $4 where id = $1',
      [payment.id, to, now, note],
    );
    return { payment: { ...payment, state: to, updatedAt: now, note }, from: payment.state, to };
  }

  private async tell(changes: PaymentChange[]): Promise<void> {
    for (const change of changes) for (const listener of this.listeners) await listener(change);
  }

  /** Applies one provider callback, idempotently (see the file's comment). */
  async handleCallback(callback: PaymentCallback, now: number): Promise<CallbackOutcome> {
    let refundFen = 0;
    const { outcome, changes } = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<Row>('select * from payment_orders where id = $1 for update', [
        callback.paymentId,
      ]);
      if (!row) return { outcome: 'unknown_payment' as const, changes: [] };
      const seen = await tx.query(
        `insert into payment_callbacks (event_id, payment_id, kind, received_at, outcome)
         values ($1, $2, $3, $4, 'pending') on conflict (event_id) do nothing returning event_id`,
        [callback.eventId, callback.paymentId, callback.kind, now],
      );
      if (seen.length === 0) return { outcome: 'duplicate' as const, changes: [] };
      const payment = fromRow(row);
      const changes: PaymentChange[] = [];
      let outcome: CallbackOutcome = 'applied';
      const { state } = payment;
      if (callback.kind === 'paid') {
        if (state === 'pending') changes.push(await this.move(tx, payment, 'paid', now));
        else if ((state === 'expired' || state === 'failed') && payment.note === null) {
          // Paid for an order the platform no longer holds: give the money back, and say so.
          changes.push(await this.move(tx, payment, state, now, 'late_payment_refunded'));
          refundFen = payment.amountFen;
          outcome = 'late_payment_refunded';
        } else outcome = 'ignored';
      } else if (callback.kind === 'failed') {
        if (state === 'pending') changes.push(await this.move(tx, payment, 'failed', now));
        else outcome = 'ignored';
      } else if (state === 'refunded') outcome = 'ignored';
      else changes.push(await this.move(tx, payment, 'refunded', now));
      await tx.query('update payment_callbacks set outcome = $2 where event_id = $1', [
        callback.eventId,
        outcome,
      ]);
      return { outcome, changes: changes.filter((change) => change.from !== change.to) };
    });
    if (refundFen > 0) await this.provider.refund(callback.paymentId, refundFen);
    await this.tell(changes);
    return outcome;
  }

  /** A pending order whose hold ran out: expired (a 'paid' after this is refunded). */
  async expire(paymentId: string, now: number): Promise<PaymentOrder | null> {
    const changes = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<Row>(
        `select * from payment_orders where id = $1 and state = 'pending' for update`,
        [paymentId],
      );
      return row ? [await this.move(tx, fromRow(row), 'expired', now)] : [];
    });
    await this.tell(changes);
    return this.get(paymentId);
  }

  /** Asks the provider for the money back of a paid order; its callback makes it refunded. */
  async refund(paymentId: string, now: number): Promise<PaymentOrder | null> {
    const payment = await this.db.transaction(async (tx) => {
      const [row] = await tx.query<Row>(
        `select * from payment_orders where id = $1 and state = 'paid' and note is null for update`,
        [paymentId],
      );
      if (!row) return null;
      await this.move(tx, fromRow(row), 'paid', now, 'refund_requested');
      return fromRow(row);
    });
    if (payment) await this.provider.refund(paymentId, payment.amountFen);
    return this.get(paymentId);
  }
}
