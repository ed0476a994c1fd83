/**
 * Menu search (issue 3): the console's item search index (domain/menu/search.ts) over N items,
 * each query beside a plain String.includes scan of the same items' names in the same loop —
 * the cheapest search there is, which finds characters but no pinyin.
 */
import { newId } from '@domain/ids';
import { buildSearchIndex } from '@domain/menu/search';
import type { SearchOptions, SearchQueryResult, SearchResult } from './api';
import { benchItems } from './fixtures';
import { interleave, timed } from './timing';

const REBUILDS = 3;

export async function search(options: SearchOptions): Promise<SearchResult> {
  const items = benchItems(options.items, newId());
  const first = await timed(() => buildSearchIndex(items));
  const buildMs: number[] = [];
  for (let i = 0; i < REBUILDS; i += 1)
    buildMs.push((await timed(() => buildSearchIndex(items))).ms);
  const index = first.value;
  const names = items.map((item) => `${item.name.zh}\u0001${item.name.en ?? ''}`.toLowerCase());
  const scan = (query: string) => {
    const hits: string[] = [];
    for (let i = 0; i < names.length; i += 1)
      if (names[i]!.includes(query)) hits.push(items[i]!.id);
    return hits;
  };
  const queries: SearchQueryResult[] = [];
  for (const { query, baselineQuery } of options.queries) {
    const samples = await interleave(
      { index: () => index.search(query), includes: () => scan(baselineQuery) },
      { runs: options.iterations, warmup: options.warmup },
    );
    queries.push({
      query,
      baselineQuery,
      matches: index.search(query).length,
      baselineMatches: scan(baselineQuery).length,
      samples,
    });
  }
  return { firstBuildMs: first.ms, buildMs, queries };
}
