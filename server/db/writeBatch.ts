/**
 * Several independent writes sent to the database as ONE statement: each becomes a
 * data-modifying CTE (`WITH w0 AS (INSERT …), w1 AS (UPDATE …) SELECT 1`), which PostgreSQL
 * runs exactly once each, in one snapshot, atomically. A push's writes (records, conflicts,
 * results, client seq, audit rows) are independent by construction — different tables, and no
 * statement reads what another writes — so one round trip replaces five or six; on a network
 * database that is most of a push's latency. Parameters are renumbered: each statement is
 * written with its own `$1…$n`, as if sent alone. Statements must not contain `$` anywhere
 * else (no dollar quoting, no `$` in literals) — ours pass values only as parameters.
 * A final SELECT may read what the statements RETURN (each CTE's name is given to it), so a
 * value the writes produce — the change seqs they drew — comes back in the same round trip.
 */
import type { Queryable, QueryOptions } from './database';

export interface Statement {
  sql: string;
  params: readonly unknown[];
}

/**
 * The closing SELECT of a joined statement. `cteOf` names the CTE a given statement became
 * (null if it was not among them), so the SELECT can read its RETURNING rows.
 */
export type FinalSelect = (cteOf: (statement: Statement) => string | null) => Statement;

/** `sql` with its `$1…$n` moved up by `offset`, checked against its own parameter count. */
function renumber(statement: Statement, offset: number, label: string): string {
  return statement.sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n);
    if (index < 1 || index > statement.params.length)
      throw new Error(`${label} uses $${n} of ${statement.params.length}`);
    return `$${index + offset}`;
  });
}

/** Joins statements into one; `null` entries (nothing to write) are skipped. */
export function joinStatements(
  statements: readonly (Statement | null)[],
  final?: FinalSelect,
): Statement | null {
  const parts = statements.filter((s): s is Statement => s !== null);
  const [only] = parts;
  if (!final) {
    if (parts.length === 0) return null;
    if (parts.length === 1 && only) return only;
  }
  const params: unknown[] = [];
  const names = new Map<Statement, string>();
  const ctes = parts.map((s, i) => {
    const offset = params.length;
    params.push(...s.params);
    names.set(s, `w${i}`);
    return `w${i} AS (${renumber(s, offset, `statement ${i}`)})`;
  });
  const closing = final ? final((s) => names.get(s) ?? null) : { sql: 'SELECT 1', params: [] };
  const closingSql = renumber(closing, params.length, 'the final select');
  params.push(...closing.params);
  if (ctes.length === 0) return { sql: closingSql, params };
  return { sql: `WITH ${ctes.join(',\n')}\n${closingSql}`, params };
}

/** Runs the statements as one (nothing when all are null). */
export async function runStatements(tx: Queryable, statements: readonly (Statement | null)[]): Promise<void> {
  const joined = joinStatements(statements);
  if (joined) await tx.query(joined.sql, joined.params);
}

/** Runs the statements and the final SELECT as one statement; returns the SELECT's rows. */
export async function runStatementsReturning<T>(
  tx: Queryable,
  statements: readonly (Statement | null)[],
  final: FinalSelect,
  options?: QueryOptions,
): Promise<T[]> {
  const joined = joinStatements(statements, final);
  if (!joined) throw new Error('a final select always makes a statement');
  return (await tx.query<T>(joined.sql, joined.params, options)).rows;
}
