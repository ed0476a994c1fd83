import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareSortKeys, keyBetween, keyForIndex, keysBetween } from './sort-key';
import { sortKeySchema } from './schema';

describe('sort keys', () => {
  it('puts a key between two neighbours and at both ends', () => {
    const first = keyBetween(null, null);
    const after = keyBetween(first, null);
    const before = keyBetween(null, first);
    const middle = keyBetween(first, after);
    expect([before, first, middle, after]).toEqual(
      [before, first, middle, after].sort(compareSortKeys),
    );
    expect(new Set([before, first, middle, after]).size).toBe(4);
  });

  it('always lands strictly between any two valid keys', () => {
    const key = fc.stringMatching(/^[0-9a-z]{0,6}[1-9a-z]$/);
    fc.assert(
      fc.property(key, key, (x, y) => {
        fc.pre(x !== y);
        const [low, high] = x < y ? [x, y] : [y, x];
        const between = keyBetween(low, high);
        expect(low < between && between < high).toBe(true);
        expect(sortKeySchema.safeParse(between).success).toBe(true);
      }),
    );
  });

  it('refuses keys given out of order', () => {
    expect(() => keyBetween('b', 'a')).toThrow(RangeError);
    expect(() => keyBetween('a0', null)).toThrow(RangeError);
  });

  it('spreads many keys evenly so they stay short', () => {
    const keys = keysBetween(null, null, 10_000);
    expect(keys).toHaveLength(10_000);
    expect([...keys].sort(compareSortKeys)).toEqual(keys);
    expect(new Set(keys).size).toBe(10_000);
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(6);
  });

  it('moving a record to an index writes one key that sorts there', () => {
    const keys = keysBetween(null, null, 5);
    const moved = keyForIndex(keys, 2);
    expect([...keys, moved].sort(compareSortKeys).indexOf(moved)).toBe(2);
    expect(keyForIndex(keys, 99) > keys[4]!).toBe(true);
  });
});
