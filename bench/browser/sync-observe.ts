/**
 * What the page can see of itself while a sync runs, without touching the code measured: long
 * main-thread tasks (PerformanceObserver 'longtask': every task of 50 ms or more), what ran in
 * the longest of them (Long Animation Frames: the scripts and their own durations, so a task
 * stretched by the machine or the garbage collector shows little script time), and the time
 * spent waiting for the platform's answers (Resource Timing of the requests to its URL).
 */

export interface Observed {
  /** The longest main-thread task, ms; 0 when no task reached 50 ms. */
  longestTaskMs: number;
  /** Tasks of 50 ms or more. */
  longTasks: number;
  /** Each of them: [start (performance.now() time), duration] in ms. */
  tasks: Array<[number, number]>;
  /** The longest long animation frame (50 ms or more), with the scripts that ran in it. */
  longestFrame: LongFrame | null;
  /** Sum over requests to the platform of request start → last byte, ms. */
  waitingMs: number;
  requests: number;
}

export interface LongFrame {
  ms: number;
  /** Sum of its scripts' own durations: the rest is rendering, GC or waiting for a core. */
  scriptMs: number;
  /** Its longest scripts, "<function or invoker> <ms>". */
  scripts: string[];
}

interface ScriptTiming {
  duration: number;
  invoker: string;
  sourceFunctionName: string;
}

function toLongFrame(entry: PerformanceEntry): LongFrame {
  const scripts = ((entry as PerformanceEntry & { scripts?: ScriptTiming[] }).scripts ?? [])
    .slice()
    .sort((a, b) => b.duration - a.duration);
  return {
    ms: entry.duration,
    scriptMs: scripts.reduce((sum, script) => sum + script.duration, 0),
    scripts: scripts
      .slice(0, 3)
      .map(
        (script) =>
          `${script.sourceFunctionName || script.invoker || 'script'} ${Math.round(script.duration)}`,
      ),
  };
}

/** Starts watching; the returned function stops and reports. */
export function observeMainThread(platformUrl?: string): () => Promise<Observed> {
  const observed: Observed = {
    longestTaskMs: 0,
    longTasks: 0,
    tasks: [],
    longestFrame: null,
    waitingMs: 0,
    requests: 0,
  };
  const onTasks = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      observed.longTasks += 1;
      observed.longestTaskMs = Math.max(observed.longestTaskMs, entry.duration);
      observed.tasks.push([entry.startTime, entry.duration]);
    }
  };
  const onResources = (entries: PerformanceEntryList) => {
    for (const entry of entries as PerformanceResourceTiming[]) {
      if (!platformUrl || !entry.name.startsWith(platformUrl)) continue;
      observed.requests += 1;
      observed.waitingMs += entry.responseEnd - entry.startTime;
    }
  };
  const onFrames = (entries: PerformanceEntryList) => {
    for (const entry of entries) {
      if (entry.duration > (observed.longestFrame?.ms ?? 0))
        observed.longestFrame = toLongFrame(entry);
    }
  };
  const tasks = new PerformanceObserver((list) => onTasks(list.getEntries()));
  tasks.observe({ type: 'longtask' });
  const frames = new PerformanceObserver((list) => onFrames(list.getEntries()));
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    frames.observe({ type: 'long-animation-frame' });
  }
  const resources = new PerformanceObserver((list) => onResources(list.getEntries()));
  if (platformUrl) {
    performance.setResourceTimingBufferSize(100_000);
    resources.observe({ type: 'resource' });
  }
  return async () => {
    // Entries are delivered after their task ends: give the last ones a task to arrive in.
    await new Promise((resolve) => setTimeout(resolve, 0));
    onTasks(tasks.takeRecords());
    onFrames(frames.takeRecords());
    onResources(resources.takeRecords());
    tasks.disconnect();
    frames.disconnect();
    resources.disconnect();
    performance.clearResourceTimings();
    return observed;
  };
}
