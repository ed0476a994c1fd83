/**
 * Simulated consoles for the load bench: plain HTTP/1.1 clients over one keep-alive agent, each
 * signed in as its own device. A console's loop pushes 1–5 price changes (the next seqs of its
 * outbox) and pulls once from its cursor with the console's page size, with no pause between
 * requests (a closed loop: the figures are the platform's capacity and its latency under it).
 * The baselines run the same loop shape against GET /health, or SELECT 1 on a pg pool. Every
 * loop stops by itself at its deadline, after the request in flight.
 */
import { randomUUID } from 'node:crypto';
import { request, type Agent } from 'node:http';
import type pg from 'pg';
import { updateItem } from '../../domain/menu/mutations';
import {
  AUTH_SCHEME,
  PROTOCOL_VERSION,
  pullSearch,
  syncPaths,
  type PullResponse,
} from '../../domain/sync/protocol';
import { PULL_PAGE_SIZE } from '../../renderer/src/sync/engine/vendor-sync';
import type { LoadConsole } from './sync-load-server';

export type LoopKind = 'sync' | 'health' | 'select';
export type Endpoint = 'push' | 'pull' | 'health' | 'select';

/**
 * What the timed windows saw. Every slice starts all consoles at once, so its first moments are
 * a ramp-up (nothing has finished yet): each slice runs `rampMs` before its timed window. Latency
 * counts the requests started inside a window; rates count those finished inside it. Requests in
 * flight when a slice ends finish before the next slice starts, so kinds never overlap.
 */
export class LoadTally {
  readonly latency: Record<Endpoint, number[]> = { push: [], pull: [], health: [], select: [] };
  readonly done: Record<Endpoint, number> = { push: 0, pull: 0, health: 0, select: 0 };
  /** Timed window per loop kind, ms (the windows' fixed durations, summed). */
  readonly windowMs: Record<LoopKind, number> = { sync: 0, health: 0, select: 0 };
  errors = 0;
  changesPushed = 0;
  rowsPulled = 0;
  /** The running window, in performance.now() time. */
  from = Infinity;
  until = Infinity;

  /** Records a request that started at `started`; true when it finished inside the window. */
  note(endpoint: Endpoint, started: number): boolean {
    const ended = performance.now();
    if (started >= this.from && started <= this.until) this.latency[endpoint].push(ended - started);
    if (ended < this.from || ended > this.until) return false;
    this.done[endpoint] += 1;
    return true;
  }
}

interface Answer {
  status: number;
  body: string;
}

