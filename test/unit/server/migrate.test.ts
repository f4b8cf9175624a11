/**
 * Migrations: applied once, recorded in schema_migrations, idempotent on a second start; on
 * PostgreSQL several processes migrating the same empty schema at once queue on the advisory
 * lock and end with one copy of every version. A database newer than the server is refused.
 */
import { describe, expect, it } from 'vitest';
import { migrate } from '#server/db/migrate';
import { openDatabase } from '#server/db/openDatabase';
import { migrations } from '#server/db/migrations';
import { freshSchemaName, postgresUrl } from './backends';

describe('migrations', () => {
  it('are applied once and recorded (PGlite)', async () => {
    const db = await openDatabase({});
    try {
      const { rows } = await db.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
      expect(await migrate(db)).toEqual([]);
      await db.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')");
      await expect(migrate(db)).rejects.toThrow(/newer than this server/);
    } finally {
      await db.close();
    }
  });

  it.skipIf(!postgresUrl)('run safely when several processes start at once (PostgreSQL)', async () => {
    const url = postgresUrl ?? '';
    const schema = freshSchemaName();
    const dbs = await Promise.all(
      Array.from({ length: 4 }, () => openDatabase({ databaseUrl: url, schema })),
    );
    try {
      const { rows } = await dbs[0]!.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      await dbs[0]!.query(`DROP SCHEMA ${schema} CASCADE`);
      for (const db of dbs) await db.close();
    }
  });
});
