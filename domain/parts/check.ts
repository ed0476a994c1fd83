/**
 * The parts contract: what every declared piece of a part must have somewhere else, checked in
 * one place so that forgetting a piece fails a test that names it, instead of showing "unknown
 * change" on the Sync page or failing at the first sync. Pure: the console's contract test gives
 * it the latest local schema, the translations and the page registry.
 */
import { guardedMutations } from '../sync/invariants';
import type { PartManifest } from './define';
import { declaredTexts } from './text-keys';

export interface PartEnvironment {
  /** The stores of the newest local (IndexedDB) schema version. */
  localStores: ReadonlySet<string>;
  languages: readonly string[];
  /** Whether `key` ('namespace:path') has a text in `language`. */
  hasText: (language: string, key: string) => boolean;
  /** The console's pages: a route for each, and whether it has a navigation entry and a screen. */
  pages: ReadonlyArray<{ id: string; hasNav: boolean; built: boolean }>;
  /** The navigation label key of a page. */
  navLabelKey: (page: string) => string;
}

export interface PartProblem {
  part: string;
  piece: string;
  problem: string;
}

export function checkParts(parts: readonly PartManifest[], env: PartEnvironment): PartProblem[] {
  const problems: PartProblem[] = [];
  const seen = {
    tables: new Map<string, string>(),
    mutations: new Map<string, string>(),
    permissions: new Map<string, string>(),
  };
  const allMutations = new Set(parts.flatMap((part) => part.mutations.map((m) => m.name)));
  for (const part of parts) {
    const report = (piece: string, problem: string) =>
      problems.push({ part: part.id, piece, problem });
    for (const table of part.tables) {
      if (!env.localStores.has(table.name))
        report(`table ${table.name}`, 'has no store in the latest local schema version');
      const owner = seen.tables.get(table.name);
      if (owner) report(`table ${table.name}`, `is declared by part ${owner} too`);
      seen.tables.set(table.name, part.id);
    }
    for (const mutation of part.mutations) {
      const owner = seen.mutations.get(mutation.name);
      if (owner) report(`mutation ${mutation.name}`, `is declared by part ${owner} too`);
      seen.mutations.set(mutation.name, part.id);
    }
    for (const { invariant } of part.rules ?? []) {
      for (const name of guardedMutations(invariant)) {
        if (!allMutations.has(name))
          report(`rule ${invariant.rule}`, `guards ${name}, which no part declares`);
      }
    }
    for (const permission of part.permissions ?? []) {
      const owner = seen.permissions.get(permission.id);
      if (owner) report(`permission ${permission.id}`, `is declared by part ${owner} too`);
      seen.permissions.set(permission.id, part.id);
      for (const { mutation } of permission.guards ?? []) {
        if (!allMutations.has(mutation))
          report(`permission ${permission.id}`, `guards ${mutation}, which no part declares`);
      }
    }
    for (const { piece, key } of declaredTexts(part)) {
      for (const language of env.languages) {
        if (!env.hasText(language, key)) report(piece, `has no text in ${language} (${key})`);
      }
    }
    for (const pageId of part.pages ?? []) {
      const page = env.pages.find((candidate) => candidate.id === pageId);
      if (!page) report(`page ${pageId}`, 'has no route');
      else {
        if (!page.hasNav) report(`page ${pageId}`, 'has no navigation entry');
        if (!page.built) report(`page ${pageId}`, 'has no screen (still "not built yet")');
      }
      for (const language of env.languages) {
        if (!env.hasText(language, env.navLabelKey(pageId)))
          report(`page ${pageId}`, `has no navigation label in ${language}`);
      }
    }
  }
  return problems;
}

/** The problems as one readable line each, for a test's failure message. */
export function describeProblems(problems: readonly PartProblem[]): string[] {
  return problems.map(({ part, piece, problem }) => `part ${part}: ${piece} ${problem}`);
}
