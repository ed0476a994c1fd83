/**
 * A simulated console for the sync tests: a real VendorDb on its own fake IndexedDB (so several
 * devices of one shop live side by side in one process), signed in to the platform with its own
 * device id, changing data only through mutate() and syncing with the real engine.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { newId } from '@domain/ids';
import type { MutationDefinition } from '@domain/mutations/define';
import { syncedTables } from '@domain/mutations/tables';
import type { OutboxEntry } from '@domain/outbox';
import { canonicalJson } from '@domain/sync/checksum';
import { DEVICE_ID_KEY, mutate } from '../../db/mutate';
import { VendorDb } from '../../db/vendor-db';
import { PlatformClient, type FetchLike } from '../../platform-api/platform-client';
import type { SyncContext } from '../engine/sync-context';
import { syncVendor, type SyncSummary } from '../engine/sync-vendor';

export interface SimDeviceOptions {
  label: string;
  baseUrl: string;
  vendorId: string;
  login: string;
  password: string;
  fetch?: FetchLike;
  pageSize?: number;
  pushBatch?: number;
  timeoutMs?: number;
}

/**
 * Where a console dies: after `afterWrites` more store writes (the write in progress aborts with
 * its transaction, as a crash before commit does) or as the `afterResponses`+1-th answer arrives
 * (the platform committed; the console never learns of it). Either way the database is closed.
 */
export interface CrashPlan {
  afterWrites?: number;
  afterResponses?: number;
}

export class SimulatedCrash extends Error {
  override name = 'SimulatedCrash';
}

export class SimDevice {
  readonly factory = new IDBFactory();
  db: VendorDb;
  /** Every change this device saved (what the shop was told is saved). */
  readonly made: OutboxEntry[] = [];
  deviceId = '';
  client!: PlatformClient;
  private plan: CrashPlan | null = null;
  crashes = 0;

  private constructor(readonly options: SimDeviceOptions) {
    this.db = this.open();
  }

  static async signIn(options: SimDeviceOptions): Promise<SimDevice> {
    const device = new SimDevice(options);
    device.deviceId = newId();
    await device.db.meta.put({ key: DEVICE_ID_KEY, value: device.deviceId });
    const anonymous = new PlatformClient({ baseUrl: options.baseUrl, fetch: options.fetch });
    const session = await anonymous.signIn({
      login: options.login,
      password: options.password,
      deviceId: device.deviceId,
      deviceName: options.label,
    });
    device.client = new PlatformClient({
      baseUrl: options.baseUrl,
      token: session.token,
      fetch: (input, init) => device.fetchOrCrash(input, init),
      timeoutMs: options.timeoutMs ?? 10_000,
    });
    return device;
  }

  /** Arms a crash for the next operations; the database is reopened with the tripwire in it. */
  armCrash(plan: CrashPlan): void {
    this.plan = { ...plan };
    this.db.close();
    this.db = this.open();
    const tripwire = {
      next: () => {
        const writes = this.plan?.afterWrites;
        if (writes === undefined || !this.plan) return null;
        if (writes <= 0) return this.die();
        this.plan.afterWrites = writes - 1;
        return null;
      },
    };
    this.db.use({
      stack: 'dbcore',
      name: 'simulated-crash',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              const crash = tripwire.next();
              return crash ? Promise.reject(crash) : table.mutate(request);
            },
          };
        },
      }),
    });
  }

  /** Disarms, and opens the database as the console's next start does. */
  restart(): void {
    this.plan = null;
    this.reopen();
  }

  private die(): SimulatedCrash {
    this.plan = null;
    this.crashes += 1;
    // Let the aborting transaction settle, then the window is gone (this database, not the next).
    const dying = this.db;
    setTimeout(() => dying.close(), 0);
    return new SimulatedCrash('simulated crash');
  }

  private async fetchOrCrash(input: string, init?: RequestInit): Promise<Response> {
    const base =
      this.options.fetch ?? ((url: string, options?: RequestInit) => fetch(url, options));
    const response = await base(input, init);
    const responses = this.plan?.afterResponses;
    if (responses !== undefined && this.plan) {
      if (responses <= 0) {
        await response.body?.cancel().catch(() => undefined);
        const crash = this.die();
        this.db.close();
        throw crash;
      }
      this.plan.afterResponses = responses - 1;
    }
    return response;
  }

  get label(): string {
    return this.options.label;
  }

  context(overrides: Partial<SyncContext> = {}): SyncContext {
    return {
      db: this.db,
      vendorId: this.options.vendorId,
      deviceId: this.deviceId,
      client: this.client,
      pageSize: this.options.pageSize,
      pushBatch: this.options.pushBatch,
      ...overrides,
    };
  }

  sync(overrides: Partial<SyncContext> = {}): Promise<SyncSummary> {
    return syncVendor(this.context(overrides));
  }

  async edit<Args>(mutation: MutationDefinition<string, Args>, args: Args): Promise<OutboxEntry> {
    const entry = await mutate(this.db, mutation, args);
    this.made.push(entry);
    return entry;
  }

  /** Closes the database under whatever is running, as a closed window or a crash would. */
  crash(): void {
    this.db.close();
  }

  /** Opens the database again, as the console does at its next start. */
  reopen(): VendorDb {
    this.db.close();
    this.db = this.open();
    return this.db;
  }

  private open(): VendorDb {
    return new VendorDb(this.options.vendorId, undefined, {
      indexedDB: this.factory,
      IDBKeyRange,
    });
  }
}

/** A device's rows per synced table, in the same shape as PlatformHarness.rows. */
export async function localRows(db: VendorDb): Promise<Record<string, Record<string, string>>> {
  const tables: Record<string, Record<string, string>> = {};
  for (const table of syncedTables) {
    const rows = await db.table<{ id: string }>(table).toArray();
    if (rows.length === 0) continue;
    const byId: Record<string, string> = {};
    for (const row of rows) byId[row.id] = canonicalJson(row);
    tables[table] = byId;
  }
  return tables;
}
