/**
 * Every part's declared pieces exist where the console needs them: each table has a store in
 * the latest local schema version and a label, each change a title, each rule a message, a
 * what-to-do and labels for its fixes — in zh-CN and English — and each page a route, a
 * navigation entry, a screen and a label. The checker itself is proven on a synthetic part that
 * misses each piece in turn.
 */
import { createInstance } from 'i18next';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { defineMutation } from '@domain/mutations/define';
import { checkParts, describeProblems, type PartEnvironment } from '@domain/parts/check';
import { definePart, defineTable, type PartManifest } from '@domain/parts/define';
import { parts } from '@domain/parts';
import { defineInvariant } from '@domain/sync/invariants';
import { pageRegistry } from './page-registry';
import { latestStores } from '../db/schema';
import { languages, resources } from '../i18n/resources';
import { registeredPages } from '../routing/pages';

let hasText: PartEnvironment['hasText'];
beforeAll(async () => {
  const i18n = createInstance();
  await i18n.init({ resources, lng: 'zh-CN', ns: Object.keys(resources['zh-CN']) });
  hasText = (language, key) => i18n.exists(key, { lng: language, fallbackLng: false });
});

const environment = (overrides: Partial<PartEnvironment> = {}): PartEnvironment => ({
  localStores: latestStores(),
  languages,
  hasText,
  pages: registeredPages.map((page) => ({
    id: page.id,
    hasNav: page.hasNav,
    built: pageRegistry[page.id].component !== null,
  })),
  navLabelKey: (page) => `common:nav.${page}`,
  ...overrides,
});

describe('the parts contract', () => {
  it('holds for every part of the product', () => {
    expect(parts.map((part) => part.id)).toEqual([
      'vendor',
      'menu',
      'sync',
      'staff',
      'customers',
      'bookings',
      'offers',
      'storefront',
    ]);
    expect(describeProblems(checkParts(parts, environment()))).toEqual([]);
    // ...and the real environment can say no.
    expect(hasText('en', 'menu:part.tables.menuItem')).toBe(true);
    expect(hasText('en', 'menu:part.tables.noSuchTable')).toBe(false);
    expect(latestStores().has('attentionItem')).toBe(true);
  });

  // A synthetic part with one of everything, and an environment that has all of it.
  const ghostCreate = defineMutation({
    name: 'ghost.create',
    version: 1,
    args: z.object({ id: z.string() }),
    ops: ({ id }) => [{ op: 'put', table: 'menuItem', row: { id } }],
  });
  const ghost: PartManifest = definePart({
    id: 'ghost',
    namespace: 'ghost',
    tables: [defineTable({ name: 'ghostRecord', kind: 'entity' })],
    mutations: [ghostCreate],
    rules: [
      {
        invariant: defineInvariant({
          rule: 'ghost.rule',
          mutation: 'ghost.create',
          reads: () => ({}),
          check: () => null,
        }),
        actions: [{ id: 'mend', fix: () => null }],
      },
    ],
    permissions: [{ id: 'ghost.haunt', guards: [{ mutation: 'ghost.create' }] }],
    pages: ['ghostPage'],
  });
  const ghostTexts = [
    'ghost:part.tables.ghostRecord',
    'ghost:part.changes.ghost.create',
    'ghost:part.rules.ghost.rule.message',
    'ghost:part.rules.ghost.rule.todo',
    'ghost:part.rules.ghost.rule.actions.mend',
    'common:nav.ghostPage',
    'ghost:part.permissions.ghost.haunt',
    'ghost:part.name',
  ];
  const ghostEnvironment = (
    missing: {
      text?: string;
      language?: string;
      store?: boolean;
      page?: 'route' | 'nav' | 'screen';
    } = {},
  ): PartEnvironment =>
    environment({
      localStores: new Set(missing.store ? [] : ['ghostRecord']),
      hasText: (language, key) =>
        ghostTexts.includes(key) &&
        !(key === missing.text && language === (missing.language ?? language)),
      pages:
        missing.page === 'route'
          ? []
          : [{ id: 'ghostPage', hasNav: missing.page !== 'nav', built: missing.page !== 'screen' }],
    });

  it('finds nothing missing in a part that has everything', () => {
    expect(checkParts([ghost], ghostEnvironment())).toEqual([]);
  });

  it.each([
    [{ store: true }, 'table ghostRecord', 'has no store in the latest local schema version'],
    [{ text: ghostTexts[0], language: 'en' }, 'table ghostRecord', 'has no text in en'],
    [{ text: ghostTexts[1], language: 'zh-CN' }, 'mutation ghost.create', 'has no text in zh-CN'],
    [{ text: ghostTexts[2], language: 'en' }, 'rule ghost.rule message', 'has no text in en'],
    [
      { text: ghostTexts[3], language: 'zh-CN' },
      'rule ghost.rule what-to-do',
      'has no text in zh-CN',
    ],
    [{ text: ghostTexts[4], language: 'en' }, 'rule ghost.rule action mend', 'has no text in en'],
    [{ page: 'route' as const }, 'page ghostPage', 'has no route'],
    [{ page: 'nav' as const }, 'page ghostPage', 'has no navigation entry'],
    [{ page: 'screen' as const }, 'page ghostPage', 'has no screen'],
    [{ text: ghostTexts[5], language: 'en' }, 'page ghostPage', 'has no navigation label in en'],
    [{ text: ghostTexts[6], language: 'zh-CN' }, 'permission ghost.haunt', 'has no text in zh-CN'],
    [{ text: ghostTexts[6], language: 'en' }, 'permission ghost.haunt', 'has no text in en'],
    [{ text: ghostTexts[7], language: 'en' }, 'name', 'has no text in en'],
  ])('names the part and the piece when %o is missing', (missing, piece, problem) => {
    const problems = checkParts([ghost], ghostEnvironment(missing));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ part: 'ghost', piece });
    expect(problems[0]!.problem).toContain(problem);
  });

  it('finds a rule guarding a change no part declares, and a table two parts declare', () => {
    const stray = definePart({
      ...ghost,
      id: 'stray',
      mutations: [],
      rules: [{ invariant: { ...ghost.rules![0]!.invariant, mutation: 'nobody.does' } }],
      pages: [],
    });
    const problems = describeProblems(checkParts([ghost, stray], ghostEnvironment()));
    expect(problems).toContain('part stray: table ghostRecord is declared by part ghost too');
    expect(problems).toContain(
      'part stray: rule ghost.rule guards nobody.does, which no part declares',
    );
  });

  it('finds a permission guarding a change no part declares, and one two parts declare', () => {
    const stray = definePart({
      ...ghost,
      id: 'stray',
      tables: [],
      mutations: [],
      rules: [],
      permissions: [
        { id: 'ghost.haunt' },
        { id: 'stray.wander', guards: [{ mutation: 'nobody.does' }] },
      ],
      pages: [],
    });
    const problems = describeProblems(checkParts([ghost, stray], ghostEnvironment()));
    expect(problems).toContain('part stray: permission ghost.haunt is declared by part ghost too');
    expect(problems).toContain(
      'part stray: permission stray.wander guards nobody.does, which no part declares',
    );
  });
});
