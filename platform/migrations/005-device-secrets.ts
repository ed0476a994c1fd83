/**
 * Devices are bound to a secret the platform issues at their first sign-in (only its SHA-256 is
 * kept), so knowing a device id is no longer enough to send under it. Devices seen before this
 * version have no secret to show: their secret_hash is null, which no secret matches, so their
 * next sign-in gets a fresh device id rather than the old one's sequence.
 *
 * Mutations are also exactly-once by id: at most one applied or rejected result per (vendor,
 * mutation id). A mutation id seen again is recorded as 'duplicate' (so the sender's progress
 * shows in pulls) and is not under the unique index. Results that were already applied twice
 * (the defect this closes) keep their first; the later copies' rows stay in the data.
 */
export default {
  version: 5,
  name: 'device-secrets',
  sql: /* sql */ `
    create table devices (
      device_id uuid primary key,
      secret_hash text,
      created_at timestamptz not null default now()
    );
    insert into devices (device_id)
      select device_id from device_sessions
      union select device_id from device_cursors
      on conflict do nothing;

    delete from mutation_results later using mutation_results first
      where later.vendor_id = first.vendor_id and later.mutation_id = first.mutation_id
        and later.server_seq > first.server_seq;
    alter table mutation_results drop constraint mutation_results_status_check;
    alter table mutation_results add constraint mutation_results_status_check
      check (status in ('applied', 'rejected', 'duplicate'));
    create unique index mutation_results_by_mutation on mutation_results (vendor_id, mutation_id)
      where status <> 'duplicate';
  `,
};
