/**
 * Work over a large list (a search index of 50,000 customers) done in slices of about `sliceMs`
 * with `pause()` between them, so it never holds the UI thread longer than a frame.
 */
export interface SliceOptions {
  /** Longest a slice runs before pausing; 8 ms leaves room in a 60 Hz frame. */
  sliceMs?: number;
  /** What runs between slices; by default a macrotask (setTimeout 0). */
  pause?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `items.map(fn)`, pausing between slices. */
export async function mapInSlices<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  options: SliceOptions = {},
): Promise<R[]> {
  const pause = options.pause ?? nextTask;
  const sliceMs = options.sliceMs ?? 8;
  const results: R[] = [];
  let sliceStarted = performance.now();
  for (let i = 0; i < items.length; i += 1) {
    results.push(fn(items[i]!, i));
    if (performance.now() - sliceStarted > sliceMs) {
      await pause();
      sliceStarted = performance.now();
    }
  }
  return results;
}
