/**
 * The databases a central-API bench runs on: PGlite in memory always, then — when
 * DATABASE_URL is set — real PostgreSQL in a throwaway schema, dropped afterwards. Each bench
 * measures the same thing on each and names its result per database.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '#server/db/database';
import { openDatabase } from '#server/db/openDatabase';
import type { BenchResult } from './results';

export interface BenchDatabase {
  /** Suffix of the result name: `pglite` or `postgres`. */
  kind: 'pglite' | 'postgres';
  /** For the result's note. */
  where: string;
}

export async function onBenchDatabases(
  run: (db: Database, on: BenchDatabase) => Promise<BenchResult | BenchResult[]>,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const lite = await openDatabase({});
  try {
    results.push(...[await run(lite, { kind: 'pglite', where: 'PGlite in memory' })].flat());
  } finally {
    await lite.close();
  }
  const url = process.env.DATABASE_URL;
  if (url) {
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const pg = await openDatabase({ databaseUrl: url, schema });
    try {
      results.push(...[await run(pg, { kind: 'postgres', where: 'PostgreSQL on loopback' })].flat());
    } finally {
      await pg.query(`DROP SCHEMA ${schema} CASCADE`);
      await pg.close();
    }
  }
  return results;
}
