/**
 * Finding items by what the counter types: Chinese characters (米饭), full pinyin (huangmen),
 * pinyin initials (hmj) or a mix (huangmj), English names, SKU and barcode. Pinyin is worked out
 * once per item when the index is built (and reused for unchanged items on rebuild), so a query is
 * string comparisons only. Polyphonic characters match by any of their readings, the reading in
 * context (重庆 → chongqing) ranking first. The pinyin matching is domain/search/pinyin.ts, shared
 * with the customers' search.
 */
import {
  letterMaskOf,
  pinyinKeyOfUnits,
  pinyinQueryOf,
  pinyinScore,
  pinyinUnitsOf,
  type PinyinKey,
} from '../search/pinyin';
import { mapInSlices, type SliceOptions } from '../search/slices';
import { codeValues, normalizeCode } from './codes';
import type { MenuItem } from './schema';

type Searchable = Pick<MenuItem, 'id' | 'name' | 'sku' | 'barcode'> &
  Partial<Pick<MenuItem, 'variants'>>;

interface SearchEntry extends PinyinKey {
  id: string;
  /** Identity of the fields the entry was built from, to reuse it on rebuild. */
  signature: string;
  /** zh and en names, lower case. */
  text: string;
  codes: string[];
}

export interface SearchIndex {
  readonly entries: readonly SearchEntry[];
  /** Item ids matching the query, best first; ties keep the order items were given in. */
  search(query: string, options?: { limit?: number }): string[];
}

function signatureOf(item: Searchable): string {
  return [item.name.zh, item.name.en ?? '', ...codeValues(item)].join('\u0001');
}

function entryOf(item: Searchable): SearchEntry {
  const units = [
    ...pinyinUnitsOf(item.name.zh),
    ...(item.name.en ? pinyinUnitsOf(item.name.en) : []),
  ];
  return {
    id: item.id,
    signature: signatureOf(item),
    text: `${item.name.zh}\u0001${item.name.en ?? ''}`.toLowerCase(),
    // The item's own codes and its variants' (a scan of any variant finds the item).
    codes: codeValues(item),
    ...pinyinKeyOfUnits(units),
  };
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
  const pinyin = pinyinScore(entry, letters, lettersMask);
  return pinyin === null ? null : 4 + pinyin;
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
      const letters = pinyinQueryOf(text);
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
  options: { previous?: SearchIndex } & SliceOptions = {},
): Promise<SearchIndex> {
  const reusable = reusableEntries(options.previous);
  return indexOf(await mapInSlices(items, (item) => entryFor(item, reusable), options));
}
