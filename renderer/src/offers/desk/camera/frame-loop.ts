/**
 * Decodes the camera's frames a few times a second until told to stop: one frame at a time
 * (the next is scheduled only after a decode ends, so a slow decoder never piles up), and
 * nothing is reported once stopped, even from a decode that was under way when stop was called.
 */

/** Schedules `run` after `ms`; returns what cancels it. */
export type Schedule = (run: () => void, ms: number) => () => void;

export const timerSchedule: Schedule = (run, ms) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

export type LoopVerdict = 'stop' | 'continue';

export interface FrameLoopOptions {
  /** The texts of the codes in the current frame. */
  decode: () => Promise<readonly string[]>;
  /** Told the texts of each frame that had any; 'stop' ends the loop. */
  onTexts: (texts: readonly string[]) => LoopVerdict;
  /** Told a decode's failure; 'stop' ends the loop. */
  onError: (error: unknown) => LoopVerdict;
  /** Between the end of one decode and the start of the next. */
  intervalMs: number;
  schedule?: Schedule;
}

export interface FrameLoop {
  stop(): void;
  readonly stopped: boolean;
}

export function startFrameLoop(options: FrameLoopOptions): FrameLoop {
  const { decode, onTexts, onError, intervalMs, schedule = timerSchedule } = options;
  let stopped = false;
  let cancel: (() => void) | null = null;

  const stop = () => {
    stopped = true;
    cancel?.();
    cancel = null;
  };

  const tick = async () => {
    cancel = null;
    if (stopped) return;
    let verdict: LoopVerdict = 'continue';
    try {
      const texts = await decode();
      if (stopped) return;
      if (texts.length > 0) verdict = onTexts(texts);
    } catch (error) {
      if (stopped) return;
      verdict = onError(error);
    }
    if (verdict === 'stop') stop();
    else if (!stopped) cancel = schedule(() => void tick(), intervalMs);
  };

  cancel = schedule(() => void tick(), 0);
  return {
    stop,
    get stopped() {
      return stopped;
    },
  };
}