function call(agent: Agent, url: string, method: string, headers: object, body?: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      url,
      { method, headers: headers as Record<string, string>, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** One simulated console: its device session, its outbox counter and its pull cursor. */
export class SimConsole {
  private seq = 0;
  private cursor = 0;
  private resumeAfter: string | undefined;
  private pushes = 0;
  private pulls = 0;
  private readonly auth: string;

  constructor(
    private readonly session: LoadConsole,
    private readonly baseUrl: string,
    private readonly itemIds: readonly string[],
  ) {
    this.auth = `${AUTH_SCHEME} ${session.token}`;
  }

  /** Push, then pull, then push…: one loop iteration may straddle two slices. */
  nextIsPush(): boolean {
    return this.pushes === this.pulls;
  }

  private changes() {
    const count = 1 + Math.floor(Math.random() * 5);
    return Array.from({ length: count }, () => ({
      id: randomUUID(),
      name: updateItem.name,
      version: updateItem.version,
      args: {
        id: this.itemIds[Math.floor(Math.random() * this.itemIds.length)]!,
        priceFen: 1000 + Math.floor(Math.random() * 4000),
        updatedAt: Date.now(),
      },
      deviceId: this.session.deviceId,
      seq: (this.seq += 1),
      createdAt: Date.now(),
    }));
  }

  async push(agent: Agent, tally: LoadTally | null): Promise<void> {
    this.pushes += 1;
    const mutations = this.changes();
    const body = JSON.stringify({
      protocolVersion: PROTOCOL_VERSION,
      deviceId: this.session.deviceId,
      mutations,
    });
    const headers = { authorization: this.auth, 'content-type': 'application/json' };
    const started = performance.now();
    const answer = await call(agent, this.url(syncPaths.push), 'POST', headers, body);
    const inside = tally?.note('push', started) ?? false;
    const processed = answer.status === 200 ? parseField(answer.body, 'lastProcessedSeq') : -1;
    if (processed !== this.seq) {
      if (tally) tally.errors += 1;
      // Resend from where the platform stands, as the console does after a gap.
      if (processed >= 0) this.seq = processed;
      return;
    }
    if (inside) tally!.changesPushed += mutations.length;
  }

  async pull(agent: Agent, tally: LoadTally | null): Promise<void> {
    this.pulls += 1;
    const url = `${this.url(syncPaths.pull)}?${pullSearch({ cursor: this.cursor, limit: PULL_PAGE_SIZE, after: this.resumeAfter })}`;
    const started = performance.now();
    const answer = await call(agent, url, 'GET', { authorization: this.auth });
    const inside = tally?.note('pull', started) ?? false;
    if (answer.status !== 200) {
      if (tally) tally.errors += 1;
      return;
    }
    const page = JSON.parse(answer.body) as PullResponse;
    this.cursor = page.nextCursor;
    this.resumeAfter = page.resumeAfter;
    if (inside) tally!.rowsPulled += page.changes.length;
  }

  private url(path: (vendorId: string) => string): string {
    return this.baseUrl + path(this.session.vendorId);
  }
}

function parseField(body: string, field: string): number {
  const value = (JSON.parse(body) as Record<string, unknown>)[field];
  return typeof value === 'number' ? value : -1;
}

export interface LoopTargets {
  agent: Agent;
  baseUrl: string;
  consoles: SimConsole[];
  pool?: pg.Pool;
}

async function healthOnce(targets: LoopTargets, tally: LoadTally | null): Promise<void> {
  const started = performance.now();
  const answer = await call(targets.agent, targets.baseUrl + syncPaths.health, 'GET', {});
  tally?.note('health', started);
  if (answer.status !== 200 && tally) tally.errors += 1;
}

async function selectOnce(pool: pg.Pool, tally: LoadTally | null): Promise<void> {
  const started = performance.now();
  await pool.query('select 1');
  tally?.note('select', started);
}

/** A console's next request in a loop of `kind`: its push and its pull take turns. */
function step(kind: LoopKind, targets: LoopTargets, index: number, tally: LoadTally | null) {
  const sim = targets.consoles[index]!;
  if (kind === 'sync')
    return sim.nextIsPush() ? sim.push(targets.agent, tally) : sim.pull(targets.agent, tally);
  if (kind === 'health') return healthOnce(targets, tally);
  return selectOnce(targets.pool!, tally);
}

/**
 * Every console runs `kind` for `rampMs` + `windowMs`, then finishes the request it has in
 * flight; the deadline is checked before each request, so the loop stops by itself. A null
 * tally is a warm-up.
 */
export async function runSlice(
  kind: LoopKind,
  targets: LoopTargets,
  { rampMs, windowMs }: { rampMs: number; windowMs: number },
  tally: LoadTally | null,
): Promise<void> {
  const from = performance.now() + rampMs;
  const until = from + windowMs;
  if (tally) [tally.from, tally.until] = [from, until];
  await Promise.all(
    targets.consoles.map(async (_, index) => {
      while (performance.now() < until) {
        // A refused connection or a broken answer is counted, and the console carries on.
        await step(kind, targets, index, tally).catch(() => {
          if (tally) tally.errors += 1;
        });
      }
    }),
  );
  if (tally) tally.windowMs[kind] += windowMs;
}
