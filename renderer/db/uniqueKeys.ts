/**
 * Unique keys of the cache: a live grid's code and a live household's standard-address key
 * (householdKey: address, building, unit, room without white space) are each held by one row
 * at most, enforced by IndexedDB's unique indexes `grids.codeKey` and `households.addressKey`.
 *
 * The keys are derived, never written by callers: a Dexie DBCore middleware stamps them on
 * every row put into those tables (a deleted row gets none, so a tombstone never blocks a
 * live row) and strips them from every row read, so no screen, export, outbox patch or
 * server copy ever sees them.
 *
 * Who may hold a key twice? The server keeps no such rule (two workstations offline can each
 * create grid G-01), and the cache must mirror the server, so by default a write that meets a
 * taken key still succeeds: the row is stored under `key + SEP + id` (a suffixed key, unique
 * by its id) and keeps it until a later write finds the plain key free. Sync, the first load
 * and the schema upgrade therefore never fail on a duplicate. A transaction that calls
 * `claimUniqueKeys()` (the import's apply) is strict: a row may not take a key another live
 * row holds — unless it already shared that key before (its stored key is the suffixed form),
 * so updating a pre-existing duplicate still works — and the write fails with a
 * ConstraintError (isUniqueKeyError), aborting the transaction.
 */
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import { householdKey } from '#common/import/households/householdRows';

/** A unique derived key: the field it is stored under, and how it is made from a row. */
export interface UniqueKeySpec {
  field: string;
  keyOf(row: Record<string, unknown>): string | null;
}

/** The table → its unique derived key. */
export const keyed: Record<'grids' | 'households', UniqueKeySpec> = {
  grids: {
    field: 'codeKey',
    keyOf: (row) => (typeof row.code === 'string' && row.code !== '' ? row.code.trim().toUpperCase() : null),
  },
  households: {
    field: 'addressKey',
    keyOf: (row) =>
      typeof row.address === 'string'
        ? householdKey({
            address: row.address,
            building: String(row.building ?? ''),
            unit: String(row.unit ?? ''),
            room: String(row.room ?? ''),
          })
        : null,
  },
};

/** Between a key and the id of a row that shares it (no code or address holds it). */
export const DUPLICATE_SEP = '\u001f';

const strictTransactions = new WeakSet<object>();

/** Makes the current Dexie transaction strict about unique keys (see the header). */
export function claimUniqueKeys(): void {
  const tx = Dexie.currentTransaction as unknown as { idbtrans?: object } | null;
  if (!tx?.idbtrans) throw new Error('claimUniqueKeys() needs a transaction');
  strictTransactions.add(tx.idbtrans);
}

/** Whether the current Dexie transaction has claimed its unique keys (call before any await). */
export function isClaimingUniqueKeys(): boolean {
  const tx = Dexie.currentTransaction as unknown as { idbtrans?: object } | null;
  return tx?.idbtrans !== undefined && strictTransactions.has(tx.idbtrans);
}

/** A write refused because its grid code or address is held by another live row. */
export function isUniqueKeyError(error: unknown): boolean {
  const failures = (error as { failures?: unknown } | null)?.failures;
  const inner =
    failures !== null && typeof failures === 'object'
      ? Object.values(failures)[0]
      : ((error as { inner?: unknown } | null)?.inner ?? error);
  const { name, message } = (inner ?? {}) as { name?: unknown; message?: unknown };
  return name === 'ConstraintError' && /codeKey|addressKey/.test(String(message));
}

type Row = Record<string, unknown>;

function stamp(row: Row, field: string, key: string | null): Row {
  const copy = { ...row };
  if (key === null || row.deleted === true) delete copy[field];
  else copy[field] = key;
  return copy;
}

function strip(value: unknown, field: string): unknown {
  if (value === null || typeof value !== 'object' || !(field in value)) return value;
  const { [field]: _dropped, ...rest } = value as Row;
  return rest;
}

const isConstraint = (e: Error | undefined) => e?.name === 'ConstraintError';

