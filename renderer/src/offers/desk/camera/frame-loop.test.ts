import { describe, expect, it } from 'vitest';
import { startFrameLoop, type Schedule } from './frame-loop';

/** A schedule run by hand: `next()` runs the one pending callback. */
function manualSchedule() {
  const pending: Array<{ run: () => void; ms: number }> = [];
  const schedule: Schedule = (run, ms) => {
    const entry = { run, ms };
    pending.push(entry);
    return () => {
      const at = pending.indexOf(entry);
      if (at >= 0) pending.splice(at, 1);
    };
  };
  return {
    schedule,
    pending,
    async next() {
      const entry = pending.shift();
      if (!entry) throw new Error('nothing scheduled');
      entry.run();
      // Let the decode's promise and the verdict settle.
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    },
  };
}

/** A decode that answers each frame from `frames`, in turn, counting its calls. */
function frames(...answers: Array<readonly string[] | Error>) {
  const decoder = {
    calls: 0,
    decode: () => {
      const answer = answers[decoder.calls++] ?? [];
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  return decoder;
}

describe('startFrameLoop', () => {
  it('decodes frame after frame at the interval and stops at the text it was waiting for', async () => {
    const clock = manualSchedule();
    const decoder = frames([], ['https://example.com/'], ['VC1.X']);
    const seen: string[][] = [];
    const loop = startFrameLoop({
      decode: decoder.decode,
      onTexts: (texts) => (seen.push([...texts]), texts[0] === 'VC1.X' ? 'stop' : 'continue'),
      onError: () => 'continue',
      intervalMs: 250,
      schedule: clock.schedule,
    });
    expect(clock.pending.map((entry) => entry.ms)).toEqual([0]);
    await clock.next();
    await clock.next();
    expect(clock.pending.map((entry) => entry.ms)).toEqual([250]);
    await clock.next();
    expect(seen).toEqual([['https://example.com/'], ['VC1.X']]);
    expect(loop.stopped).toBe(true);
    expect(clock.pending).toEqual([]);
    expect(decoder.calls).toBe(3);
  });

  it('schedules the next frame only after a decode ends: a slow decoder never piles up', async () => {
    const clock = manualSchedule();
    let finish: (texts: string[]) => void = () => undefined;
    startFrameLoop({
      decode: () => new Promise((resolve) => (finish = resolve)),
      onTexts: () => 'continue',
      onError: () => 'continue',
      intervalMs: 250,
      schedule: clock.schedule,
    });
    await clock.next();
    expect(clock.pending).toEqual([]);
    finish([]);
    await Promise.resolve();
    await Promise.resolve();
    expect(clock.pending).toHaveLength(1);
  });

  it('reports nothing once stopped, not even the decode under way when stop came', async () => {
    const clock = manualSchedule();
    let finish: (texts: string[]) => void = () => undefined;
    const seen: string[] = [];
    const loop = startFrameLoop({
      decode: () => new Promise((resolve) => (finish = resolve)),
      onTexts: (texts) => (seen.push(...texts), 'stop'),
      onError: () => 'continue',
      intervalMs: 250,
      schedule: clock.schedule,
    });
    await clock.next();
    loop.stop();
    finish(['VC1.LATE']);
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
    expect(seen).toEqual([]);
    expect(clock.pending).toEqual([]);
  });

  it('cancels the pending frame on stop', () => {
    const clock = manualSchedule();
    const decoder = frames();
    const loop = startFrameLoop({
      decode: decoder.decode,
      onTexts: () => 'continue',
      onError: () => 'continue',
      intervalMs: 250,
      schedule: clock.schedule,
    });
    loop.stop();
    expect(clock.pending).toEqual([]);
    expect(decoder.calls).toBe(0);
  });

  it('goes on after a failed frame unless told to stop', async () => {
    const clock = manualSchedule();
    const decoder = frames(new Error('frame'), new Error('frame'), ['VC1.X']);
    const errors: unknown[] = [];
    let found = '';
    startFrameLoop({
      decode: decoder.decode,
      onTexts: (texts) => ((found = texts[0]!), 'stop'),
      onError: (error) => (errors.push(error), 'continue'),
      intervalMs: 250,
      schedule: clock.schedule,
    });
    await clock.next();
    await clock.next();
    await clock.next();
    expect(errors).toHaveLength(2);
    expect(found).toBe('VC1.X');

    const stopping = manualSchedule();
    const loop = startFrameLoop({
      decode: frames(new Error('broken')).decode,
      onTexts: () => 'continue',
      onError: () => 'stop',
      intervalMs: 250,
      schedule: stopping.schedule,
    });
    await stopping.next();
    expect(loop.stopped).toBe(true);
    expect(stopping.pending).toEqual([]);
  });
});
