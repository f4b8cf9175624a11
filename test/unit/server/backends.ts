/**
 * The databases every server suite runs against: PGlite in memory always, and real
 * PostgreSQL when DATABASE_URL is set (each suite in a fresh schema, dropped afterwards).
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '#server/db/database';
import { openDatabase } from '#server/db/openDatabase';

export const postgresUrl = process.env.DATABASE_URL || undefined;
export const POSTGRES_SKIP_REASON =
  'DATABASE_URL is not set: the real-PostgreSQL tests need a server (scripts/ci-postgres.sh starts one)';

export interface OpenedDatabase {
  db: Database;
  /** Another connection pool to the same database (PostgreSQL only: a second "process"). */
  openAnother(): Promise<Database>;
  cleanup(): Promise<void>;
}

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<OpenedDatabase>;
}

export const freshSchemaName = (): string => `t_${randomBytes(6).toString('hex')}`;

const pglite: Backend = {
  name: 'pglite',
  async open() {
    const db = await openDatabase({});
    return {
      db,
      openAnother: () => Promise.reject(new Error('PGlite is one connection in one process')),
      cleanup: () => db.close(),
    };
  },
};

function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async open() {
      const schema = freshSchemaName();
      const db = await openDatabase({ databaseUrl: url, schema });
      const others: Database[] = [];
      return {
        db,
        async openAnother() {
          const other = await openDatabase({ databaseUrl: url, schema });
          others.push(other);
          return other;
        },
        async cleanup() {
          for (const o of others) await o.close();
          await db.query(`DROP SCHEMA ${schema} CASCADE`);
          await db.close();
        },
      };
    },
  };
}

export const backends: Backend[] = postgresUrl ? [pglite, postgres(postgresUrl)] : [pglite];
