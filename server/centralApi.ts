/**
 * Starts the central API in-process: open the database (PostgreSQL from `databaseUrl`, else
 * PGlite in `dataDir` under the folder's lock, else in memory), migrate, seed the demo city on first start, issue fresh
 * demo enrolment codes on every start with seeding on, listen, and
 * purge old tombstones on an interval. Used by main.ts (`npm run server`), scripts/start.ts and
 * tests. `close()` stops the timer, the server (ending event streams) and the database.
 * Anything beyond loopback must be served over TLS: `tls` here, or a TLS proxy in front (then
 * `trustProxy` names it, so per-IP rate limits see the workstation's address).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import { buildApp } from './app';
import type { DatabaseKind } from './db/database';
import { lockDataDir, type DataDirLock, type LockOwner } from './db/dataDirLock';
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
  /** Fastify trustProxy: true, a hop count, or the proxies' addresses (default: trust none). */
  trustProxy?: boolean | number | string[];
  /** Serve HTTPS with the PEM certificate and key at these paths (both or neither). */
  tls?: { certPath: string; keyPath: string };
  /** The folder of update channels (issue 17); default `<dataDir>/updates`, none without a dataDir. */
  updatesDir?: string;
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
  /** The server's pino logger (silent unless `logger` was given). */
  log: FastifyBaseLogger;
  /** The data folder's lock a crashed process left behind, taken over at this start (null: none). */
  staleLock: LockOwner | null;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

/** The certificate and key read from their files, with an error naming the file that failed. */
async function readTls(tls: { certPath: string; keyPath: string }): Promise<{ cert: Buffer; key: Buffer }> {
  const read = (what: string, file: string) =>
    readFile(file).catch((error: unknown) => {
      throw new Error(
        `cannot read the TLS ${what} ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  return { cert: await read('certificate', tls.certPath), key: await read('key', tls.keyPath) };
}

/** `--updates-dir`, else `<data-dir>/updates`; none when neither is known. */
export function updatesDirOf(options: Pick<CentralApiOptions, 'updatesDir' | 'dataDir'>): string | undefined {
  return options.updatesDir ?? (options.dataDir ? path.join(options.dataDir, 'updates') : undefined);
}

export async function startCentralApi(options: CentralApiOptions = {}): Promise<CentralApi> {
  const now = options.now ?? Date.now;
  // Read before the database opens: a wrong path fails fast and leaves nothing to close.
  const https = options.tls ? await readTls(options.tls) : undefined;
  // PGlite in a folder: one process at a time (dataDirLock.ts), before anything opens it.
  let lock: DataDirLock | null = null;
  if (!options.databaseUrl && options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    lock = lockDataDir(options.dataDir);
  }
  const db = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  }).catch((error: unknown) => {
    lock?.release();
    throw error;
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
      ...(options.trustProxy !== undefined ? { trustProxy: options.trustProxy } : {}),
      ...(https ? { https } : {}),
      ...(updatesDirOf(options) ? { updatesDir: updatesDirOf(options) } : {}),
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
      log: app.log,
      staleLock: lock?.stale ?? null,
      close: () =>
        (closing ??= (async () => {
          clearInterval(timer);
          await app.close();
          await db.close();
          lock?.release();
        })()),
    };
  } catch (error) {
    await db.close();
    lock?.release();
    throw error;
  }
}
