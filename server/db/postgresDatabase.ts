/**
 * node-postgres behind the Database interface: a pool for queries and transactions (each
 * transaction on one pooled client, BEGIN…COMMIT or ROLLBACK), and one dedicated client for
 * LISTEN that reconnects after an error, re-subscribing every channel. `schema` sets the
 * search_path of every connection — tests use it to give each suite a fresh schema.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable, QueryOptions } from './database';

const INT8_OID = 20;

function parseTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === INT8_OID
        ? (value: string) => Number(value)
        : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/** Prepared statements are named by their text, so one name never meets two texts. */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `g_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}`;
    if (statementNames.size < 1000) statementNames.set(sql, name);
  }
  return name;
}

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params?: readonly unknown[], options?: QueryOptions) {
      const values = params ? [...params] : undefined;
      const result = options?.prepare
        ? await client.query({ name: statementName(sql), text: sql, ...(values ? { values } : {}) })
        : await client.query(sql, values);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export interface PostgresOptions {
  connectionString: string;
  schema?: string;
  maxConnections?: number;
}

const RECONNECT_DELAY_MS = 1000;

/** One LISTEN connection shared by every subscriber of this Database. */
function createListener(options: PostgresOptions) {
  const subscribers = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  async function connect(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: options.connectionString });
    c.on('notification', (n) => {
      for (const fn of subscribers.get(n.channel) ?? []) fn(n.payload ?? '');
    });
    c.on('error', () => {
      // The connection is gone: drop it and reconnect with every channel after a pause.
      client = null;
      connecting = null;
      void c.end().catch(() => undefined);
      if (!closed) setTimeout(() => void ensure().catch(() => undefined), RECONNECT_DELAY_MS).unref();
    });
    await c.connect();
    for (const channel of subscribers.keys()) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = c;
    return c;
  }

  function ensure(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    connecting ??= connect().catch((error: unknown) => {
      connecting = null;
      throw error;
    });
    return connecting;
  }

  return {
    async listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
      let set = subscribers.get(channel);
      const first = set === undefined;
      if (!set) subscribers.set(channel, (set = new Set()));
      set.add(onPayload);
      const c = await ensure();
      if (first) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        const s = subscribers.get(channel);
        s?.delete(onPayload);
        if (s && s.size === 0) {
          subscribers.delete(channel);
          if (client) await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
        }
      };
    },
    async close(): Promise<void> {
      closed = true;
      const c = client;
      client = null;
      if (c) await c.end().catch(() => undefined);
    },
  };
}

export function openPostgres(options: PostgresOptions): Database {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    types: parseTypes(),
    ...(options.schema !== undefined ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle client's error (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const listener = createListener(options);
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: listener.listen,
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
