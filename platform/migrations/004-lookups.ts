/**
 * Lookups: the values tables declare for invariant reads (domain/parts/define.ts), one row per
 * (row, lookup, value), so a rule's read — "the items holding these codes", "this item's stock
 * entries" — is an index range, not a scan of the vendor's rows. Rows are written with their
 * records (platform/sync/lookups.ts); lookup_builds records which lookups (at which version) the
 * stored rows have been indexed for, so a new or changed declaration is built once at start.
 */
export default {
  version: 4,
  name: 'lookups',
  sql: /* sql */ `
    create table row_lookups (
      vendor_id uuid not null references vendors(id) on delete cascade,
      tbl text not null,
      lookup text not null,
      value text not null,
      id text not null,
      primary key (vendor_id, tbl, lookup, value, id)
    );
    create index row_lookups_by_row on row_lookups (vendor_id, tbl, id);

    create table lookup_builds (
      tbl text not null,
      lookup text not null,
      version integer not null,
      built_at timestamptz not null default now(),
      primary key (tbl, lookup)
    );
  `,
};
