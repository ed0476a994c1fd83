/**
 * The storefront (issue 15): each shop's readable address `/s/<slug>` is unique across the
 * platform, so the slug is claimed here, one row per slug, and a shop holds at most one.
 */
export default {
  version: 16,
  name: 'storefront',
  sql: /* sql */ `
    create table storefront_slugs (
      slug text primary key,
      vendor_id uuid not null unique,
      claimed_at bigint not null
    );
  `,
};
