/**
 * Starts the whole platform in this process: opens the database (PostgreSQL when a URL is given,
 * else PGlite in `dataDir`), migrates it, and listens on loopback. The console's `npm start`
 * embeds it through startPlatform; `npm run platform` runs it through cli.ts. Stopping finishes
 * in-flight requests before the database is closed.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { buildApp, type AppOptions } from './http/app';
import { calendarRefreshJob } from './jobs/calendar-refresh';
import { bookingHoldsJob } from './jobs/booking-holds';
import { bookingMessagesJob } from './jobs/booking-messages';
import { offerHoldsJob, voucherExpiryJob } from './jobs/offer-sales';
import { pointsExpiryJob } from './jobs/points-expiry';
import { JOB_INTERVAL_MS, JobRunner, type JobKind } from './jobs/runner';
import { SandboxClock } from './storefront/clock';
import { storefrontScheduleJob } from './storefront/schedule-job';
import { defaultSyncRules } from './sync/rules';

export interface PlatformOptions extends Omit<AppOptions, 'db'> {
  /** PGlite's data directory; in memory when absent (nothing survives a restart). */
  dataDir?: string;
  /** postgres://… ; takes precedence over dataDir. */
  databaseUrl?: string;
  /** 8787 by default; 0 picks a free port. */
  port?: number;
  /** 127.0.0.1 by default: reachable from this machine only. */
  host?: string;
  /** The job runner's kinds, clock and tick (default: every job, Date.now, each minute); false: none. */
  jobs?: false | { kinds?: readonly JobKind[]; now?: () => number; intervalMs?: number };
}

/** Every job the platform runs. */
export const platformJobs: readonly JobKind[] = [
  pointsExpiryJob,
  calendarRefreshJob(),
  bookingHoldsJob(),
  bookingMessagesJob(),
  offerHoldsJob,
  voucherExpiryJob,
  storefrontScheduleJob,
];

export interface RunningPlatform {
  url: string;
  port: number;
  db: Database;
  app: FastifyInstance;
  /** The job runner, when started. */
  jobs: JobRunner | undefined;
  stop: () => Promise<void>;
}

export const DEFAULT_PORT = 8787;

export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const {
    dataDir,
    databaseUrl,
    port = DEFAULT_PORT,
    host = '127.0.0.1',
    jobs: jobOptions = {},
    ...appOptions
  } = options;
  const db = await openDatabase({ dataDir, databaseUrl });
  try {
    const migrated = await migrate(db);
    // With the sandbox on, the pages and the jobs share a clock the sandbox may move forward.
    const sandbox = appOptions.storefront?.sandbox ?? appOptions.publicBookings?.sandbox ?? false;
    const clock =
      appOptions.storefront?.clock ??
      (sandbox && !(jobOptions && jobOptions.now) ? new SandboxClock() : undefined);
    const jobs =
      jobOptions === false
        ? undefined
        : new JobRunner({
            db,
            rules: appOptions.rules ?? defaultSyncRules,
            kinds: jobOptions.kinds ?? platformJobs,
            now: jobOptions.now ?? (clock ? () => clock.now() : undefined),
            intervalMs: jobOptions.intervalMs ?? JOB_INTERVAL_MS,
            onError: (error, job) => app.log.error({ err: error, job }, 'job failed'),
          });
    const app = await buildApp({
      ...appOptions,
      db,
      storefront: { ...appOptions.storefront, clock, runJobs: jobs && (() => jobs.tick()) },
    });
    app.log.info(
      { database: db.kind, dataDir: databaseUrl ? undefined : dataDir, migrated },
      'database ready',
    );
    await app.listen({ host, port });
    const actualPort = (app.server.address() as AddressInfo).port;
    void jobs?.start();
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await jobs?.stop();
        await app.close();
        await db.close();
      })());
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
      port: actualPort,
      db,
      app,
      jobs,
      stop,
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
}

/** Stops the platform on SIGINT/SIGTERM; a second signal exits at once. */
export function stopOnSignals(platform: RunningPlatform): void {
  let received = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (received) process.exit(1);
    received = true;
    platform.app.log.info({ signal }, 'shutting down');
    platform.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        platform.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
