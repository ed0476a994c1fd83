/**
 * The clock the storefront's pages and the job runner read. In production it is the wall clock;
 * with the sandbox on, a test or the e2e may move it forward (a fake clock) so a scheduled
 * publish falls due without waiting. It only ever adds an offset to the real time, so time still
 * passes between two readings.
 */
export interface PlatformClock {
  now(): number;
}

export class SandboxClock implements PlatformClock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  now(): number {
    return this.base() + this.offsetMs;
  }

  /** Moves the clock forward by `ms` (never back: a job's due time must not run away). */
  advance(ms: number): number {
    this.offsetMs += Math.max(0, ms);
    return this.now();
  }

  /** Sets the clock to `at` when that is later than now; returns the time then. */
  moveTo(at: number): number {
    return this.advance(at - this.now());
  }

  get offset(): number {
    return this.offsetMs;
  }
}

export const wallClock: PlatformClock = { now: () => Date.now() };
