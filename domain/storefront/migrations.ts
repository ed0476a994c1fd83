/**
 * The storefront document's schema migrations, as the database's are: an ordered list, each step
 * pure and taking a document at version N to N+1. A stored document (a published version, a
 * schedule, a request waiting in an outbox, a mini-program's cached page) is brought to the
 * current version (STOREFRONT_SCHEMA_VERSION) step by step and then parsed with the current
 * schema; a document from a newer version than this code knows is refused, never guessed at.
 *
 * Adding a field or changing a shape: bump STOREFRONT_SCHEMA_VERSION in schema.ts, append one
 * step here from the old version, add a real document at the old version under fixtures/v<N>/
 * and list it in fixtures/stored.ts (the tests migrate every one), and keep the old fixtures:
 * they are the proof that documents already published still open. docs/storefront-schema.md.
 */
import { z } from 'zod';
import {
  STOREFRONT_SCHEMA_VERSION,
  storefrontDocumentSchema,
  type StorefrontDocument,
} from './schema';

/** A document as JSON, at whatever version it was written. */
export type RawDocument = Record<string, unknown>;

export interface DocumentMigration {
  /** The version this step reads; it returns the document at `from + 1`. */
  readonly from: number;
  /** What changed, for the log and the docs. */
  readonly why: string;
  /** Pure: a new object, the input left as it was. It need not set schemaVersion. */
  readonly up: (document: RawDocument) => RawDocument;
}

/**
 * Version 1 is the first: no steps yet. The next schema change appends `{ from: 1, … }`.
 */
export const storefrontMigrations: readonly DocumentMigration[] = [];

export type MigrationErrorCode =
  'not_a_document' | 'no_version' | 'future_version' | 'missing_step' | 'invalid';

export class DocumentMigrationError extends Error {
  constructor(
    readonly code: MigrationErrorCode,
    message: string,
    readonly version: number | null = null,
  ) {
    super(message);
    this.name = 'DocumentMigrationError';
  }
}

const versionSchema = z.number().int().min(1);

/**
 * Brings `raw` from its version to `current` with the given steps, without parsing the result:
 * the machinery, apart from the schema, so tests can prove it on a made-up list.
 */
export function migrateRaw(
  raw: unknown,
  migrations: readonly DocumentMigration[],
  current: number,
): RawDocument {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DocumentMigrationError('not_a_document', 'a storefront document must be an object');
  }
  const version = versionSchema.safeParse((raw as RawDocument).schemaVersion);
  if (!version.success) {
    throw new DocumentMigrationError(
      'no_version',
      'the storefront document has no schema version (schemaVersion: a whole number from 1)',
    );
  }
  if (version.data > current) {
    throw new DocumentMigrationError(
      'future_version',
      `the storefront document is at schema version ${version.data}, newer than this program's ${current}: update the program to read it`,
      version.data,
    );
  }
  const steps = new Map(migrations.map((step) => [step.from, step]));
  let document: RawDocument = raw as RawDocument;
  for (let at = version.data; at < current; at += 1) {
    const step = steps.get(at);
    if (!step) {
      throw new DocumentMigrationError(
        'missing_step',
        `no migration from storefront schema version ${at} to ${at + 1}`,
        at,
      );
    }
    document = { ...step.up(structuredClone(document)), schemaVersion: at + 1 };
  }
  return document;
}

/** Every step from 1 up to `current`, once each, in order: checked by the tests. */
export function migrationGaps(migrations: readonly DocumentMigration[], current: number): number[] {
  const from = new Set(migrations.map((step) => step.from));
  const gaps: number[] = [];
  for (let at = 1; at < current; at += 1) if (!from.has(at)) gaps.push(at);
  return gaps;
}

/**
 * A stored document at the current version, parsed: older ones migrated, a newer one refused
 * (DocumentMigrationError 'future_version'), one that still does not fit refused as 'invalid'.
 */
export function migrateDocument(raw: unknown): StorefrontDocument {
  const migrated = migrateRaw(raw, storefrontMigrations, STOREFRONT_SCHEMA_VERSION);
  const parsed = storefrontDocumentSchema.safeParse(migrated);
  if (!parsed.success) {
    throw new DocumentMigrationError(
      'invalid',
      `the storefront document does not fit schema version ${STOREFRONT_SCHEMA_VERSION}: ${z.prettifyError(parsed.error)}`,
      STOREFRONT_SCHEMA_VERSION,
    );
  }
  return parsed.data;
}
