/**
 * Opens the configured database and brings its schema up to date: PostgreSQL when a
 * `databaseUrl` is given (a city deployment), otherwise embedded PGlite in `dataDir`
 * (in memory when there is none).
 */
import type { Database } from './database';
import { MIGRATION_LOCK } from './lockKeys';
import { migrate } from './migrate';
import { openPglite } from './pgliteDatabase';
import { openPostgres } from './postgresDatabase';

export interface OpenDatabaseOptions {
  databaseUrl?: string;
  dataDir?: string;
  /** PostgreSQL only: the schema to work in (created if missing); tests isolate suites with it. */
  schema?: string;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  let db: Database;
  if (options.databaseUrl) {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema))
      throw new Error(`invalid schema name ${options.schema}`);
    db = openPostgres({
      connectionString: options.databaseUrl,
      ...(options.schema !== undefined ? { schema: options.schema } : {}),
    });
    const schema = options.schema;
    // Under the migration lock: concurrent CREATE SCHEMA IF NOT EXISTS can still collide.
    if (schema !== undefined)
      await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [...MIGRATION_LOCK]);
        await tx.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      });
  } else {
    db = await openPglite(options.dataDir);
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
