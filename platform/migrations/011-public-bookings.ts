/**
 * What the public booking endpoints keep on the platform beside the synced rows: one-time codes
 * that verify a customer's phone (only a hash of the code, with its expiry and attempts), the
 * sends they made (per-phone and per-address limits), the short-lived verification tokens (their
 * hash), payment orders with the provider's callbacks seen (each once: idempotency), the messages
 * already sent for a booking (a job repeated sends nothing twice), and the sandbox SMS outbox (what
 * the sandbox provider would have sent; read in development only). Times are epoch ms.
 */
export default {
  version: 11,
  name: 'public-bookings',
  sql: /* sql */ `
    create table phone_codes (
      vendor_id text not null,
      phone text not null,
      code_hash text not null,
      sent_at bigint not null,
      expires_at bigint not null,
      attempts int not null default 0,
      primary key (vendor_id, phone)
    );
    create table phone_code_sends (
      vendor_id text not null,
      phone text not null,
      address text not null,
      at bigint not null
    );
    create index phone_code_sends_phone on phone_code_sends (phone, at);
    create index phone_code_sends_address on phone_code_sends (address, at);

    create table phone_verifications (
      token_hash text primary key,
      vendor_id text not null,
      phone text not null,
      expires_at bigint not null
    );

    create table payment_orders (
      id text primary key,
      vendor_id text not null,
      order_id text not null,
      amount_fen bigint not null,
      description text not null,
      state text not null,
      expires_at bigint not null,
      created_at bigint not null,
      updated_at bigint not null,
      note text
    );
    create index payment_orders_order on payment_orders (vendor_id, order_id);
    create table payment_callbacks (
      event_id text primary key,
      payment_id text not null,
      kind text not null,
      received_at bigint not null,
      outcome text not null
    );

    create table sent_messages (
      key text primary key,
      vendor_id text not null,
      sent_at bigint not null
    );

    -- How far each shop's booking messages job has read the bookingEvent ledger.
    create table booking_message_cursors (
      vendor_id text primary key,
      seq bigint not null
    );
    -- Which shops have booking settings (the booking jobs' shops), without a scan.
    create index entities_booking_settings on entities (vendor_id) where tbl = 'bookingSettings';

    create table sandbox_sms (
      id bigserial primary key,
      vendor_id text not null,
      to_phone text not null,
      template text not null,
      locale text not null,
      body text not null,
      params jsonb not null,
      sent_at bigint not null
    );
    create index sandbox_sms_phone on sandbox_sms (to_phone, id);
  `,
};
