/**
 * The platform's job runner, for every part that needs work done at a time rather than on a
 * request: points expiry now; voucher expiry and refunds, group deadlines, scheduled publishing
 * later. Jobs are durable rows (platform_jobs, migration 008), one per kind and key (a shop), with
 * when each is next due. Each tick an instance
 *  1. lets every kind name the keys that should have a job (a shop that turned expiry on),
 *  2. claims due jobs one at a time: under a row lock taken with `for update skip locked` it sets
 *     a lease, so another instance passes the job over (and takes it only if this one died and
 *     the lease ran out),
 *  3. runs it, and writes its next due time and clears the lease.
 * A job that was due while the platform was down is due at the first tick after start: it
 * catches up. Jobs write their results as platform-originated changes (sync/originate.ts) with
 * ids derived from what they act on, so a run repeated after a crash changes nothing. Time comes
 * from an injectable clock, so tests move it instead of waiting.
 */
import type { Database } from '../db/database';
import type { SyncRules } from '../sync/rules';

export interface JobContext {
  db: Database;
  rules: SyncRules;
  key: string;
  /** The runner's clock at the run. */
  now: number;
}

export interface JobKind {
  readonly kind: string;
  /** The keys that should have a job (a new one is due at once), e.g. the shops it applies to. */
  discover: (db: Database) => Promise<string[]>;
  /** Does the work; returns when it is next due, or null when the key needs it no more. */
  run: (context: JobContext) => Promise<number | null>;
}

export interface JobRunnerOptions {
  db: Database;
  rules: SyncRules;
  kinds: readonly JobKind[];
  now?: () => number;
  /** How often a started runner ticks (default one minute). */
  intervalMs?: number;
  /** How long a claimed job is this instance's before another may take it (default 10 min). */
  leaseMs?: number;
  /** A failed run is tried again this long later (default 5 min). */
  retryMs?: number;
  onError?: (error: unknown, job: { kind: string; key: string }) => void;
}

export const JOB_INTERVAL_MS = 60_000;

export class JobRunner {
  private readonly now: () => number;
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<number> | undefined;
  private stopped = false;

  constructor(private readonly options: JobRunnerOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Ticks at once (catching up on what fell due while the platform was down), then every
   * interval; resolves when the first tick is done, with how many jobs it ran.
   */
  start(): Promise<number> {
    this.stopped = false;
    const tickThenWait = () => {
      const ticked = this.tick().catch((error: unknown) => {
        this.options.onError?.(error, { kind: '*', key: '*' });
        return 0;
      });
      void ticked.finally(() => {
        if (!this.stopped)
          this.timer = setTimeout(tickThenWait, this.options.intervalMs ?? JOB_INTERVAL_MS);
      });
      return ticked;
    };
    return tickThenWait();
  }

  /** Stops ticking and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking?.catch(() => undefined);
  }

  /** One pass: schedules new jobs, then runs every due one; returns how many ran. */
  tick(): Promise<number> {
    this.ticking ??= this.pass().finally(() => {
      this.ticking = undefined;
    });
    return this.ticking;
  }

  private async pass(): Promise<number> {
    const { db, kinds } = this.options;
    for (const kind of kinds) {
      const keys = await kind.discover(db);
      if (keys.length === 0) continue;
      await db.query(
        `insert into platform_jobs (kind, key, due_at)
         select $1, k, $3 from unnest($2::text[]) as k on conflict do nothing`,
        [kind.kind, keys, this.now()],
      );
    }
    let ran = 0;
    for (;;) {
      if (this.stopped) return ran;
      const claimed = await this.claim();
      if (!claimed) return ran;
      await this.runClaimed(claimed);
      ran += 1;
    }
  }

  /** Takes the most overdue job no instance holds, with a lease. */
  private async claim(): Promise<{ kind: JobKind; key: string } | null> {
    const { db, kinds } = this.options;
    const now = this.now();
    const names = kinds.map((kind) => kind.kind);
    const [row] = await db.transaction((tx) =>
      tx.query<{ kind: string; key: string }>(
        `update platform_jobs set leased_until = $3
         where (kind, key) = (
           select kind, key from platform_jobs
           where kind = any($1::text[]) and due_at <= $2
             and (leased_until is null or leased_until <= $2)
           order by due_at, kind, key limit 1
           for update skip locked)
         returning kind, key`,
        [names, now, now + (this.options.leaseMs ?? 10 * 60_000)],
      ),
    );
    const kind = row && kinds.find((each) => each.kind === row.kind);
    return kind ? { kind, key: row.key } : null;
  }

  private async runClaimed({ kind, key }: { kind: JobKind; key: string }): Promise<void> {
    const { db, rules } = this.options;
    const now = this.now();
    try {
      const next = await kind.run({ db, rules, key, now });
      if (next === null) {
        await db.query('delete from platform_jobs where kind = $1 and key = $2', [kind.kind, key]);
        return;
      }
      await db.query(
        `update platform_jobs set due_at = $3, leased_until = null, last_run_at = $4,
           runs = runs + 1, last_error = null where kind = $1 and key = $2`,
        [kind.kind, key, Math.max(next, now + 1), now],
      );
    } catch (error) {
      this.options.onError?.(error, { kind: kind.kind, key });
      await db.query(
        `update platform_jobs set due_at = $3, leased_until = null, last_error = $4
         where kind = $1 and key = $2`,
        [kind.kind, key, now + (this.options.retryMs ?? 5 * 60_000), String(error).slice(0, 500)],
      );
    }
  }
}