function keyedTable(down: DBCoreTable, field: string, keyOf: (row: Row) => string | null): DBCoreTable {
  async function mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    if (req.type !== 'put' && req.type !== 'add') return down.mutate(req);
    const plainKeys = req.values.map((v) => keyOf(v as Row));
    const values = req.values.map((v, i) => stamp(v as Row, field, plainKeys[i] ?? null));
    const res = await down.mutate({ ...req, values });
    if (res.numFailures === 0) return res;

    const failures: Record<number, Error> = { ...res.failures };
    const results = [...(res.results ?? [])];
    // a row put twice in one batch is its last put: an earlier one that failed is not retried
    // (a retry would land after the later put and replace it, e.g. a tombstone by the live row)
    const lastAt = new Map<unknown, number>();
    values.forEach((v, i) => lastAt.set(v.id, i));
    for (const i of Object.keys(failures).map(Number))
      if (lastAt.get(values[i]!.id) !== i && isConstraint(failures[i])) delete failures[i];
    const suffixed = (i: number) => `${plainKeys[i]}${DUPLICATE_SEP}${String(values[i]!.id)}`;
    /** Puts the rows at `at` again (one round trip) as `valueOf` says; `record` notes the outcome. */
    const retry = async (at: readonly number[], valueOf: (i: number) => Row, record = true) => {
      if (at.length === 0) return 0;
      const r = await down.mutate({
        ...req,
        values: at.map(valueOf),
        keys: req.keys ? at.map((i) => req.keys![i]) : undefined,
      });
      let done = 0;
      at.forEach((i, n) => {
        const failed = r.failures[n];
        if (failed) {
          if (record) failures[i] = failed;
          return;
        }
        delete failures[i];
        results[i] = r.results?.[n];
        done += 1;
      });
      return done;
    };
    let open = Object.keys(failures)
      .map(Number)
      .filter((i) => isConstraint(failures[i]) && plainKeys[i] !== null);
    // 1. rows of this batch may have freed a key another row of it wanted: retry while that helps
    while (open.length > 0 && (await retry(open, (i) => values[i]!)) > 0)
      open = open.filter((i) => i in failures);
    // 2. a row that already shared its key keeps its suffixed key
    if (open.length > 0) {
      const stored = await down.getMany({ trans: req.trans, keys: open.map((i) => values[i]!.id) });
      const kept = open.filter((i, n) => (stored[n] as Row | undefined)?.[field] === suffixed(i));
      await retry(kept, (i) => ({ ...values[i]!, [field]: suffixed(i) }));
      open = open.filter((i) => i in failures);
    }
    // 3. strict: refused. Otherwise the server's truth is kept, under a suffixed key — and a
    //    row whose plain key that freed (two rows that swapped codes) takes its plain key after all
    if (!strictTransactions.has(req.trans) && open.length > 0) {
      await retry(open, (i) => ({ ...values[i]!, [field]: suffixed(i) }));
      await retry(
        open.filter((i) => !(i in failures)),
        (i) => values[i]!,
        false,
      );
    }
    return {
      numFailures: Object.keys(failures).length,
      failures,
      results,
      lastResult: results[results.length - 1],
    };
  }

  return {
    ...down,
    mutate,
    get: async (req) => strip(await down.get(req), field),
    getMany: async (req) => (await down.getMany(req)).map((v) => strip(v, field)),
    query: async (req) => {
      const res = await down.query(req);
      return req.values ? { ...res, result: res.result.map((v) => strip(v, field)) } : res;
    },
    openCursor: async (req) => {
      const cursor = await down.openCursor(req);
      if (!cursor || !req.values) return cursor;
      // IDBCursor's own getters refuse another receiver: each one is passed through by hand
      return Object.create(cursor, {
        key: { get: () => cursor.key },
        primaryKey: { get: () => cursor.primaryKey },
        value: { get: () => strip(cursor.value, field) },
      }) as typeof cursor;
    },
  };
}

/** The middleware GridroomDb installs (`db.use(uniqueKeysMiddleware)`). */
export const uniqueKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'uniqueKeys',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      const spec = Object.hasOwn(keyed, name) ? keyed[name as keyof typeof keyed] : undefined;
      return spec ? keyedTable(table, spec.field, spec.keyOf) : table;
    },
  }),
};

/** The stored (unstripped) key of a row, for tests and diagnostics: read below the middleware. */
export const uniqueKeyFields = { grids: 'codeKey', households: 'addressKey' } as const;
