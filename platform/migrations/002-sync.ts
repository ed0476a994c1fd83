/**
 * Synced data. Every processed mutation takes the vendor's next change number (vendor_seqs, whose
 * row lock also serialises a vendor's pushes, so numbers become visible in order); the rows it
 * writes carry that number, which is what pulls page by.
 */
export default {
  version: 2,
  name: 'sync',
  sql: /* sql */ `
    create table vendor_seqs (
      vendor_id uuid primary key references vendors(id) on delete cascade,
      last_seq bigint not null default 0
    );
    insert into vendor_seqs (vendor_id) select id from vendors;

    -- Editable records: the current state, deleted ones as tombstones. hash_a/hash_b are the
    -- row's checksum lanes (domain/sync/checksum.ts), kept so table checksums update in O(1).
    create table entities (
      vendor_id uuid not null references vendors(id) on delete cascade,
      tbl text not null,
      id text not null,
      data jsonb,
      deleted boolean not null default false,
      seq bigint not null,
      hash_a bigint,
      hash_b bigint,
      primary key (vendor_id, tbl, id)
    );
    create index entities_by_seq on entities (vendor_id, seq);

    -- Append-only ledgers (points, stored value, stock): never updated, never deleted.
    create table ledger_entries (
      vendor_id uuid not null references vendors(id) on delete cascade,
      tbl text not null,
      id text not null,
      data jsonb not null,
      seq bigint not null,
      hash_a bigint not null,
      hash_b bigint not null,
      primary key (vendor_id, tbl, id)
    );
    create index ledger_entries_by_seq on ledger_entries (vendor_id, seq);

    create table table_checksums (
      vendor_id uuid not null references vendors(id) on delete cascade,
      tbl text not null,
      row_count bigint not null default 0,
      sum_a bigint not null default 0,
      sum_b bigint not null default 0,
      primary key (vendor_id, tbl)
    );

    create table device_cursors (
      vendor_id uuid not null references vendors(id) on delete cascade,
      device_id uuid not null,
      last_seq bigint not null default 0,
      updated_at timestamptz not null default now(),
      primary key (vendor_id, device_id)
    );

    -- One row per processed mutation (applied or rejected), in the device's order.
    create table mutation_results (
      vendor_id uuid not null references vendors(id) on delete cascade,
      device_id uuid not null,
      seq bigint not null,
      mutation_id uuid not null,
      name text not null,
      server_seq bigint not null,
      status text not null check (status in ('applied', 'rejected')),
      reason text,
      rule text,
      message text,
      details jsonb,
      processed_at timestamptz not null default now(),
      primary key (vendor_id, device_id, seq)
    );
    create index mutation_results_by_server_seq on mutation_results (vendor_id, device_id, server_seq);
  `,
};
