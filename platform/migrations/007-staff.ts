/**
 * Shop staff (issue 11). `staff_history` keeps every state a staff member or role record has had,
 * by the server seq that wrote it and the device that sent it, so a change is judged by the staff
 * records as its desk saw them (platform/staff/authority.ts). `staff_audit` is the audit log: one
 * row per processed change that needed a permission, applied or turned down.
 */
export default {
  version: 7,
  name: 'staff',
  sql: /* sql */ `
    create table staff_history (
      vendor_id uuid not null references vendors(id) on delete cascade,
      tbl text not null,
      id text not null,
      seq bigint not null,
      device_id uuid not null,
      data jsonb not null,
      primary key (vendor_id, tbl, id, seq)
    );
    create index staff_history_by_device on staff_history (vendor_id, tbl, device_id);

    create table staff_audit (
      vendor_id uuid not null references vendors(id) on delete cascade,
      server_seq bigint not null,
      mutation_id uuid not null,
      name text not null,
      permissions jsonb not null,
      status text not null check (status in ('applied', 'rejected')),
      actor_staff_id uuid,
      actor_name text,
      approver_staff_id uuid,
      approver_name text,
      device_id uuid not null,
      made_at bigint not null,
      received_at bigint not null,
      records jsonb not null,
      primary key (vendor_id, server_seq)
    );
    create index staff_audit_by_actor on staff_audit (vendor_id, actor_staff_id, server_seq);
    create index staff_audit_by_approver on staff_audit (vendor_id, approver_staff_id, server_seq);
  `,
};
