/**
 * Bench page part for issue 16's design question: how much do packed blocks beat one IndexedDB
 * record per row, and in which encoding? On the district demo's households (one block per
 * grid) and sweep visits (one block per grid-day) it times, on the same profile in one run:
 *
 * - `rows`: the baseline, the cache's own per-row table (GridroomDb: its indexes, and its
 *   unique address key stamped by renderer/db/uniqueKeys.ts), written with bulkPut;
 * - `objects`: one record per block holding the rows as an array of objects (structured clone);
 * - `columns`: one record per block holding one array per field, numbers in typed arrays: the
 *   cache's own layout (renderer/db/packedColumns.ts);
 * - `json`: one record per block holding the rows as one JSON string;
 * - `indexed`: `columns` plus a multiEntry IndexedDB index over each block's id column, so a
 *   row is found by its id in any context and transaction (the id → block index the store needs
 *   for by-id reads and for rows that move block), at one index entry per row.
 *
 * Each is written in one transaction (encoding inside the timing), then read back whole and
 * decoded to row objects, then read block by block for a sample of blocks (the per-grid read a
 * screen makes), and rows are read by id for a sample of ids (through the block holding each,
 * for packed layouts without an id index by reading every block). Rows are checked equal after
 * the round trip, so a fast wrong codec cannot win.
 */
import { Dexie, type IndexableType } from 'dexie';
import { generateDemoData } from '#common/demo';
import { GridroomDb } from '#renderer/db/database';
import { packColumns, unpackColumns, type ColumnSpec } from '#renderer/db/packedColumns';
import { householdColumns, visitColumns } from '#renderer/db/packedColumnSpecs';

export type Row = Record<string, unknown>;

/** A table's rows grouped into blocks by a key made from each row. */
interface Blocks {
  keys: string[];
  rows: Row[][];
}

function blocksOf(rows: readonly Row[], keyOf: (row: Row) => string): Blocks {
  const byKey = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(row);
  }
  return { keys: [...byKey.keys()], rows: [...byKey.values()] };
}

/** One encoding of a block's rows as a stored value, and back. */
interface Codec {
  encode(rows: readonly Row[]): unknown;
  decode(stored: unknown): Row[];
}

const objectsCodec: Codec = {
  encode: (rows) => rows,
  decode: (stored) => stored as Row[],
};

const jsonCodec: Codec = {
  encode: (rows) => JSON.stringify(rows),
  decode: (stored) => JSON.parse(stored as string) as Row[],
};

/** The cache's own column layout (renderer/db/packedColumns.ts) with the table's spec. */
const columnsCodec = (spec: ColumnSpec<Row>): Codec => ({
  encode: (rows) => packColumns(spec, rows),
  decode: (stored) => unpackColumns(spec, stored),
});

const layouts = ['objects', 'columns', 'json', 'indexed'] as const;

const codecOf = (layout: (typeof layouts)[number], spec: ColumnSpec<Row>): Codec =>
  layout === 'objects' ? objectsCodec : layout === 'json' ? jsonCodec : columnsCodec(spec);

export interface PackFigure {
  table: string;
  layout: 'rows' | (typeof layouts)[number];
  records: number;
  rows: number;
  writeMs: number;
  readAllMs: number;
  /** Mean of reading one block (or, for `rows`, one block's rows by index) for the sample. */
  readBlockMs: number;
  /** Mean of reading one row by its id (`rows`: get; `indexed`: the block through the id index); null when not measured. */
  readByIdMs: number | null;
}

interface TableCase {
  table: 'households' | 'visits';
  /** The cache's index that reads one block's rows from the per-row table. */
  blockIndex: string;
  rows: Row[];
  spec: ColumnSpec<Row>;
  blockKey(row: Row): string;
  /** The per-row table's index value for one block key (for the baseline's per-block read). */
  indexValue(key: string): IndexableType;
}

export const now = () => performance.now();

/** A fresh database of that name, opened by `open` (which declares its stores). */
export async function freshDb(name: string, open: (name: string) => Promise<Dexie>): Promise<Dexie> {
  await Dexie.delete(name);
  return open(name);
}

/** The same database closed and opened again, so reads come from disk, not from the connection. */
export async function reopen(db: Dexie, open: (name: string) => Promise<Dexie>): Promise<Dexie> {
  db.close();
  return open(db.name);
}

export async function openCache(name: string): Promise<Dexie> {
  const db = new GridroomDb(name);
  await db.open();
  return db;
}

const openBlocksWith =
  (stores: string) =>
  async (name: string): Promise<Dexie> => {
    const db = new Dexie(name);
    db.version(1).stores({ blocks: stores });
    await db.open();
    return db;
  };

/** The id column's key path in a `columns` block (renderer/db/packedColumns.ts). */
const ID_COLUMN = 'body.columns.id';

export function sampleKeys(keys: readonly string[], count: number): string[] {
  const step = Math.max(1, Math.floor(keys.length / count));
  const sample: string[] = [];
  for (let i = 0; i < keys.length && sample.length < count; i += step) sample.push(keys[i] as string);
  return sample;
}

