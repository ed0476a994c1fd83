import { describe, expect, it } from 'vitest';
import { SyncScheduler, type SchedulerOptions } from './scheduler';
import { SyncError } from '../../platform-api/sync-error';

/** A clock the test moves by hand; timers fire in time order, promises settle in between. */
class ManualClock {
  now = 0;
  private timers: Array<{ at: number; run: () => void; id: number }> = [];
  private nextId = 1;

  setTimer = (run: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.timers.push({ at: this.now + ms, run, id });
    return id;
  };

  clearTimer = (id: unknown): void => {
    this.timers = this.timers.filter((timer) => timer.id !== id);
  };

  async advance(ms: number): Promise<void> {
    const until = this.now + ms;
    for (;;) {
      await settle();
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.clearTimer(due.id);
      this.now = due.at;
      due.run();
    }
    this.now = until;
    await settle();
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

function harness(
  outcomes: Array<'done' | 'busy' | Error> = [],
  options: Partial<SchedulerOptions> = {},
) {
  const clock = new ManualClock();
  const runs: number[] = [];
  let probeAnswers = true;
  const probes: number[] = [];
  const scheduler = new SyncScheduler({
    run: async () => {
      runs.push(clock.now);
      const outcome = outcomes.shift() ?? 'done';
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    probe: async () => {
      probes.push(clock.now);
      return probeAnswers;
    },
    debounceMs: 1_000,
    intervalMs: 60_000,
    busyRetryMs: 3_000,
    random: () => 0.5,
    now: () => clock.now,
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    ...options,
  });
  return {
    clock,
    runs,
    probes,
    scheduler,
    setProbe: (answer: boolean) => (probeAnswers = answer),
  };
}

describe('SyncScheduler', () => {
  it('syncs at start, then once for a burst of local changes after the debounce', async () => {
    const { clock, runs, scheduler } = harness();
    scheduler.start();
    await clock.advance(0);
    expect(runs).toEqual([0]);
    scheduler.trigger('localWrite');
    await clock.advance(500);
    scheduler.trigger('localWrite');
    await clock.advance(500);
    scheduler.trigger('localWrite');
    await clock.advance(999);
    expect(runs).toEqual([0]);
    await clock.advance(1);
    expect(runs).toEqual([0, 2_000]);
    scheduler.stop();
  });

  it('retries a failure with growing, jittered waits and resets after a success', async () => {
    const unavailable = new SyncError('platform_unavailable', '503');
    const { clock, runs, scheduler } = harness([unavailable, unavailable, unavailable]);
    scheduler.start();
    await clock.advance(0);
    expect(scheduler.snapshot).toMatchObject({ attempt: 1, lastError: 'platform_unavailable' });
    // random 0.5: attempt 1 waits 500 ms, attempt 2 1,000 ms, attempt 3 2,000 ms.
    await clock.advance(500);
    await clock.advance(1_000);
    expect(runs).toEqual([0, 500, 1_500]);
    await clock.advance(2_000);
    expect(runs).toEqual([0, 500, 1_500, 3_500]);
    expect(scheduler.snapshot).toMatchObject({ attempt: 0, lastError: null, online: true });
    scheduler.stop();
  });

  it('while offline, probes the platform before each retry and syncs when it answers', async () => {
    const { clock, runs, probes, scheduler, setProbe } = harness([
      new SyncError('offline', 'fetch failed'),
    ]);
    scheduler.start();
    await clock.advance(0);
    expect(scheduler.snapshot.online).toBe(false);
    setProbe(false);
    await clock.advance(500);
    expect(probes).toEqual([500]);
    expect(runs).toEqual([0]);
    // The browser's 'online' event alone does not count: the probe must answer.
    scheduler.trigger('online');
    await clock.advance(0);
    expect(runs).toEqual([0]);
    setProbe(true);
    scheduler.trigger('online');
    await clock.advance(0);
    expect(runs).toEqual([0, 500]);
    expect(scheduler.snapshot.online).toBe(true);
    scheduler.stop();
  });

  it('stops retrying when only the shop can help, until it signs in again', async () => {
    const { clock, runs, scheduler } = harness([new SyncError('signed_out', '401')]);
    scheduler.start();
    await clock.advance(0);
    expect(scheduler.snapshot).toMatchObject({ waitingForShop: true, lastError: 'signed_out' });
    scheduler.trigger('poke');
    scheduler.trigger('localWrite');
    await clock.advance(120_000);
    expect(runs).toEqual([0]);
    scheduler.trigger('signIn');
    await clock.advance(0);
    expect(runs).toEqual([0, 120_000]);
    expect(scheduler.snapshot.waitingForShop).toBe(false);
    scheduler.stop();
  });

  it('runs once more after a sync for triggers that came during it, not once per trigger', async () => {
    let release: () => void = () => undefined;
    const runs: number[] = [];
    const clock = new ManualClock();
    const scheduler = new SyncScheduler({
      run: () => {
        runs.push(clock.now);
        return new Promise((resolve) => (release = () => resolve('done')));
      },
      probe: async () => true,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
      now: () => clock.now,
    });
    scheduler.start();
    await clock.advance(0);
    scheduler.trigger('poke');
    scheduler.trigger('poke');
    scheduler.trigger('manual');
    release();
    await clock.advance(0);
    expect(runs).toHaveLength(2);
    release();
    await clock.advance(0);
    expect(runs).toHaveLength(2);
    scheduler.stop();
  });

  it('tries again shortly when another window holds the sync, and syncs on the timer', async () => {
    const { clock, runs, scheduler } = harness(['busy']);
    scheduler.start();
    await clock.advance(3_000);
    expect(runs).toEqual([0, 3_000]);
    await clock.advance(57_000);
    expect(runs).toEqual([0, 3_000, 60_000]);
    scheduler.stop();
    await clock.advance(120_000);
    expect(runs).toHaveLength(3);
  });
});
