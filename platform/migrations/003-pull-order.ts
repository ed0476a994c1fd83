/**
 * Pulls read a vendor's rows in (seq, tbl, id) order and stop after a page. With an index in
 * exactly that order the read is an index scan that stops at the page's end; with (vendor_id,
 * seq) alone the planner fetched every row after the cursor and sorted them, which cost a
 * 100,000-row backlog ~200 ms per page on PGlite (which has no autovacuum to refresh statistics).
 */
export default {
  version: 3,
  name: 'pull-order',
  sql: /* sql */ `
    create index entities_pull_order on entities (vendor_id, seq, tbl, id);
    drop index entities_by_seq;
    create index ledger_entries_pull_order on ledger_entries (vendor_id, seq, tbl, id);
    drop index ledger_entries_by_seq;
  `,
};
