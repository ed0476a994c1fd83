/**
 * Brings a database to the newest schema at start. Each migration runs in its own transaction
 * together with its schema_migrations row, so a crash leaves the database at a whole version.
 */
import { tableLookups, type LookupRegistry } from '../../domain/mutations/tables';
import { migrations as allMigrations, type Migration } from '../migrations';
import { buildLookups } from '../sync/lookups';
import type { Database } from './database';

/**
 * Runs the migrations not yet applied, then indexes stored rows for any lookup declared since
 * the last start (once the lookups table exists); returns the versions it ran.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = allMigrations,
  lookups: LookupRegistry = tableLookups,
): Promise<number[]> {
  await db.exec(`
    create table if not exists schema_migrations (
      version integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
  const applied = new Set(
    (await db.query<{ version: number }>('select version from schema_migrations')).map(
      (row) => row.version,
    ),
  );
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await db.transaction(async (tx) => {
      // Two instances starting at once: the second waits here, then finds the version applied.
      await tx.query('lock table schema_migrations in exclusive mode');
      const done = await tx.query('select 1 from schema_migrations where version = $1', [
        migration.version,
      ]);
      if (done.length > 0) return;
      await tx.exec(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      ran.push(migration.version);
    });
  }
  const [lookupsTable] = await db.query<{ name: string | null }>(
    `select to_regclass('lookup_builds')::text as name`,
  );
  if (lookupsTable?.name) await buildLookups(db, lookups);
  return ran;
}
