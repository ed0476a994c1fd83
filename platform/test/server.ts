/**
 * A real platform on a loopback port for tests: the HTTP app over a test database, with helpers
 * that make accounts and talk to it over fetch, as the console does.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import {
  PROTOCOL_VERSION,
  pullSearch,
  syncPaths,
  type SignInResponse,
} from '../../domain/sync/protocol';
import type { OutboxEntry } from '../../domain/outbox';
import { createProvider, createVendor, linkProvider } from '../accounts/store';
import type { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { buildApp, type AppOptions } from '../http/app';
import { openTestDatabase, type BackendName, type TestDatabase } from './backends';

// Tests read arbitrary JSON bodies and assert on them, so `any` is the honest type here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface HttpResult<Body = any> {
  status: number;
  body: Body;
  headers: Headers;
}

export interface TestPlatform {
  url: string;
  db: Database;
  app: FastifyInstance;
  test: TestDatabase;
  call: (
    method: string,
    path: string,
    init?: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> },
  ) => Promise<HttpResult>;
  /** A vendor with one user; returns its id and a signed-in device. */
  vendor: (name: string) => Promise<{ vendorId: string; login: string; device: Device }>;
  provider: (name: string, vendorIds: string[]) => Promise<{ providerId: string; device: Device }>;
  signIn: (login: string, password?: string) => Promise<Device>;
  /** Starts a second app instance on the same database (PostgreSQL only). */
  another: () => Promise<{ url: string; close: () => Promise<void> }>;
  close: () => Promise<void>;
}

export interface Device {
  deviceId: string;
  token: string;
  signIn: SignInResponse;
}

export const PASSWORD = 'correct horse 马';

export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

export async function startTestPlatform(
  backend: BackendName,
  options: Partial<AppOptions> = {},
): Promise<TestPlatform> {
  const test = await openTestDatabase(backend);
  await migrate(test.db);
  const app = await buildApp({ db: test.db, logger: false, ...options });
  const url = await listen(app);
  const call: TestPlatform['call'] = async (method, path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: string | undefined = init.raw;
    if (init.body !== undefined) {
      body = JSON.stringify(init.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(url + path, { method, headers, body });
    const text = await response.text();
    return {
      status: response.status,
      body: text ? JSON.parse(text) : undefined,
      headers: response.headers,
    };
  };
  const signIn = async (login: string, password = PASSWORD): Promise<Device> => {
    const deviceId = randomUUID();
    const result = await call('POST', syncPaths.signIn, {
      body: { login, password, deviceId, deviceName: '前台电脑' },
    });
    if (result.status !== 200)
      throw new Error(`sign-in failed: ${result.status} ${JSON.stringify(result.body)}`);
    return { deviceId: result.body.deviceId, token: result.body.token, signIn: result.body };
  };
  let accounts = 0;
  return {
    url,
    db: test.db,
    app,
    test,
    call,
    signIn,
    vendor: async (name) => {
      const login = `shop${(accounts += 1)}@vendor.test`;
      const vendorId = await createVendor(test.db, { name, login, password: PASSWORD });
      return { vendorId, login, device: await signIn(login) };
    },
    provider: async (name, vendorIds) => {
      const login = `agency${(accounts += 1)}@provider.test`;
      const providerId = await createProvider(test.db, { name, login, password: PASSWORD });
      for (const vendorId of vendorIds) await linkProvider(test.db, providerId, vendorId);
      return { providerId, device: await signIn(login) };
    },
    another: async () => {
      if (!test.openAnother) throw new Error('a second instance needs PostgreSQL');
      const db = await test.openAnother();
      const second = await buildApp({ db, logger: false, ...options });
      return { url: await listen(second), close: () => second.close() };
    },
    close: async () => {
      await app.close();
      await test.drop();
    },
  };
}

let nextSeq = new Map<string, number>();
export function resetSeqs(): void {
  nextSeq = new Map();
}

/** An outbox entry as the console makes it, numbered per device. */
export function outboxEntry(device: Device, name: string, args: unknown, version = 1): OutboxEntry {
  const seq = (nextSeq.get(device.deviceId) ?? 0) + 1;
  nextSeq.set(device.deviceId, seq);
  return {
    id: randomUUID(),
    name,
    version,
    args,
    deviceId: device.deviceId,
    seq,
    createdAt: Date.now(),
  };
}

export function pushBody(device: Device, mutations: OutboxEntry[]) {
  return {
    protocolVersion: PROTOCOL_VERSION,
    clientVersion: 'test',
    deviceId: device.deviceId,
    mutations,
  };
}

/** What a push answers, as the rule tests read it. */
export interface PushResult {
  results: Array<Record<string, unknown>>;
  lastProcessedSeq: number;
}

/** Pushes `mutations` as `device` and expects the push itself to be accepted (200). */
export async function pushAccepted(
  platform: TestPlatform,
  vendorId: string,
  device: Device,
  mutations: OutboxEntry[],
): Promise<PushResult> {
  const result = await platform.call('POST', syncPaths.push(vendorId), {
    token: device.token,
    body: pushBody(device, mutations),
  });
  if (result.status !== 200)
    throw new Error(`push answered ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body as PushResult;
}

export interface PullOptions {
  limit?: number;
  /** The previous page's resumeAfter. */
  after?: string;
  protocolVersion?: number;
}

export function pullPath(vendorId: string, cursor = 0, options: PullOptions | number = {}): string {
  const query = typeof options === 'number' ? { limit: options } : options;
  return `${syncPaths.pull(vendorId)}?${pullSearch({ cursor, ...query })}`;
}

/** Everything a push could have changed for a vendor: compared before and after a refused push. */
export async function vendorSnapshot(db: Database, vendorId: string) {
  return {
    entities: await db.query(
      'select tbl, id, data, deleted, seq from entities where vendor_id = $1 order by tbl, id',
      [vendorId],
    ),
    ledger: await db.query(
      'select tbl, id, data from ledger_entries where vendor_id = $1 order by id',
      [vendorId],
    ),
    results: await db.query(
      'select device_id, seq, status from mutation_results where vendor_id = $1 order by seq',
      [vendorId],
    ),
    counter: await db.query('select last_seq from vendor_seqs where vendor_id = $1', [vendorId]),
  };
}
