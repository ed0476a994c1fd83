import { describe, expect, it } from 'vitest';
import { businessDateSchema } from './menu/schema';
import { findUnstorableText, isStorableText, storableTextSchema } from './text';

describe('storable text', () => {
  it('refuses NUL and lone surrogates, keeps paired ones (emoji) and ordinary Chinese', () => {
    expect(isStorableText('黄焖鸡 🍗')).toBe(true);
    expect(isStorableText('a\u0000')).toBe(false);
    expect(isStorableText('\uD800x')).toBe(false);
    expect(isStorableText('x\uDC00')).toBe(false);
    expect(storableTextSchema.safeParse('面\u0000').success).toBe(false);
  });

  it('finds the first unstorable string or key in nested arguments, however deep', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toEqual(['a', '1', 'c']);
    expect(findUnstorableText({ ['k\uD800']: 1 })).toEqual(['k\uD800']);
    expect(findUnstorableText({ a: ['fine', 1, null, true] })).toBeNull();
    let deep: unknown = 'x\u0000';
    for (let depth = 0; depth < 100_000; depth += 1) deep = [deep];
    expect(() => findUnstorableText(deep)).not.toThrow();
  });
});

describe('business dates', () => {
  it('accepts real days only', () => {
    expect(businessDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(businessDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(businessDateSchema.safeParse('2026-02-31').success).toBe(false);
    expect(businessDateSchema.safeParse('2026-04-31').success).toBe(false);
  });
});
