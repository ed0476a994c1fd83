/**
 * The sync engine of one vendor database in this window: the scheduler and its triggers (the
 * outbox, the poke stream, the network events), the lock that keeps one writer across windows,
 * and a status the header and the Sync page subscribe to. Holds no data of its own: everything
 * it knows that matters after a restart is in the vendor database.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { VendorDb } from '../../db/vendor-db';
import { MediaSync } from '../../media/media-sync';
import { refreshVoucherKeys } from '../../offers/keys/voucher-keys';
import { listenForPokes, type PokeStream } from './poke';
import {
  PlatformClient,
  type FetchLike,
  type SyncSession,
} from '../../platform-api/platform-client';
import { SyncScheduler, type SchedulerOptions, type SchedulerState } from './scheduler';
import type { SyncProgress } from './sync-context';
import { withSyncLock } from './sync-lock';
import { syncVendor, type SyncSummary } from './sync-vendor';
import { yieldToUi } from './yield-to-ui';

/**
 * Rows per pull page in the console. Storing a page runs a few stretches of script between
 * database calls (the rows' structured clones, the rebase); at 250 rows some of those passed
 * 50 ms on a busy two-core machine (1-8 per 100,000-row first sync, with garbage collection in
 * them), at 100 none did. Asking for the next page while storing one pays for the extra requests.
 */
export const PULL_PAGE_SIZE = 100;

export interface SyncStatus extends SchedulerState {
  /** The running sync's progress; null between syncs. */
  progress: SyncProgress | null;
  /** The poke stream is connected (changes from elsewhere show within seconds). */
  pokeConnected: boolean;
  lastSummary: SyncSummary | null;
}

export interface EngineEnvironment {
  fetch?: FetchLike;
  EventSource?: new (url: string) => EventSource;
  /** Where online/offline events come from (window in the browser). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  scheduler?: Partial<SchedulerOptions>;
  clientVersion?: string;
}

export class VendorSyncEngine {
  readonly client: PlatformClient;
  private status: SyncStatus;
  private readonly listeners = new Set<() => void>();
  private readonly scheduler: SyncScheduler;
  private readonly cleanups: Array<() => void> = [];
  private deepVerified = false;
  private keysFetched = false;
  /** The shop's images, moved beside the sync (renderer/src/media), never inside it. */
  readonly media: MediaSync;

  constructor(
    readonly vendorId: string,
    readonly db: VendorDb,
    readonly session: SyncSession,
    private readonly env: EngineEnvironment = {},
  ) {
    this.client = new PlatformClient({
      baseUrl: session.platformUrl,
      token: session.token,
      fetch: env.fetch,
      clientVersion: env.clientVersion,
    });
    this.scheduler = new SyncScheduler({
      run: () => this.runOnce(),
      probe: () => this.client.health(),
      onChange: (state) => this.setStatus(state),
      ...env.scheduler,
    });
    this.media = new MediaSync({
      vendorId,
      db,
      platformUrl: session.platformUrl,
      token: session.token,
      fetch: env.fetch,
      events: env.events,
    });
    this.status = {
      ...this.scheduler.snapshot,
      progress: null,
      pokeConnected: false,
      lastSummary: null,
    };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncStatus => this.status;

  start(): void {
    this.scheduler.start();
    this.watchOutbox();
    this.watchPokes();
    this.watchNetwork();
    this.media.start();
  }

  stop(): void {
    this.scheduler.stop();
    this.media.stop();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** "Sync now", and the first sync after signing in: also resumes after a stop for the shop. */
  syncNow(reason: 'manual' | 'signIn' = 'manual'): void {
    this.scheduler.trigger(reason);
  }

  private async runOnce(): Promise<'done' | 'busy'> {
    const result = await withSyncLock(this.vendorId, () =>
      syncVendor({
        db: this.db,
        vendorId: this.vendorId,
        deviceId: this.session.deviceId,
        client: this.client,
        pageSize: PULL_PAGE_SIZE,
        deepVerify: !this.deepVerified,
        yieldToUi,
        onProgress: (progress) => this.setStatus({ progress }),
      }).finally(() => this.setStatus({ progress: null })),
    );
    if (!result.ran) return 'busy';
    this.deepVerified = true;
    this.setStatus({ lastSummary: result.value });
    this.media.nudge('synced');
    if (!this.keysFetched) {
      this.keysFetched = true;
      void refreshVoucherKeys(this.db, this.client, this.vendorId).catch(() => {
        this.keysFetched = false; // tried again after the next sync
      });
    }
    return 'done';
  }

  /** A new outbox entry (from any window of this vendor) is a local write: sync soon. */
  private watchOutbox(): void {
    let newest: number | undefined;
    const subscription: Subscription = liveQuery(() =>
      this.db.outbox.orderBy('seq').lastKey(),
    ).subscribe({
      next: (seq) => {
        // The first answer is where the outbox stands at start (the start's own sync takes
        // what is there); an empty one stands at 0, so the first change made after it pushes too.
        const last = typeof seq === 'number' ? seq : 0;
        if (newest !== undefined && last > newest) this.scheduler.trigger('localWrite');
        newest = Math.max(newest ?? 0, last);
      },
      error: () => undefined,
    });
    this.cleanups.push(() => subscription.unsubscribe());
  }

  private watchPokes(): void {
    const stream: PokeStream | null = listenForPokes(
      this.client.pokeUrl(this.vendorId),
      {
        onPoke: () => this.scheduler.trigger('poke'),
        onConnected: (pokeConnected) => this.setStatus({ pokeConnected }),
      },
      this.env.EventSource ?? globalThis.EventSource,
    );
    if (stream) this.cleanups.push(() => stream.close());
  }

  private watchNetwork(): void {
    const events = this.env.events ?? (typeof window === 'undefined' ? undefined : window);
    if (!events) return;
    const online = () => this.scheduler.trigger('online');
    const offline = () => this.scheduler.markOffline();
    events.addEventListener('online', online);
    events.addEventListener('offline', offline);
    this.cleanups.push(() => {
      events.removeEventListener('online', online);
      events.removeEventListener('offline', offline);
    });
  }

  private setStatus(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener();
  }
}
