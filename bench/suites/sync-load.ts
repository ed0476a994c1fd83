/**
 * Issue 4: the platform under 200 concurrent consoles (20 shops × 10 devices) pushing and
 * pulling, on PGlite and on PostgreSQL. The platform runs in a child process; the consoles run
 * here. Slices of the sync loop alternate with slices of the same loop against GET /health on
 * the same server (and, on PostgreSQL, a plain SELECT 1 through a pg pool), after a warm-up.
 */
import { spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { compared, measured, percentile } from '../lib/stats';
import type { BenchRow, Measured, Suite } from '../lib/types';
import { PULL_PAGE_SIZE } from '../../renderer/src/sync/engine/vendor-sync';
import { LoadTally, runSlice, SimConsole, type LoopKind } from './sync-load-clients';
import {
  LOAD_CONFIG_VARIABLE,
  LOAD_SERVER_FLAG,
  type LoadServerConfig,
  type LoadServerReady,
} from './sync-load-server';
import {
  benchSchemaName,
  dropSchema,
  postgresMissing,
  postgresUrl,
  type Backend,
} from './sync-platform';

const SUITE = 'sync-load';
/** The platform's own pool size (platform/db/pg.ts), so SELECT 1 gets the same connections. */
const PLATFORM_POOL = 10;

interface Plan {
  shops: number;
  devicesPerShop: number;
  itemsPerShop: number;
  /** Each slice: a ramp-up (untimed), then the timed window. */
  rampMs: number;
  windowMs: number;
  slices: number;
  warmupMs: number;
}
const fullPlan: Plan = {
  shops: 20,
  devicesPerShop: 10,
  itemsPerShop: 50,
  rampMs: 2_000,
  windowMs: 4_000,
  slices: 2,
  warmupMs: 2_000,
};
const quickPlan: Plan = {
  ...fullPlan,
  shops: 4,
  devicesPerShop: 5,
  rampMs: 500,
  windowMs: 1_000,
};

interface LoadServer {
  ready: LoadServerReady;
  stop(): Promise<void>;
}

async function startLoadServer(config: LoadServerConfig): Promise<LoadServer> {
  const here = import.meta.dirname;
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(here, 'sync-load-server.ts')], {
    cwd: resolve(here, '../..'),
    env: {
      ...process.env,
      [LOAD_SERVER_FLAG]: '1',
      [LOAD_CONFIG_VARIABLE]: JSON.stringify(config),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = async () => {
    child.stdin!.end();
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(killer);
    if (config.schema) await dropSchema(config.schema).catch(() => undefined);
  };
  try {
    const lines = createInterface({ input: child.stdout! });
    const ready = await Promise.race([
      new Promise<LoadServerReady>((done) =>
        lines.on('line', (line) => {
          if (line.startsWith('{"url"')) done(JSON.parse(line) as LoadServerReady);
        }),
      ),
      exited.then((code): never => {
        throw new Error(`the load server exited (code ${code}) before it was ready`);
      }),
    ]);
    return { ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));
const p99 = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(percentile(sorted, 0.99) * 10) / 10;
};

function rowsFor(backend: Backend, tally: LoadTally, consoles: number): BenchRow[] {
  const label = `${backend === 'pg' ? 'PostgreSQL' : 'PGlite'}, ${consoles} consoles`;
  const { latency, done, windowMs } = tally;
  const { push, pull, health } = latency;
  const baseline = measured('GET /health, same loop', health);
  const against = (samples: number[]) => ({
    'p99 ms': p99(samples),
    'baseline p99 ms': p99(health),
  });
  const sync = [...push, ...pull];
  const rows: BenchRow[] = [
    compared(SUITE, `${label}: push (1–5 changes)`, measured('POST push', push), baseline, {
      'req/s': perSecond(done.push, windowMs.sync),
      ...against(push),
      'changes/s': perSecond(tally.changesPushed, windowMs.sync),
    }),
    compared(SUITE, `${label}: pull from cursor`, measured('GET pull', pull), baseline, {
      'req/s': perSecond(done.pull, windowMs.sync),
      ...against(pull),
      'rows/s': perSecond(tally.rowsPulled, windowMs.sync),
    }),
    compared(SUITE, `${label}: all sync requests`, measured('push + pull', sync), baseline, {
      'req/s': perSecond(done.push + done.pull, windowMs.sync),
      'baseline req/s': perSecond(done.health, windowMs.health),
      ...against(sync),
      errors: tally.errors,
    }),
  ];
  if (latency.select.length > 0) rows.push(plainPostgresRow(label, tally, baseline));
  return rows;
}

/** The platform's trivial endpoint against a bare round trip to the same PostgreSQL. */
function plainPostgresRow(label: string, tally: LoadTally, health: Measured): BenchRow {
  const { latency, done, windowMs } = tally;
  const plain = measured(`SELECT 1, pg.Pool(${PLATFORM_POOL})`, latency.select);
  return compared(SUITE, `${label}: /health vs plain PostgreSQL`, health, plain, {
    'req/s': perSecond(done.health, windowMs.health),
    'baseline queries/s': perSecond(done.select, windowMs.select),
    'p99 ms': p99(latency.health),
    'baseline p99 ms': p99(latency.select),
  });
}

async function measureBackend(backend: Backend, plan: Plan, log: (m: string) => void) {
  const schema = backend === 'pg' ? benchSchemaName() : undefined;
  log(`${backend}: starting the platform and ${plan.shops * plan.devicesPerShop} device sessions…`);
  const server = await startLoadServer({ backend, schema, ...plan });
  const { url, consoles: sessions, itemIds } = server.ready;
  const agent = new Agent({ keepAlive: true, maxSockets: sessions.length });
  const pool =
    backend === 'pg'
      ? new pg.Pool({ connectionString: postgresUrl, max: PLATFORM_POOL })
      : undefined;
  try {
    const consoles = sessions.map((session) => new SimConsole(session, url, itemIds));
    const targets = { agent, baseUrl: url, consoles, pool };
    const kinds: LoopKind[] = pool ? ['sync', 'health', 'select'] : ['sync', 'health'];
    const warmup = { rampMs: 0, windowMs: plan.warmupMs };
    for (const kind of kinds) await runSlice(kind, targets, warmup, null);
    const tally = new LoadTally();
    log(
      `${backend}: ${plan.slices} rounds of ${kinds.join(' / ')} slices, ${plan.windowMs} ms each…`,
    );
    for (let round = 0; round < plan.slices; round += 1) {
      for (let k = 0; k < kinds.length; k += 1) {
        await runSlice(kinds[(round + k) % kinds.length]!, targets, plan, tally);
      }
    }
    return rowsFor(backend, tally, consoles.length);
  } finally {
    agent.destroy();
    await pool?.end();
    await server.stop();
  }
}

const suite: Suite = {
  name: SUITE,
  issue: 4,
  description:
    'the platform under 200 concurrent consoles pushing and pulling, PGlite and PostgreSQL',
  async run(ctx) {
    const plan = ctx.quick ? quickPlan : fullPlan;
    const rows = await measureBackend('pglite', plan, ctx.log);
    const notes = loadNotes(plan);
    const missing = await postgresMissing();
    if (missing) notes.push(`PostgreSQL rows skipped: ${missing}.`);
    else rows.push(...(await measureBackend('pg', plan, ctx.log)));
    return { rows, notes };
  },
};

function loadNotes(plan: Plan): string[] {
  const consoles = plan.shops * plan.devicesPerShop;
  const seconds = (plan.slices * plan.windowMs) / 1000;
  return [
    `${consoles} consoles = ${plan.shops} shops × ${plan.devicesPerShop} devices, each with its ` +
      'own device session (stored as sign-in stores one, without the scrypt check: 200 of them ' +
      `take minutes here) and ${plan.itemsPerShop} menu items per shop. Closed loop, no pause: ` +
      'each console pushes 1–5 price changes (menuItem.update, its next seqs) then pulls once ' +
      `from its cursor (${PULL_PAGE_SIZE} per page, as the console); a shop’s ${plan.devicesPerShop} devices ` +
      'pull each other’s changes. The figures are capacity and latency at saturation, not a ' +
      'shop’s normal day.',
    `Alternating slices (sync loop / /health loop / SELECT 1 loop on PostgreSQL), ` +
      `${plan.slices} of each after a ${plan.warmupMs / 1000} s warm-up slice of each. Every ` +
      `slice starts all consoles at once, runs ${plan.rampMs / 1000} s of ramp-up (untimed), ` +
      `then a ${plan.windowMs / 1000} s timed window (${seconds} s per kind in all); requests in ` +
      'flight at its end finish before the next slice. req/s = requests finished inside the ' +
      'windows ÷ their time; latency = the requests started inside them. p99 is in "extra".',
    'The platform (production settings, logging off) runs in a child process over loopback so ' +
      'the clients’ work in this process is not charged to its event loop; both share the ' +
      'machine’s cores. HTTP/1.1 keep-alive, one socket per console. PGlite is one connection ' +
      'by nature (every query queues); PostgreSQL goes through the platform’s pool of ' +
      `${PLATFORM_POOL}, and so does the plain SELECT 1 baseline (200 callers, pg.Pool(${PLATFORM_POOL})).`,
  ];
}

export default suite;
