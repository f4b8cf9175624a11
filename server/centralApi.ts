/**
 * Starts the central API in-process: open the database (PostgreSQL from `databaseUrl`, else
 * PGlite in `dataDir`, else in memory), migrate, seed the demo city on first start, issue fresh
 * demo enrolment codes on every start with seeding on, listen, and
 * purge old tombstones on an interval. Used by main.ts (`npm run server`), scripts/start.ts and
 * tests. `close()` stops the timer, the server (ending event streams) and the database.
 */
import type { FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import type { DatabaseKind } from './db/database';
import { openDatabase } from './db/openDatabase';
import { issueDemoCodes, seedDemoCity, type CitySeed, type DemoCode } from './seed/demoCity';
import { DEFAULT_TOMBSTONE_RETENTION_MS, purgeTombstones } from './sync/tombstones';

export interface CentralApiOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  dataDir?: string;
  seed?: boolean;
  logger?: FastifyServerOptions['logger'];
  tombstoneRetentionMs?: number;
  purgeIntervalMs?: number;
  enrolRateLimit?: { max: number; timeWindowMs: number };
  now?: () => number;
}

export interface CentralApi {
  url: string;
  databaseKind: DatabaseKind;
  /**
   * Fresh enrolment codes of the demo stations (workstation `code`, briefing `displayCode`),
   * issued on every start with seeding on, whether the city was seeded now or before; empty
   * with seeding off.
   */
  enrolmentCodes: DemoCode[];
  seed: CitySeed | null;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

export async function startCentralApi(options: CentralApiOptions = {}): Promise<CentralApi> {
  const now = options.now ?? Date.now;
  const db = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  });
  try {
    const seed = options.seed === false ? null : await seedDemoCity(db, { now: now() });
    const enrolmentCodes = options.seed === false ? [] : await issueDemoCodes(db, now());
    const retention = options.tombstoneRetentionMs ?? DEFAULT_TOMBSTONE_RETENTION_MS;
    const app = await buildApp({
      db,
      logger: options.logger ?? false,
      now,
      tombstoneRetentionMs: retention,
      ...(options.enrolRateLimit ? { enrolRateLimit: options.enrolRateLimit } : {}),
    });
    const address = await app.listen({
      port: options.port ?? DEFAULT_PORT,
      host: options.host ?? DEFAULT_HOST,
    });
    const purge = () =>
      purgeTombstones(db, now(), retention)
        .then((reports) => reports.forEach((r) => app.log.info(r, 'tombstones purged')))
        .catch((error: unknown) => app.log.error({ err: error }, 'tombstone purge failed'));
    void purge();
    const timer = setInterval(() => void purge(), options.purgeIntervalMs ?? 3_600_000);
    timer.unref();
    let closing: Promise<void> | null = null;
    return {
      url: address.replace('[::1]', 'localhost'),
      databaseKind: db.kind,
      enrolmentCodes,
      seed,
      close: () =>
        (closing ??= (async () => {
          clearInterval(timer);
          await app.close();
          await db.close();
        })()),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