/** Field order aside (a columns block gives fields in its spec's order), the same rows. */
export function assertSameRows(expected: readonly Row[], actual: readonly Row[], what: string): void {
  if (expected.length !== actual.length)
    throw new Error(`${what}: ${actual.length} rows, expected ${expected.length}`);
  const canonical = (row: Row) => JSON.stringify(row, Object.keys(row).sort());
  const byId = new Map(actual.map((r) => [r.id, r]));
  for (const row of expected) {
    const got = byId.get(row.id);
    if (!got || canonical(got) !== canonical(row)) throw new Error(`${what}: row ${String(row.id)} differs`);
  }
}

async function perRow(c: TableCase, sample: readonly string[]): Promise<PackFigure> {
  let db = await freshDb(`bench-pack-${c.table}-rows`, openCache);
  let t = now();
  await db.table(c.table).bulkPut(c.rows);
  const writeMs = now() - t;
  db = await reopen(db, openCache);
  t = now();
  const all = (await db.table(c.table).toArray()) as Row[];
  const readAllMs = now() - t;
  assertSameRows(c.rows, all, `${c.table} rows`);
  t = now();
  for (const key of sample) await db.table(c.table).where(c.blockIndex).equals(c.indexValue(key)).toArray();
  const readBlockMs = (now() - t) / sample.length;
  const ids = sampleIds(c.rows);
  t = now();
  for (const id of ids)
    if (!(await db.table(c.table).get(id))) throw new Error(`${c.table} rows: ${id} missing`);
  const readByIdMs = (now() - t) / ids.length;
  db.close();
  await Dexie.delete(db.name);
  return {
    table: c.table,
    layout: 'rows',
    records: c.rows.length,
    rows: c.rows.length,
    writeMs,
    readAllMs,
    readBlockMs,
    readByIdMs,
  };
}

/** 100 ids spread over the table. */
const sampleIds = (rows: readonly Row[]) =>
  sampleKeys(
    rows.map((r) => String(r.id)),
    100,
  );

async function packed(
  c: TableCase,
  layout: (typeof layouts)[number],
  sample: readonly string[],
): Promise<PackFigure> {
  const codec = codecOf(layout, c.spec);
  const openBlocks = openBlocksWith(layout === 'indexed' ? `key, *${ID_COLUMN}` : 'key');
  let db = await freshDb(`bench-pack-${c.table}-${layout}`, openBlocks);
  let t = now();
  const blocks = blocksOf(c.rows, c.blockKey);
  const records = blocks.keys.map((key, i) => ({ key, body: codec.encode(blocks.rows[i] as Row[]) }));
  await db.table('blocks').bulkPut(records);
  const writeMs = now() - t;
  db = await reopen(db, openBlocks);
  t = now();
  const stored = (await db.table('blocks').toArray()) as { key: string; body: unknown }[];
  const all = stored.flatMap((r) => codec.decode(r.body));
  const readAllMs = now() - t;
  assertSameRows(c.rows, all, `${c.table} ${layout}`);
  t = now();
  for (const key of sample) {
    const record = (await db.table('blocks').get(key)) as { body: unknown } | undefined;
    if (record) codec.decode(record.body);
  }
  const readBlockMs = (now() - t) / sample.length;
  let readByIdMs: number | null = null;
  if (layout === 'indexed') {
    const ids = sampleIds(c.rows);
    t = now();
    for (const id of ids) {
      const record = (await db.table('blocks').where(ID_COLUMN).equals(id).first()) as
        { body: unknown } | undefined;
      if (!record || !codec.decode(record.body).some((r) => r.id === id))
        throw new Error(`${c.table} ${layout}: ${id} missing`);
    }
    readByIdMs = (now() - t) / ids.length;
  }
  db.close();
  await Dexie.delete(db.name);
  return {
    table: c.table,
    layout,
    records: records.length,
    rows: c.rows.length,
    writeMs,
    readAllMs,
    readBlockMs,
    readByIdMs,
  };
}

/** Every layout of both tables, the per-row baseline first and again last (ABCDA: drift shows). */
export async function packedBlocksBench(nowMs: number): Promise<PackFigure[]> {
  const data = await generateDemoData({ size: 'district', now: nowMs });
  const cases: TableCase[] = [
    {
      table: 'households',
      blockIndex: 'gridId',
      rows: data.households as unknown as Row[],
      spec: householdColumns as unknown as ColumnSpec<Row>,
      blockKey: (r) => String(r.gridId),
      indexValue: (key) => key,
    },
    {
      table: 'visits',
      blockIndex: '[gridId+day]',
      rows: data.visits as unknown as Row[],
      spec: visitColumns as unknown as ColumnSpec<Row>,
      blockKey: (r) => `${String(r.gridId)}|${String(r.day)}`,
      indexValue: (key) => key.split('|'),
    },
  ];
  const figures: PackFigure[] = [];
  for (const c of cases) {
    const sample = sampleKeys(blocksOf(c.rows, c.blockKey).keys, 100);
    figures.push(await perRow(c, sample));
    for (const layout of layouts) figures.push(await packed(c, layout, sample));
    figures.push(await perRow(c, sample));
  }
  return figures;
}
