/**
 * What the page can see of itself while a sync runs, without touching the code measured: long
 * main-thread tasks (PerformanceObserver 'longtask': every task of 50 ms or more) and the time
 * spent waiting for the platform's answers (Resource Timing of the requests to its URL).
 */

export interface Observed {
  /** The longest main-thread task, ms; 0 when no task reached 50 ms. */
  longestTaskMs: number;
  /** Tasks of 50 ms or more. */
  longTasks: number;
  /** Each of them: [start (performance.now() time), duration] in ms. */
  tasks: Array<[number, number]>;
  /** Sum over requests to the platform of request start → last byte, ms. */
  waitingMs: number;
  requests: number;
}

/** Starts watching; the returned function stops and reports. */
export function observeMainThread(platformUrl?: string): () => Promise<Observed> {
  const observed: Observed = {
    longestTaskMs: 0,
    longTasks: 0,
    tasks: [],
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
  const tasks = new PerformanceObserver((list) => onTasks(list.getEntries()));
  tasks.observe({ type: 'longtask' });
  const resources = new PerformanceObserver((list) => onResources(list.getEntries()));
  if (platformUrl) {
    performance.setResourceTimingBufferSize(100_000);
    resources.observe({ type: 'resource' });
  }
  return async () => {
    // Entries are delivered after their task ends: give the last ones a task to arrive in.
    await new Promise((resolve) => setTimeout(resolve, 0));
    onTasks(tasks.takeRecords());
    onResources(resources.takeRecords());
    tasks.disconnect();
    resources.disconnect();
    performance.clearResourceTimings();
    return observed;
  };
}
