/**
 * One statement for several writes (server/db/writeBatch.ts): parameters renumbered per
 * statement, nulls skipped, a statement naming a parameter it does not pass refused — and on
 * each database, the joined writes all land, or (one failing) none does; a final SELECT reads
 * what the writes returned, in the same statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinStatements, runStatements, runStatementsReturning } from '#server/db/writeBatch';
import { backends, type OpenedDatabase } from './backends';

describe('joinStatements', () => {
  it('renumbers each statement’s parameters after the ones before it', () => {
    const joined = joinStatements([
      { sql: 'INSERT INTO a VALUES ($1, $2)', params: ['x', 1] },
      null,
      { sql: 'UPDATE b SET v = $2 WHERE k = $1 OR k = $1', params: ['k', 2] },
    ]);
    expect(joined?.sql).toContain('w0 AS (INSERT INTO a VALUES ($1, $2))');
    expect(joined?.sql).toContain('w1 AS (UPDATE b SET v = $4 WHERE k = $3 OR k = $3)');
    expect(joined?.params).toEqual(['x', 1, 'k', 2]);
  });

  it('sends a lone statement as it is, and nothing for none', () => {
    const only = { sql: 'DELETE FROM a WHERE k = $1', params: [1] };
    expect(joinStatements([null, only])).toBe(only);
    expect(joinStatements([null, null])).toBeNull();
  });

  it('ends with the final select, its parameters after the statements’ and the CTE names given', () => {
    const write = { sql: 'INSERT INTO a VALUES ($1) RETURNING v', params: [7] };
    const joined = joinStatements([null, write], (cteOf) => ({
      sql: `SELECT $1::int + (SELECT max(v) FROM ${cteOf(write) ?? 'none'})`,
      params: [1],
    }));
    expect(joined?.sql).toBe(
      'WITH w0 AS (INSERT INTO a VALUES ($1) RETURNING v)\nSELECT $2::int + (SELECT max(v) FROM w0)',
    );
    expect(joined?.params).toEqual([7, 1]);
    const alone = joinStatements([null], (cteOf) => ({
      sql: `SELECT ${String(cteOf(write))}, $1`,
      params: [2],
    }));
    expect(alone).toEqual({ sql: 'SELECT null, $1', params: [2] });
  });

  it('refuses a statement that names a parameter it does not pass', () => {
    expect(() =>
      joinStatements([
        { sql: 'SELECT $1', params: [1] },
        { sql: 'SELECT $2', params: [1] },
      ]),
    ).toThrow(/statement 1 uses \$2 of 1/);
  });
});

describe.each(backends)('runStatements on $name', (backend) => {
  let opened: OpenedDatabase;
  beforeAll(async () => {
    opened = await backend.open();
    await opened.db.exec(
      'CREATE TABLE wb_a (k text PRIMARY KEY, v int); CREATE TABLE wb_b (k text PRIMARY KEY, v jsonb)',
    );
  });
  afterAll(() => opened.cleanup());

  it('applies every write of the batch in one statement', async () => {
    await runStatements(opened.db, [
      { sql: 'INSERT INTO wb_a (k, v) VALUES ($1, $2)', params: ['one', 1] },
      {
        sql: `INSERT INTO wb_b (k, v) SELECT r->>'k', r->'v' FROM jsonb_array_elements($1::jsonb) AS r`,
        params: [
          JSON.stringify([
            { k: 'x', v: { n: 1 } },
            { k: 'y', v: null },
          ]),
        ],
      },
    ]);
    const a = await opened.db.query<{ k: string; v: number }>('SELECT k, v FROM wb_a');
    const b = await opened.db.query<{ k: string }>('SELECT k FROM wb_b ORDER BY k');
    expect(a.rows).toEqual([{ k: 'one', v: 1 }]);
    expect(b.rows.map((r) => r.k)).toEqual(['x', 'y']);
  });

  it('returns what the final select reads from the writes', async () => {
    const write = {
      sql: 'INSERT INTO wb_a (k, v) VALUES ($1, $2), ($3, $4) RETURNING v',
      params: ['r1', 10, 'r2', 30],
    };
    const rows = await runStatementsReturning<{ top: number }>(opened.db, [write], (cteOf) => ({
      sql: `SELECT (SELECT max(v) FROM ${cteOf(write) ?? 'none'}) + $1::int AS top`,
      params: [2],
    }));
    expect(rows).toEqual([{ top: 32 }]);
  });

  it('writes nothing when one write of the batch fails', async () => {
    await expect(
      runStatements(opened.db, [
        { sql: 'INSERT INTO wb_a (k, v) VALUES ($1, $2)', params: ['two', 2] },
        { sql: 'INSERT INTO wb_b (k, v) VALUES ($1, $2)', params: ['x', '{}'] }, // duplicate key
      ]),
    ).rejects.toThrow();
    const a = await opened.db.query<{ k: string }>("SELECT k FROM wb_a WHERE k = 'two'");
    expect(a.rows).toEqual([]);
  });
});
