/**
 * What the platform keeps of group-buy sales beside the synced voucher rows (issue 14): one
 * order per purchase (its units, the verified phone, the payment, the hold on stock until it is
 * paid), the offer's stock row every sale of that offer locks first (so stock and per-customer
 * limits are judged one purchase at a time on PGlite and PostgreSQL alike), the groups a group
 * deal's orders form, and every voucher code ever issued, unique on the platform. Times are epoch
 * ms.
 */
export default {
  version: 14,
  name: 'offer-orders',
  sql: /* sql */ `
    create table offer_stock (
      vendor_id text not null,
      offer_id text not null,
      primary key (vendor_id, offer_id)
    );

    create table offer_groups (
      id text primary key,
      vendor_id text not null,
      offer_id text not null,
      opened_at bigint not null,
      deadline bigint not null,
      state text not null check (state in ('forming', 'formed', 'failed')),
      formed_at bigint
    );
    create index offer_groups_open on offer_groups (vendor_id, offer_id, state);
    create index offer_groups_deadline on offer_groups (state, deadline);

    create table offer_orders (
      id text primary key,
      vendor_id text not null,
      offer_id text not null,
      phone text not null,
      name text not null,
      quantity int not null check (quantity > 0),
      amount_fen bigint not null,
      payment_id text not null unique,
      state text not null check (state in ('held', 'paid', 'expired', 'refunded')),
      hold_until bigint not null,
      customer_id text,
      group_id text references offer_groups (id),
      created_at bigint not null,
      paid_at bigint,
      refunded_at bigint,
      issued_at bigint
    );
    create index offer_orders_offer on offer_orders (vendor_id, offer_id, state);
    create index offer_orders_phone on offer_orders (vendor_id, phone);
    create index offer_orders_holds on offer_orders (state, hold_until);
    create index offer_orders_group on offer_orders (group_id);

    create table voucher_codes (
      code text primary key,
      vendor_id text not null,
      order_id text not null references offer_orders (id),
      unit int not null,
      unique (order_id, unit)
    );
  `,
};
