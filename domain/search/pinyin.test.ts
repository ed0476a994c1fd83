import { describe, expect, it } from 'vitest';
import {
  pinyinKeyOfUnits,
  pinyinQueryOf,
  pinyinScore,
  pinyinUnitsOf,
  letterMaskOf,
} from './pinyin';

const score = (text: string, query: string, surname = false) => {
  const letters = pinyinQueryOf(query);
  return pinyinScore(
    pinyinKeyOfUnits(pinyinUnitsOf(text, { surname })),
    letters,
    letterMaskOf(letters),
  );
};

describe('shared pinyin matching', () => {
  it('reads a name’s first character as a surname only when asked', () => {
    expect(pinyinUnitsOf('曾国藩', { surname: true })[0]![0]).toBe('zeng');
    expect(pinyinUnitsOf('曾经')[0]![0]).toBe('ceng');
    expect(pinyinUnitsOf('单雄信', { surname: true })[0]![0]).toBe('shan');
    expect(pinyinUnitsOf('解晓东', { surname: true })[0]![0]).toBe('xie');
    // Other readings stay, after the contextual one.
    expect(pinyinUnitsOf('单雄信', { surname: true })[0]).toEqual(
      expect.arrayContaining(['dan', 'chan']),
    );
  });

  it('scores a prefix of the contextual reading or initials before a run of other readings', () => {
    expect(score('曾国藩', 'zeng', true)).toBe(0);
    expect(score('曾国藩', 'zgf', true)).toBe(0);
    expect(score('曾国藩', 'guofan', true)).toBe(1);
    expect(score('曾国藩', 'ceng', true)).toBe(2);
    expect(score('曾国藩', 'zengguof', true)).toBe(0);
    // zen·g·f: a prefix of each reading in turn.
    expect(score('曾国藩', 'zengf', true)).toBe(2);
    expect(score('曾国藩', 'zengx', true)).toBeNull();
    expect(score('曾国藩', '曾', true)).toBeNull();
  });

  it('reads queries as pinyin without case, spaces or apostrophes, ü as v', () => {
    expect(pinyinQueryOf(" Xi'an ")).toBe('xian');
    expect(pinyinQueryOf('LÜ')).toBe('lv');
    expect(pinyinQueryOf('张s')).toBe('');
    expect(pinyinQueryOf('1234')).toBe('');
  });
});
