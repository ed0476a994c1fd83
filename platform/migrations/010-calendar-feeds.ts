/**
 * Calendar feeds and subscriptions (issue 13). A feed is a secret URL a calendar app polls for a
 * shop's bookings ('shop') or one staff member's (their resource id); only the secret's SHA-256
 * is kept, so the URL is shown once when made and a new one (rotation) ends the old. A
 * subscription's state is what the refresh job last saw of a calendar the shop subscribed to
 * (calendarSubscription rows, synced from the desks): when it fetched, whether it worked.
 */
export default {
  version: 10,
  name: 'calendar-feeds',
  sql: /* sql */ `
    create table calendar_feeds (
      vendor_id uuid not null references vendors(id) on delete cascade,
      scope text not null,
      token_hash text not null unique,
      created_at bigint not null,
      rotated_at bigint not null,
      primary key (vendor_id, scope)
    );

    create table calendar_subscription_state (
      vendor_id uuid not null references vendors(id) on delete cascade,
      subscription_id text not null,
      fetched_at bigint not null,
      ok_at bigint,
      error text,
      content_hash text,
      primary key (vendor_id, subscription_id)
    );

    -- Which shops have subscriptions (the refresh job's shops), without a scan.
    create index entities_calendar_subscriptions on entities (vendor_id)
      where tbl = 'calendarSubscription';
  `,
};
