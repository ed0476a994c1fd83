/**
 * Moves a shop's images between this desktop and the platform while it is signed in: uploads the
 * queued ones and fetches the ones it lacks. Runs beside the sync engine (which starts, stops and
 * nudges it after each sync) but never inside a sync: a slow upload holds up no change. One run at
 * a time; a nudge during a run runs once more after it. Failures back off per image (uploads) or
 * per photo (downloads), and an 'online' event or a finished sync retries what failed for want of
 * an answer at once. Another window of the same shop may move the same image: both ends are
 * idempotent (an upload of known bytes is a no-op, a download stores only what is missing).
 */
import { liveQuery, type Subscription } from 'dexie';
import type { VendorDb } from '../db/vendor-db';
import type { FetchLike } from '../platform-api/platform-client';
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from '../sync/engine/backoff';
import { downloadImage, imagesLacking } from './download-missing';
import { MediaClient, MediaError } from './media-client';
import { dueUploads, nextUploadAt, uploadQueued } from './upload-queue';

export type MediaNudge = 'start' | 'queued' | 'synced' | 'online' | 'timer';

export interface MediaSyncOptions {
  vendorId: string;
  db: VendorDb;
  platformUrl: string;
  token: string;
  fetch?: FetchLike;
  /** Where online events come from (window in the browser). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  backoff?: BackoffPolicy;
  now?: () => number;
  random?: () => number;
}

interface DownloadRetry {
  attempts: number;
  at: number;
}

export class MediaSync {
  private readonly client: MediaClient;
  private readonly cleanups: Array<() => void> = [];
  private readonly downloadRetries = new Map<string, DownloadRetry>();
  private running: Promise<void> | null = null;
  private again: MediaNudge | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly backoff: BackoffPolicy;

  constructor(private readonly options: MediaSyncOptions) {
    this.client = new MediaClient({
      baseUrl: options.platformUrl,
      vendorId: options.vendorId,
      token: options.token,
      fetch: options.fetch,
    });
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.backoff = options.backoff ?? defaultBackoff;
  }

  start(): void {
    this.stopped = false;
    this.watchQueue();
    this.watchNetwork();
    this.nudge('start');
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** Something may have changed: run now, or once more after the run in progress. */
  nudge(reason: MediaNudge): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = this.again === 'online' || this.again === 'synced' ? this.again : reason;
      return;
    }
    this.running = this.run(reason).finally(() => {
      this.running = null;
      const next = this.again;
      this.again = null;
      if (next) this.nudge(next);
    });
  }

  /** Resolves when the run in progress (if any) and the ones it asked for are done (tests). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async run(reason: MediaNudge): Promise<void> {
    // A finished sync or the network's return is an answer from the platform: try what waited for one.
    const reachable = reason === 'synced' || reason === 'online';
    try {
      await this.uploadDue(reachable);
      await this.downloadMissing(reachable);
    } catch {
      // The store failed (closed by another window, disk full): the next nudge or timer tries again.
    }
    await this.scheduleTimer().catch(() => undefined);
  }

  private async uploadDue(reachable: boolean): Promise<void> {
    const { db } = this.options;
    for (const row of await dueUploads(db, this.now(), reachable)) {
      if (this.stopped) return;
      const outcome = await uploadQueued(db, this.client, row, {
        now: this.now(),
        random: this.random(),
        backoff: this.backoff,
      });
      // Without an answer the rest would fail alike: leave them for the network's return.
      if (outcome === 'retry' && !(await this.reachable())) return;
    }
  }

  private async downloadMissing(reachable: boolean): Promise<void> {
    const { db } = this.options;
    for (const lacking of await imagesLacking(db)) {
      if (this.stopped) return;
      const retry = this.downloadRetries.get(lacking.id);
      if (retry && retry.at > this.now() && !reachable) continue;
      try {
        const outcome = await downloadImage(db, this.client, lacking);
        if (outcome === 'absent') this.downloadFailed(lacking.id);
        else this.downloadRetries.delete(lacking.id);
      } catch (error) {
        this.downloadFailed(lacking.id);
        if (error instanceof MediaError && error.unreachable) return;
      }
    }
  }

  private downloadFailed(imageId: string): void {
    const attempts = (this.downloadRetries.get(imageId)?.attempts ?? 0) + 1;
    const at = this.now() + retryDelayMs(attempts, this.random(), this.backoff);
    this.downloadRetries.set(imageId, { attempts, at });
  }

  private async reachable(): Promise<boolean> {
    return typeof navigator === 'undefined' || navigator.onLine !== false;
  }

  /** Wakes for the earliest upload or download retry. */
  private async scheduleTimer(): Promise<void> {
    if (this.stopped) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const uploadAt = await nextUploadAt(this.options.db);
    const downloadAt = Math.min(...[...this.downloadRetries.values()].map((each) => each.at));
    const at = Math.min(uploadAt ?? Infinity, downloadAt);
    if (!Number.isFinite(at) || this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.nudge('timer');
      },
      Math.max(this.backoff.minMs, at - this.now()),
    );
  }

  /** A newly queued image goes up at once, not at the next sync. */
  private watchQueue(): void {
    let known: Set<string> | null = null;
    const subscription: Subscription = liveQuery(() =>
      this.options.db.mediaUpload.where('state').equals('queued').primaryKeys(),
    ).subscribe({
      next: (keys) => {
        const fresh = known !== null && keys.some((key) => !known!.has(key));
        known = new Set(keys);
        if (fresh) this.nudge('queued');
      },
      error: () => undefined,
    });
    this.cleanups.push(() => subscription.unsubscribe());
  }

  private watchNetwork(): void {
    const events = this.options.events ?? (typeof window === 'undefined' ? undefined : window);
    if (!events) return;
    const online = () => this.nudge('online');
    events.addEventListener('online', online);
    this.cleanups.push(() => events.removeEventListener('online', online));
  }
}
