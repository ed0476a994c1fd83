/**
 * Spans on lookups: a lookup may declare the stretch of time a row holds under each value (a
 * booking holds its tables from its start to the end of its buffer; domain/parts/define.ts), so
 * "the bookings of these tables overlapping [start, end)" is an index range on
 * (value, span_start) with span_end checked on the few rows it finds, never a scan of the year.
 * Lookups without a span leave both columns null.
 */
export default {
  version: 9,
  name: 'lookup-spans',
  sql: /* sql */ `
    alter table row_lookups add column span_start bigint, add column span_end bigint;
    create index row_lookups_by_span on row_lookups (vendor_id, tbl, lookup, value, span_start)
      where span_start is not null;
  `,
};
