/**
 * Finding items by what the counter types: Chinese characters (米饭), full pinyin (huangmen),
 * pinyin initials (hmj) or a mix (huangmj), English names, SKU and barcode. Pinyin is worked out
 * once per item when the index is built (and reused for unchanged items on rebuild), so a query is
 * string comparisons only. Polyphonic characters match by any of their readings, the reading in
 * context (重庆 → chongqing) ranking first.
 */
import { pinyin } from 'pinyin-pro';
import { codeValues, normalizeCode } from './codes';
import type { MenuItem } from './schema';

type Searchable = Pick<MenuItem, 'id' | 'name' | 'sku' | 'barcode'> &
  Partial<Pick<MenuItem, 'variants'>>;

interface SearchEntry {
  id: string;
  /** Identity of the fields the entry was built from, to reuse it on rebuild. */
  signature: string;
  /** zh and en names, lower case. */
  text: string;
  codes: string[];
  /** Per character (or Latin word): readings, the contextual one first. */
  units: string[][];
  /** Contextual readings joined ("huangmenjimifan") and their initials ("hmjmf"). */
  joined: string;
  initials: string;
  /** Bit i set when letter i (a = 0) occurs in any reading: rules out most misses at once. */
  letterMask: number;
}

function letterMaskOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i += 1) {
    const letter = text.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) mask |= 1 << letter;
  }
  return mask;
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** Item ids matching the query, best first; ties keep the order items were given in. */
  search(query: string, options?: { limit?: number }): string[];
}

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

const toSearchPinyin = (text: string) => text.toLowerCase().replaceAll('ü', 'v');

function unitsOf(name: string): string[][] {
  const chars = [...name];
  // type 'array' gives one reading per code point (a non-Chinese character comes back as itself)
  // and is far faster than type 'all'.
  const readings = pinyin(name, { toneType: 'none', type: 'array' });
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

function signatureOf(item: Searchable): string {
  return [item.name.zh, item.name.en ?? '', ...codeValues(item)].join('\u0001');
}

function entryOf(item: Searchable): SearchEntry {
  const units = [...unitsOf(item.name.zh), ...(item.name.en ? unitsOf(item.name.en) : [])];
  return {
    id: item.id,
    signature: signatureOf(item),
    text: `${item.name.zh}\u0001${item.name.en ?? ''}`.toLowerCase(),
    // The item's own codes and its variants' (a scan of any variant finds the item).
    codes: codeValues(item),
    units,
    joined: units.map((readings) => readings[0]).join(''),
    initials: units.map((readings) => readings[0]![0]).join(''),
    letterMask: letterMaskOf(units.flat().join('')),
  };
}

/** Longer pinyin queries are matched as substrings only (positions are bits of a 32-bit mask). */
const MAX_PREFIX_QUERY = 30;

/**
 * Whether the query is a run of reading prefixes over consecutive units ("hmj", "huangmj").
 * `reached` has bit p set when the first p letters of the query are matched up to this unit.
 */
function matchesSyllablePrefixes(units: readonly string[][], query: string): boolean {
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

/** Lower is better; null when the entry does not match. */
function scoreOf(
  entry: SearchEntry,
  text: string,
  code: string,
  letters: string,
  lettersMask: number,
): number | null {
  if (entry.codes.includes(code)) return 0;
  if (entry.text.startsWith(text)) return 1;
  if (entry.text.includes(text)) return 2;
  if (entry.codes.some((c) => c.startsWith(code))) return 3;
  if (letters === '' || (lettersMask & ~entry.letterMask) !== 0) return null;
  if (entry.joined.startsWith(letters) || entry.initials.startsWith(letters)) return 4;
  if (entry.joined.includes(letters) || entry.initials.includes(letters)) return 5;
  return matchesSyllablePrefixes(entry.units, letters) ? 6 : null;
}

function reusableEntries(previous: SearchIndex | undefined): Map<string, SearchEntry> {
  return new Map((previous?.entries ?? []).map((entry) => [entry.id, entry]));
}

function entryFor(item: Searchable, reusable: ReadonlyMap<string, SearchEntry>): SearchEntry {
  const old = reusable.get(item.id);
  return old && old.signature === signatureOf(item) ? old : entryOf(item);
}

function indexOf(entries: readonly SearchEntry[]): SearchIndex {
  return {
    entries,
    search(query, options = {}) {
      const text = query.trim().toLowerCase();
      if (text === '') return [];
      const code = normalizeCode(query);
      const letters = /^[a-zü'\s]+$/i.test(text) ? toSearchPinyin(text).replace(/['\s]/g, '') : '';
      const lettersMask = letterMaskOf(letters);
      const hits: { id: string; score: number; order: number }[] = [];
      for (let order = 0; order < entries.length; order += 1) {
        const score = scoreOf(entries[order]!, text, code, letters, lettersMask);
        if (score !== null) hits.push({ id: entries[order]!.id, score, order });
      }
      hits.sort((a, b) => a.score - b.score || a.order - b.order);
      return hits.slice(0, options.limit ?? hits.length).map((hit) => hit.id);
    },
  };
}

/**
 * Builds the index. Pass the previous index to reuse the pinyin of items whose names and codes
 * did not change (a live list rebuilds on every edit). About 100 ms for 5,000 new items once
 * pinyin-pro's dictionary is loaded; the first call pays for loading it.
 */
export function buildSearchIndex(
  items: readonly Searchable[],
  previous?: SearchIndex,
): SearchIndex {
  const reusable = reusableEntries(previous);
  return indexOf(items.map((item) => entryFor(item, reusable)));
}

/**
 * The same index, built in slices of about `sliceMs` with `pause()` between them, so the first
 * build of a large menu never holds the UI thread longer than a frame.
 */
export async function buildSearchIndexInSlices(
  items: readonly Searchable[],
  options: { previous?: SearchIndex; sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<SearchIndex> {
  const reusable = reusableEntries(options.previous);
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const sliceMs = options.sliceMs ?? 8;
  const entries: SearchEntry[] = [];
  let sliceStarted = performance.now();
  for (const item of items) {
    entries.push(entryFor(item, reusable));
    if (performance.now() - sliceStarted > sliceMs) {
      await pause();
      sliceStarted = performance.now();
    }
  }
  return indexOf(entries);
}
