import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultBackoff, retryDelayMs } from './backoff';

describe('retryDelayMs', () => {
  it('doubles its cap with every attempt up to the maximum', () => {
    const almostOne = 0.999_999;
    expect(retryDelayMs(1, almostOne)).toBe(999);
    expect(retryDelayMs(2, almostOne)).toBe(1_999);
    expect(retryDelayMs(4, almostOne)).toBe(7_999);
    expect(retryDelayMs(40, almostOne)).toBe(defaultBackoff.maxMs - 1);
  });

  it('stays within [min, cap] for any attempt and any random draw (full jitter)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, random) => {
          const delay = retryDelayMs(attempt, random);
          const cap = Math.min(
            defaultBackoff.maxMs,
            defaultBackoff.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30),
          );
          expect(delay).toBeGreaterThanOrEqual(defaultBackoff.minMs);
          expect(delay).toBeLessThanOrEqual(Math.max(cap, defaultBackoff.minMs));
          expect(Number.isInteger(delay)).toBe(true);
        },
      ),
      { seed: 4 },
    );
  });

  it('spreads consoles that failed together', () => {
    const delays = [0.1, 0.4, 0.7, 0.95].map((random) => retryDelayMs(5, random));
    expect(new Set(delays).size).toBe(4);
  });
});
