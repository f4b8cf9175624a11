/**
 * Several independent writes sent to the database as ONE statement: each becomes a
 * data-modifying CTE (`WITH w0 AS (INSERT …), w1 AS (UPDATE …) SELECT 1`), which PostgreSQL
 * runs exactly once each, in one snapshot, atomically. A push's writes (records, conflicts,
 * results, client seq, audit rows) are independent by construction — different tables, and no
 * statement reads what another writes — so one round trip replaces five or six; on a network
 * database that is most of a push's latency. Parameters are renumbered: each statement is
 * written with its own `$1…$n`, as if sent alone. Statements must not contain `$` anywhere
 * else (no dollar quoting, no `$` in literals) — ours pass values only as parameters.
 */
import type { Queryable } from './database';

export interface Statement {
  sql: string;
  params: readonly unknown[];
}

/** Joins statements into one; `null` entries (nothing to write) are skipped. */
export function joinStatements(statements: readonly (Statement | null)[]): Statement | null {
  const parts = statements.filter((s): s is Statement => s !== null);
  if (parts.length === 0) return null;
  const [only] = parts;
  if (parts.length === 1 && only) return only;
  const params: unknown[] = [];
  const ctes = parts.map((s, i) => {
    const offset = params.length;
    params.push(...s.params);
    const sql = s.sql.replace(/\$(\d+)/g, (_, n: string) => {
      const index = Number(n);
      if (index < 1 || index > s.params.length)
        throw new Error(`statement ${i} uses $${n} of ${s.params.length}`);
      return `$${index + offset}`;
    });
    return `w${i} AS (${sql})`;
  });
  return { sql: `WITH ${ctes.join(',\n')}\nSELECT 1`, params };
}

/** Runs the statements as one (nothing when all are null). */
export async function runStatements(tx: Queryable, statements: readonly (Statement | null)[]): Promise<void> {
  const joined = joinStatements(statements);
  if (joined) await tx.query(joined.sql, joined.params);
}
