/**
 * The one database interface the central API speaks, with two implementations: embedded PGlite
 * (the default: one connection, a data directory or memory) and a node-postgres pool
 * (`DATABASE_URL`, what a city deployment runs; it can run a hot statement prepared). Both
 * return int8 as a JS number (our sequences stay far below 2^53) and jsonb as parsed values.
 * `transaction` commits when `fn` resolves and rolls back when it throws; `listen` delivers
 * NOTIFY payloads, which PostgreSQL sends only on commit — so a poke is never seen before its
 * data.
 */
export interface QueryOptions {
  /**
   * Run as a named prepared statement (PostgreSQL; PGlite ignores it): each connection parses
   * and plans the text once, later runs only bind and execute. For the hot, fixed texts of a
   * push — never for text built with values, which would fill every connection's cache.
   */
  prepare?: boolean;
}

export interface Queryable {
  query<T>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<{ rows: T[] }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Subscribes to a NOTIFY channel; resolves to an unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
