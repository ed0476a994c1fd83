/** Chooses the database: PostgreSQL when a URL is given (DATABASE_URL), PGlite otherwise. */
import type { Database } from './database';
import { openPg } from './pg';
import { openPglite } from './pglite';

export interface OpenDatabaseOptions {
  /** postgres://… ; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data directory; in memory when absent. */
  dataDir?: string;
  /** PostgreSQL schema to use (tests isolate themselves with one each). */
  schema?: string;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    return openPg({ connectionString: options.databaseUrl, schema: options.schema });
  }
  return openPglite(options.dataDir);
}
