/**
 * Pinyin matching shared by every search that the counter types into (the menu's items, the
 * customers): a text is turned once, when an index is built, into units — one per Chinese
 * character (its readings, the one in context first) or Latin word — so a query is string
 * comparisons only. A query matches by characters, full pinyin (huangmen), initials (hmj) or a
 * mix (huangmj); polyphonic characters match by any of their readings, the contextual one
 * ranking first. Personal names read their first character as a surname (曾 zeng, 单 shan).
 */
import { pinyin } from 'pinyin-pro';

/** A text's pinyin, worked out once: what queries are compared with. */
export interface PinyinKey {
  /** Per character (or Latin word): readings, the contextual one first. */
  units: string[][];
  /** Contextual readings joined ("huangmenjimifan") and their initials ("hmjmf"). */
  joined: string;
  initials: string;
  /** Bit i set when letter i (a = 0) occurs in any reading: rules out most misses at once. */
  letterMask: number;
}

export function letterMaskOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i += 1) {
    const letter = text.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) mask |= 1 << letter;
  }
  return mask;
}

export const toSearchPinyin = (text: string): string => text.toLowerCase().replaceAll('ü', 'v');

const readingCache = new Map<string, string[]>();

function readingsOf(char: string, contextual: string): string[] {
  let all = readingCache.get(char);
  if (!all) {
    all = [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true }))].map(
      toSearchPinyin,
    );
    readingCache.set(char, all);
  }
  return [contextual, ...all.filter((reading) => reading !== contextual)];
}

/**
 * A text's units. `surname`: the text is a person's name, so its first character reads as a
 * surname (曾 zeng, not ceng; 单 shan, not dan).
 */
export function pinyinUnitsOf(text: string, options: { surname?: boolean } = {}): string[][] {
  const chars = [...text];
  // type 'array' gives one reading per code point (a non-Chinese character comes back as itself)
  // and is far faster than type 'all'.
  const readings = pinyin(text, {
    toneType: 'none',
    type: 'array',
    ...(options.surname ? { surname: 'head' as const } : {}),
  });
  const units: string[][] = [];
  let word = '';
  const flush = () => {
    if (word) units.push([word]);
    word = '';
  };
  chars.forEach((char, i) => {
    const reading = readings[i] ?? char;
    if (reading !== char && /^[a-zü]+$/i.test(reading)) {
      flush();
      units.push(readingsOf(char, toSearchPinyin(reading)));
    } else if (/[\p{L}\p{N}]/u.test(char)) word += char.toLowerCase();
    else flush();
  });
  flush();
  return units;
}

/** The key of units (several texts' units may be concatenated first). */
export function pinyinKeyOfUnits(units: string[][]): PinyinKey {
  return {
    units,
    joined: units.map((readings) => readings[0]).join(''),
    initials: units.map((readings) => readings[0]![0]).join(''),
    letterMask: letterMaskOf(units.flat().join('')),
  };
}

/**
 * The letters a query is matched with as pinyin ('' when it is not one): Latin letters, with
 * apostrophes and spaces dropped ("Huang Men" → "huangmen", "xi'an" → "xian").
 */
export function pinyinQueryOf(query: string): string {
  const text = query.trim().toLowerCase();
  return /^[a-zü'\s]+$/i.test(text) ? toSearchPinyin(text).replace(/['\s]/g, '') : '';
}

/** Longer pinyin queries are matched as substrings only (positions are bits of a 32-bit mask). */
const MAX_PREFIX_QUERY = 30;

/**
 * Whether the query is a run of reading prefixes over consecutive units ("hmj", "huangmj").
 * `reached` has bit p set when the first p letters of the query are matched up to this unit.
 */
export function matchesSyllablePrefixes(units: readonly string[][], query: string): boolean {
  if (query.length > MAX_PREFIX_QUERY) return false;
  const done = 1 << query.length;
  let reached = 0;
  for (const readings of units) {
    reached |= 1;
    let next = 0;
    for (let at = 0; at < query.length; at += 1) {
      if ((reached & (1 << at)) === 0) continue;
      for (const reading of readings) {
        for (
          let k = 0;
          k < reading.length && at + k < query.length && reading[k] === query[at + k];
          k += 1
        ) {
          next |= 1 << (at + k + 1);
        }
      }
    }
    if (next & done) return true;
    reached = next;
  }
  return false;
}

/** How well pinyin letters match a key, lower is better; null when they do not. */
export const PINYIN_PREFIX = 0;
export const PINYIN_INSIDE = 1;
export const PINYIN_SYLLABLES = 2;

export function pinyinScore(
  key: PinyinKey,
  letters: string,
  lettersMask: number,
): typeof PINYIN_PREFIX | typeof PINYIN_INSIDE | typeof PINYIN_SYLLABLES | null {
  if (letters === '' || (lettersMask & ~key.letterMask) !== 0) return null;
  if (key.joined.startsWith(letters) || key.initials.startsWith(letters)) return PINYIN_PREFIX;
  if (key.joined.includes(letters) || key.initials.includes(letters)) return PINYIN_INSIDE;
  return matchesSyllablePrefixes(key.units, letters) ? PINYIN_SYLLABLES : null;
}
