/**
 * The columnar layout of a packed block (issue 16): many rows of one table held as one value,
 * one array per field, so IndexedDB stores and structured-clones one record where it would
 * otherwise store hundreds. Numbers go into Float64Arrays (exact for every integer and epoch ms
 * the schemas allow), booleans into a Uint8Array, a WGS-84 point into two Float64Arrays and
 * strings into a plain array. Measured against one record per row and against arrays of
 * objects and JSON strings per block by `npm run bench -- pack` (bench/harness/packedBlocks.ts).
 *
 * The layout is driven by a spec naming every field of the row type and its kind, so a field
 * added to a schema fails to compile until the spec says how to pack it. Packing is lossless or
 * it throws: a row with a field outside the spec, a missing field or a value of another kind is
 * refused rather than silently dropped. Unpacking checks the block's structure (count within
 * bounds, every column present, of its kind and of the right length) and throws
 * PackedBlockError otherwise; the rows' own rules are the caller's schema check.
 */

/** How one field is packed. */
export type ColumnKind = 'string' | 'number' | 'boolean' | 'lngLat';

type KindOf<T> = T extends string
  ? 'string'
  : T extends number
    ? 'number'
    : T extends boolean
      ? 'boolean'
      : T extends readonly [number, number]
        ? 'lngLat'
        : never;

/** Every field of `Row` with the kind its type allows: a missing or extra field is a type error. */
export type ColumnSpec<Row> = { readonly [K in keyof Row]-?: KindOf<Row[K]> };

/** A packed block's stored value. */
export interface PackedColumns {
  /** Layout version: a block of another version is refused, never guessed at. */
  layout: 1;
  /** How many rows. */
  n: number;
  columns: Record<string, unknown>;
}

/** The most rows one block may hold (a district grid holds ≈300 households). */
export const MAX_BLOCK_ROWS = 100_000;

export class PackedBlockError extends Error {
  override name = 'PackedBlockError';
}

type Row = Record<string, unknown>;

const fieldsOf = (spec: Record<string, ColumnKind>) => Object.keys(spec);

/** Packs rows into columns; throws PackedBlockError if a row does not match the spec exactly. */
export function packColumns<R extends object>(spec: ColumnSpec<R>, rows: readonly R[]): PackedColumns {
  const kinds = spec as unknown as Record<string, ColumnKind>;
  const fields = fieldsOf(kinds);
  if (rows.length > MAX_BLOCK_ROWS) throw new PackedBlockError(`block of ${rows.length} rows`);
  const n = rows.length;
  const columns: Record<string, unknown> = {};
  for (const field of fields) {
    const kind = kinds[field];
    if (kind === 'number') columns[field] = new Float64Array(n);
    else if (kind === 'boolean') columns[field] = new Uint8Array(n);
    else if (kind === 'lngLat') columns[field] = [new Float64Array(n), new Float64Array(n)];
    else columns[field] = new Array<string>(n);
  }
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Row;
    let count = 0;
    for (const key in row) if (Object.hasOwn(row, key)) count++;
    if (count !== fields.length)
      throw new PackedBlockError(`row ${i}: ${count} fields, the spec has ${fields.length}`);
    for (const field of fields) {
      if (!Object.hasOwn(row, field)) throw new PackedBlockError(`row ${i}: no ${field}`);
      const value = row[field];
      const kind = kinds[field];
      if (kind === 'number' && typeof value === 'number') (columns[field] as Float64Array)[i] = value;
      else if (kind === 'boolean' && typeof value === 'boolean')
        (columns[field] as Uint8Array)[i] = value ? 1 : 0;
      else if (kind === 'string' && typeof value === 'string') (columns[field] as string[])[i] = value;
      else if (kind === 'lngLat' && isPair(value)) {
        const [lng, lat] = columns[field] as [Float64Array, Float64Array];
        lng[i] = value[0];
        lat[i] = value[1];
      } else throw new PackedBlockError(`row ${i}: ${field} is not a ${kind}`);
    }
  }
  return { layout: 1, n, columns };
}

function isPair(value: unknown): value is [number, number] {
  return (
    Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
  );
}

/** The rows of a packed block, fields in the spec's order; throws PackedBlockError on a bad shape. */
export function unpackColumns<R extends object>(spec: ColumnSpec<R>, stored: unknown): R[] {
  const kinds = spec as unknown as Record<string, ColumnKind>;
  const { n, columns } = checkedBlock(kinds, stored);
  const fields = fieldsOf(kinds);
  const readers = fields.map((field): ((i: number) => unknown) => {
    const column = columns[field];
    const kind = kinds[field];
    if (kind === 'boolean') return (i) => (column as Uint8Array)[i] === 1;
    if (kind === 'lngLat') {
      const [lng, lat] = column as [Float64Array, Float64Array];
      return (i) => [lng[i], lat[i]];
    }
    return (i) => (column as ArrayLike<unknown>)[i];
  });
  const rows = new Array<R>(n);
  for (let i = 0; i < n; i++) {
    const row: Row = {};
    for (let f = 0; f < fields.length; f++)
      row[fields[f] as string] = (readers[f] as (i: number) => unknown)(i);
    rows[i] = row as R;
  }
  return rows;
}

function checkedBlock(kinds: Record<string, ColumnKind>, stored: unknown): { n: number; columns: Row } {
  if (typeof stored !== 'object' || stored === null) throw new PackedBlockError('not a block');
  const block = stored as Partial<PackedColumns>;
  if (block.layout !== 1) throw new PackedBlockError(`layout ${String(block.layout)}`);
  const n = block.n;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0 || n > MAX_BLOCK_ROWS)
    throw new PackedBlockError(`row count ${String(n)}`);
  const columns = block.columns;
  if (typeof columns !== 'object' || columns === null) throw new PackedBlockError('no columns');
  for (const [field, kind] of Object.entries(kinds)) {
    const column: unknown = Object.hasOwn(columns, field) ? (columns as Row)[field] : undefined;
    const ok =
      kind === 'number'
        ? column instanceof Float64Array && column.length === n
        : kind === 'boolean'
          ? column instanceof Uint8Array && column.length === n
          : kind === 'lngLat'
            ? Array.isArray(column) &&
              column.length === 2 &&
              column.every((c) => c instanceof Float64Array && c.length === n)
            : Array.isArray(column) && column.length === n && allStrings(column);
    if (!ok) throw new PackedBlockError(`column ${field} is not ${n} × ${kind}`);
  }
  return { n, columns: columns as Row };
}

/** Every index holds a string (a loop, not `every`: `every` skips the holes of a sparse array). */
function allStrings(column: readonly unknown[]): boolean {
  for (let i = 0; i < column.length; i++) if (typeof column[i] !== 'string') return false;
  return true;
}
