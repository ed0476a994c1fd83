/**
 * Decides when a vendor syncs. Triggers: start, sign-in, a local change (debounced), a poke, the
 * network coming back (confirmed by a health probe, never navigator.onLine alone), a timer and
 * "Sync now". One sync at a time; a trigger during a sync runs one more afterwards. Failures retry
 * with exponential backoff and jitter; a failure only the shop can fix (signed out, console too
 * old) stops automatic retries until the shop acts. Timers are injected so tests drive time.
 */
import { defaultBackoff, retryDelayMs, type BackoffPolicy } from './backoff';
import { syncErrorOf, type SyncErrorCode } from '../../platform-api/sync-error';

export type SyncTrigger =
  'start' | 'signIn' | 'localWrite' | 'poke' | 'online' | 'timer' | 'manual';

export interface SchedulerState {
  /** Confirmed by the last request: true after an answer, false after none, null before any. */
  online: boolean | null;
  running: boolean;
  /** Failures in a row. */
  attempt: number;
  nextRetryAt: number | null;
  lastError: SyncErrorCode | null;
  /** Set when automatic retries stopped until the shop acts (sign in, update). */
  waitingForShop: boolean;
}

export interface SchedulerOptions {
  /** One sync; 'busy' when another window holds the vendor's sync lock. */
  run: () => Promise<'done' | 'busy'>;
  /** Asks the platform's health check; true when it answers. */
  probe: () => Promise<boolean>;
  onChange?: (state: SchedulerState) => void;
  debounceMs?: number;
  intervalMs?: number;
  busyRetryMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class SyncScheduler {
  private state: SchedulerState = {
    online: null,
    running: false,
    attempt: 0,
    nextRetryAt: null,
    lastError: null,
    waitingForShop: false,
  };
  private again = false;
  private stopped = true;
  private debounceTimer: unknown = null;
  private retryTimer: unknown = null;
  private intervalTimer: unknown = null;
  private readonly o: Required<Omit<SchedulerOptions, 'onChange'>> &
    Pick<SchedulerOptions, 'onChange'>;

  constructor(options: SchedulerOptions) {
    this.o = {
      debounceMs: 1_500,
      intervalMs: 60_000,
      busyRetryMs: 3_000,
      backoff: defaultBackoff,
      random: Math.random,
      now: Date.now,
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
      ...options,
    };
  }

  get snapshot(): SchedulerState {
    return this.state;
  }

  start(): void {
    this.stopped = false;
    this.scheduleInterval();
    this.trigger('start');
  }

  stop(): void {
    this.stopped = true;
    for (const timer of [this.debounceTimer, this.retryTimer, this.intervalTimer]) {
      if (timer !== null) this.o.clearTimer(timer);
    }
    this.debounceTimer = this.retryTimer = this.intervalTimer = null;
  }

  trigger(reason: SyncTrigger): void {
    if (this.stopped) return;
    if (reason === 'manual' || reason === 'signIn') {
      this.update({ waitingForShop: false, attempt: 0 });
      void this.runNow();
      return;
    }
    if (this.state.waitingForShop) return;
    if (reason === 'localWrite') {
      if (this.debounceTimer !== null) this.o.clearTimer(this.debounceTimer);
      this.debounceTimer = this.o.setTimer(() => {
        this.debounceTimer = null;
        void this.runNow();
      }, this.o.debounceMs);
      return;
    }
    if (reason === 'online') {
      void this.probeThenRun();
      return;
    }
    // A poke proves the platform is reachable: no reason to sit out a backoff.
    if (reason === 'timer' && this.state.nextRetryAt !== null) return;
    void this.runNow();
  }

  /** The browser says the network is gone: believe it (it is never wrong in that direction). */
  markOffline(): void {
    this.update({ online: false });
  }

  private async probeThenRun(): Promise<void> {
    if (await this.o.probe()) {
      this.update({ online: true, attempt: 0 });
      await this.runNow();
    }
  }

  private async runNow(): Promise<void> {
    if (this.stopped) return;
    if (this.state.running) {
      this.again = true;
      return;
    }
    this.clearRetry();
    this.update({ running: true });
    try {
      if (this.state.online === false && !(await this.o.probe())) {
        this.failed('offline');
      } else if ((await this.o.run()) === 'busy') {
        this.update({ running: false });
        this.retryTimer = this.o.setTimer(() => void this.runNow(), this.o.busyRetryMs);
      } else {
        this.update({ online: true, attempt: 0, lastError: null, nextRetryAt: null });
      }
    } catch (error) {
      this.failed(syncErrorOf(error).code, syncErrorOf(error).retryable);
    } finally {
      this.update({ running: false });
      if (this.again && !this.stopped) {
        this.again = false;
        void this.runNow();
      }
    }
  }

  private failed(code: SyncErrorCode, retryable = true): void {
    const online = code !== 'offline';
    if (!retryable) {
      this.update({ online, lastError: code, waitingForShop: true, nextRetryAt: null });
      return;
    }
    const attempt = this.state.attempt + 1;
    const delay = retryDelayMs(attempt, this.o.random(), this.o.backoff);
    this.update({ online, attempt, lastError: code, nextRetryAt: this.o.now() + delay });
    this.retryTimer = this.o.setTimer(() => {
      this.retryTimer = null;
      this.update({ nextRetryAt: null });
      void this.runNow();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.o.clearTimer(this.retryTimer);
    this.retryTimer = null;
    if (this.state.nextRetryAt !== null) this.update({ nextRetryAt: null });
  }

  private scheduleInterval(): void {
    const tick = () => {
      this.intervalTimer = this.o.setTimer(tick, this.o.intervalMs);
      this.trigger('timer');
    };
    this.intervalTimer = this.o.setTimer(tick, this.o.intervalMs);
  }

  private update(patch: Partial<SchedulerState>): void {
    this.state = { ...this.state, ...patch };
    this.o.onChange?.(this.state);
  }
}
