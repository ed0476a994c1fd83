/**
 * Interleaved timing: every iteration runs each variant once, starting with a different one each
 * time, so drift on a noisy machine (GC, a background fsync, thermal changes) lands on all variants
 * alike instead of on whichever ran last. Warm-up iterations run the same code and are discarded.
 */
import type { Samples } from './api';

export type Variant = (iteration: number) => Promise<unknown> | unknown;

export interface InterleaveOptions<Name extends string> {
  runs: number;
  warmup: number;
  /** Untimed preparation before each variant's call (e.g. emptying a table). */
  before?: (name: Name, iteration: number) => Promise<void> | void;
}

export async function interleave<Name extends string>(
  variants: Record<Name, Variant>,
  options: InterleaveOptions<Name>,
): Promise<Samples<Name>> {
  const names = Object.keys(variants) as Name[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Samples<Name>;
  const total = options.warmup + options.runs;
  for (let iteration = 0; iteration < total; iteration += 1) {
    for (let k = 0; k < names.length; k += 1) {
      const name = names[(iteration + k) % names.length]!;
      await options.before?.(name, iteration);
      const started = performance.now();
      await variants[name](iteration);
      const elapsed = performance.now() - started;
      if (iteration >= options.warmup) samples[name].push(elapsed);
    }
  }
  return samples;
}

/** Times one call, in ms. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}
