import { describe, expect, it } from 'vitest';
import { storedDocuments } from './fixtures/stored';
import {
  DocumentMigrationError,
  migrateDocument,
  migrateRaw,
  migrationGaps,
  storefrontMigrations,
  type DocumentMigration,
} from './migrations';
import { STOREFRONT_SCHEMA_VERSION, storefrontDocumentSchema } from './schema';

/** Real documents as stored at each version (fixtures/stored.ts), each a structured copy. */
const fixtures = storedDocuments.map((stored) => ({ ...stored, raw: structuredClone(stored.raw) }));

const refusal = (run: () => unknown): DocumentMigrationError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentMigrationError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('storefront document migrations', () => {
  it('has a step from every version before the current one, once each', () => {
    expect(migrationGaps(storefrontMigrations, STOREFRONT_SCHEMA_VERSION)).toEqual([]);
    const from = storefrontMigrations.map((step) => step.from);
    expect(new Set(from).size).toBe(from.length);
    expect(from.every((version) => version >= 1 && version < STOREFRONT_SCHEMA_VERSION)).toBe(true);
  });

  it('keeps a fixture of a real document at every version up to the current one', () => {
    const versions = new Set(fixtures.map((fixture) => fixture.version));
    for (let version = 1; version <= STOREFRONT_SCHEMA_VERSION; version += 1) {
      expect(versions.has(version), `fixtures/v${version}/`).toBe(true);
    }
  });

  describe.each(fixtures)('$name', ({ version, raw }) => {
    it('is stored at its folder’s version', () => {
      expect((raw as { schemaVersion: number }).schemaVersion).toBe(version);
    });

    it('migrates to the current version and parses with the current schema', () => {
      const document = migrateDocument(raw);
      expect(document.schemaVersion).toBe(STOREFRONT_SCHEMA_VERSION);
      expect(storefrontDocumentSchema.safeParse(document).success).toBe(true);
    });

    it('reads as it did (a schema change that alters it must add a migration)', () => {
      expect(migrateDocument(raw)).toMatchSnapshot();
    });

    it('is not changed by migrating', () => {
      const before = structuredClone(raw);
      migrateDocument(raw);
      expect(raw).toEqual(before);
    });
  });

  it('refuses a document from a newer version than the program knows', () => {
    const future = {
      ...(fixtures[0]!.raw as object),
      schemaVersion: STOREFRONT_SCHEMA_VERSION + 1,
    };
    const error = refusal(() => migrateDocument(future));
    expect(error.code).toBe('future_version');
    expect(error.version).toBe(STOREFRONT_SCHEMA_VERSION + 1);
    expect(error.message).toContain(
      `schema version ${STOREFRONT_SCHEMA_VERSION + 1}, newer than this program's ${STOREFRONT_SCHEMA_VERSION}`,
    );
  });

  it.each([
    ['no version', { theme: {}, blocks: [] }, 'no_version'],
    ['version 0', { schemaVersion: 0, blocks: [] }, 'no_version'],
    ['a version as text', { schemaVersion: '1', blocks: [] }, 'no_version'],
    ['not an object', [], 'not_a_document'],
    ['null', null, 'not_a_document'],
    ['a current version that does not fit', { schemaVersion: 1, blocks: [] }, 'invalid'],
  ])('refuses %s clearly', (_name, raw, code) => {
    expect(refusal(() => migrateDocument(raw)).code).toBe(code);
  });
});

describe('the migration machinery, on a made-up list', () => {
  // v1 → v2: the notice's `tone` becomes `level`; v2 → v3: every block gets `note: ''`.
  const steps: DocumentMigration[] = [
    {
      from: 2,
      why: 'blocks get a note',
      up: (doc) => ({
        ...doc,
        blocks: (doc.blocks as object[]).map((block) => ({ ...block, note: '' })),
      }),
    },
    {
      from: 1,
      why: 'tone is called level',
      up: (doc) => ({
        ...doc,
        blocks: (doc.blocks as Record<string, unknown>[]).map(({ tone, ...block }) =>
          tone === undefined ? block : { ...block, level: tone },
        ),
      }),
    },
  ];
  const v1 = { schemaVersion: 1, blocks: [{ id: 'n', type: 'notice', tone: 'warning' }] };

  it('runs every step from the stored version, in order of version whatever the list order', () => {
    expect(migrateRaw(v1, steps, 3)).toEqual({
      schemaVersion: 3,
      blocks: [{ id: 'n', type: 'notice', level: 'warning', note: '' }],
    });
  });

  it('starts at the stored version: a v2 document runs only the second step', () => {
    const v2 = { schemaVersion: 2, blocks: [{ id: 'n', type: 'notice', tone: 'kept' }] };
    expect(migrateRaw(v2, steps, 3)).toEqual({
      schemaVersion: 3,
      blocks: [{ id: 'n', type: 'notice', tone: 'kept', note: '' }],
    });
  });

  it('stops at the target version and leaves a current document as it is', () => {
    expect(migrateRaw(v1, steps, 2)).toEqual({
      schemaVersion: 2,
      blocks: [{ id: 'n', type: 'notice', level: 'warning' }],
    });
    const v3 = { schemaVersion: 3, blocks: [] };
    expect(migrateRaw(v3, steps, 3)).toBe(v3);
  });

  it('leaves the stored document untouched even when a step mutates its input', () => {
    const careless: DocumentMigration = {
      from: 1,
      why: 'mutates',
      up: (doc) => {
        (doc.blocks as unknown[]).length = 0;
        return doc;
      },
    };
    const stored = structuredClone(v1);
    migrateRaw(stored, [careless], 2);
    expect(stored).toEqual(v1);
  });

  it('refuses when a step is missing, naming it', () => {
    const error = refusal(() => migrateRaw(v1, [steps[0]!], 3));
    expect(error.code).toBe('missing_step');
    expect(error.message).toBe('no migration from storefront schema version 1 to 2');
    expect(migrationGaps([steps[0]!], 3)).toEqual([1]);
  });

  it('refuses a version beyond the target', () => {
    expect(refusal(() => migrateRaw({ schemaVersion: 4 }, steps, 3)).code).toBe('future_version');
  });
});
