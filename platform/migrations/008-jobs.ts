/**
 * The platform's durable jobs (platform/jobs/runner.ts): one row per (kind, key) — e.g. the
 * points expiry of one shop — with when it is next due. An instance claims a due job by setting
 * its lease under a row lock (`for update skip locked`), so with several instances each run
 * happens once; a job due while the platform was down is simply due at its next start. Times are
 * epoch ms from the runner's clock, so tests can move it.
 */
export default {
  version: 8,
  name: 'jobs',
  sql: /* sql */ `
    create table platform_jobs (
      kind text not null,
      key text not null,
      due_at bigint not null,
      leased_until bigint,
      last_run_at bigint,
      runs bigint not null default 0,
      last_error text,
      primary key (kind, key)
    );
    create index platform_jobs_due on platform_jobs (due_at);

    -- Which shops have membership settings (the points expiry job's shops), without a scan.
    create index entities_customer_settings on entities (vendor_id) where tbl = 'customerSettings';
  `,
};
