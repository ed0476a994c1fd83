/** Percentiles and ratios. Percentiles interpolate linearly between ranks (R type 7, like numpy). */
import type { BenchRow, Measured, Stats } from './types';

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((total, x) => total + x, 0);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export function measured(label: string, samples: readonly number[]): Measured {
  return { label, unit: 'ms', stats: summarize(samples), samples: [...samples] };
}

/** A row comparing `subject` with `baseline`, both measured in the same interleaved run. */
export function compared(
  suite: string,
  name: string,
  subject: Measured,
  baseline: Measured,
  extra?: Record<string, number>,
): BenchRow {
  const ratio = {
    p50: subject.stats.p50 / baseline.stats.p50,
    p95: subject.stats.p95 / baseline.stats.p95,
  };
  return { suite, case: name, subject, baseline, ratio, ...(extra ? { extra } : {}) };
}

/** A row with no baseline: a breakdown or a one-off figure. */
export function diagnostic(
  suite: string,
  name: string,
  subject: Measured,
  extra?: Record<string, number>,
): BenchRow {
  return { suite, case: name, subject, ...(extra ? { extra } : {}) };
}
