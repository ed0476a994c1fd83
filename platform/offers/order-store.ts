/**
 * The platform's rows of group-buy sales (migration 014), read and written here only. Every
 * change to an offer's sales runs inside `lockOffer`, which takes the row lock of the offer's
 * stock row first: purchases, payments, expiries and refunds of one offer are judged one at a
 * time, on PGlite and PostgreSQL alike, so stock and per-customer limits hold under any load.
 */
import type { Queryable } from '../db/database';

export type OrderState = 'held' | 'paid' | 'expired' | 'refunded';

export interface OfferOrder {
  id: string;
  vendorId: string;
  offerId: string;
  phone: string;
  name: string;
  quantity: number;
  amountFen: number;
  paymentId: string;
  state: OrderState;
  holdUntil: number;
  customerId: string | null;
  groupId: string | null;
  createdAt: number;
  paidAt: number | null;
  refundedAt: number | null;
  issuedAt: number | null;
}

interface OrderRow {
  id: string;
  vendor_id: string;
  offer_id: string;
  phone: string;
  name: string;
  quantity: number;
  amount_fen: number;
  payment_id: string;
  state: OrderState;
  hold_until: number;
  customer_id: string | null;
  group_id: string | null;
  created_at: number;
  paid_at: number | null;
  refunded_at: number | null;
  issued_at: number | null;
}

const num = (value: number | null) => (value === null ? null : Number(value));

export const orderOf = (row: OrderRow): OfferOrder => ({
  id: row.id,
  vendorId: row.vendor_id,
  offerId: row.offer_id,
  phone: row.phone,
  name: row.name,
  quantity: Number(row.quantity),
  amountFen: Number(row.amount_fen),
  paymentId: row.payment_id,
  state: row.state,
  holdUntil: Number(row.hold_until),
  customerId: row.customer_id,
  groupId: row.group_id,
  createdAt: Number(row.created_at),
  paidAt: num(row.paid_at),
  refundedAt: num(row.refunded_at),
  issuedAt: num(row.issued_at),
});

/** Takes the offer's lock for the rest of the transaction (its stock row, made on first use). */
export async function lockOffer(tx: Queryable, vendorId: string, offerId: string): Promise<void> {
  await tx.query(
    'insert into offer_stock (vendor_id, offer_id) values ($1, $2) on conflict do nothing',
    [vendorId, offerId],
  );
  await tx.query('select 1 from offer_stock where vendor_id = $1 and offer_id = $2 for update', [
    vendorId,
    offerId,
  ]);
}

/** Units held or sold of the offer, in all and to this phone (expired and refunded ones are free). */
export async function unitsTaken(
  tx: Queryable,
  vendorId: string,
  offerId: string,
  phone: string | null,
): Promise<{ total: number; mine: number }> {
  const [row] = await tx.query<{ total: string; mine: string }>(
    `select coalesce(sum(quantity), 0)::text as total,
            coalesce(sum(quantity) filter (where phone = $3), 0)::text as mine
     from offer_orders where vendor_id = $1 and offer_id = $2 and state in ('held', 'paid')`,
    [vendorId, offerId, phone ?? ''],
  );
  return { total: Number(row?.total ?? 0), mine: Number(row?.mine ?? 0) };
}

export async function insertOrder(tx: Queryable, order: OfferOrder): Promise<void> {
  await tx.query(
    `insert into offer_orders (id, vendor_id, offer_id, phone, name, quantity, amount_fen,
       payment_id, state, hold_until, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      order.id,
      order.vendorId,
      order.offerId,
      order.phone,
      order.name,
      order.quantity,
      order.amountFen,
      order.paymentId,
      order.state,
      order.holdUntil,
      order.createdAt,
    ],
  );
}

export async function readOrder(
  db: Queryable,
  orderId: string,
  lock = false,
): Promise<OfferOrder | null> {
  const [row] = await db.query<OrderRow>(
    `select * from offer_orders where id = $1${lock ? ' for update' : ''}`,
    [orderId],
  );
  return row ? orderOf(row) : null;
}

export async function ordersWhere(
  db: Queryable,
  where: string,
  params: readonly (string | number | null)[],
): Promise<OfferOrder[]> {
  const rows = await db.query<OrderRow>(
    `select * from offer_orders where ${where} order by created_at, id`,
    params,
  );
  return rows.map(orderOf);
}

export async function setOrder(
  tx: Queryable,
  orderId: string,
  fields: Partial<
    Record<
      'state' | 'paid_at' | 'refunded_at' | 'issued_at' | 'group_id' | 'customer_id',
      string | number | null
    >
  >,
): Promise<void> {
  const names = Object.keys(fields);
  if (names.length === 0) return;
  const sets = names.map((name, i) => `${name} = $${i + 2}`).join(', ');
  await tx.query(`update offer_orders set ${sets} where id = $1`, [
    orderId,
    ...names.map((name) => fields[name as keyof typeof fields] ?? null),
  ]);
}

export interface OfferGroup {
  id: string;
  deadline: number;
  state: 'forming' | 'formed' | 'failed';
  formedAt: number | null;
}

/** The offer's group still taking people at `now`, or null. */
export async function openGroup(
  tx: Queryable,
  vendorId: string,
  offerId: string,
  now: number,
): Promise<OfferGroup | null> {
  const [row] = await tx.query<{ id: string; deadline: number; state: 'forming'; formed_at: null }>(
    `select * from offer_groups where vendor_id = $1 and offer_id = $2 and state = 'forming'
       and deadline > $3 order by opened_at, id limit 1`,
    [vendorId, offerId, now],
  );
  return row
    ? { id: row.id, deadline: Number(row.deadline), state: row.state, formedAt: null }
    : null;
}

export async function readGroup(db: Queryable, groupId: string): Promise<OfferGroup | null> {
  const [row] = await db.query<{
    id: string;
    deadline: number;
    state: OfferGroup['state'];
    formed_at: number | null;
  }>('select * from offer_groups where id = $1', [groupId]);
  return row
    ? { id: row.id, deadline: Number(row.deadline), state: row.state, formedAt: num(row.formed_at) }
    : null;
}
