/**
 * The packed-block column layout (renderer/db/packedColumns.ts) on the demo's own households and
 * visits: the round trip gives back every row as the schema parses it, and a row or a block of
 * the wrong shape is refused with PackedBlockError instead of being packed or read half right.
 */
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '#common/demo';
import { householdSchema, sweepVisitSchema, type Household } from '#common/schemas';
import { packColumns, PackedBlockError, unpackColumns, MAX_BLOCK_ROWS } from '#renderer/db/packedColumns';
import { householdColumns, visitColumns } from '#renderer/db/packedColumnSpecs';

const data = await generateDemoData({ size: 'station', now: Date.UTC(2026, 11, 7, 2) });
const households = data.households.slice(0, 300);
const visits = data.visits.slice(0, 300);

describe('packColumns / unpackColumns', () => {
  it('gives back every household and visit exactly, valid by its schema', () => {
    const h = unpackColumns(householdColumns, packColumns(householdColumns, households));
    expect(h).toEqual(households);
    expect(h.every((row) => householdSchema.safeParse(row).success)).toBe(true);
    const v = unpackColumns(visitColumns, packColumns(visitColumns, visits));
    expect(v).toEqual(visits);
    expect(v.every((row) => sweepVisitSchema.safeParse(row).success)).toBe(true);
  });

  it('keeps deleted rows, large epoch times and an empty block', () => {
    const row = { ...(households[0] as Household), deleted: true, updatedAt: 8_640_000_000_000_000 };
    expect(unpackColumns(householdColumns, packColumns(householdColumns, [row]))).toEqual([row]);
    expect(unpackColumns(householdColumns, packColumns(householdColumns, []))).toEqual([]);
  });

  it('refuses a row with a field the spec lacks, a missing field or a value of another kind', () => {
    const row = households[0] as Household;
    const pack = (r: unknown) => () => packColumns(householdColumns, [row, r as Household]);
    expect(pack({ ...row, addressKey: 'X' })).toThrow(/row 1: 14 fields/);
    const { room: _room, ...noRoom } = row;
    expect(pack(noRoom)).toThrow(PackedBlockError);
    expect(pack({ ...row, version: '3' })).toThrow(/row 1: version is not a number/);
    expect(pack({ ...row, point: [118.1] })).toThrow(/point is not a lngLat/);
    expect(pack(Object.assign(Object.create({ room: '1' }) as object, noRoom))).toThrow(PackedBlockError);
  });

  it('refuses a stored value that is not a well-formed block, naming what is wrong', () => {
    const good = packColumns(householdColumns, households.slice(0, 3));
    const unpack = (stored: unknown) => () => unpackColumns(householdColumns, stored);
    expect(unpack(null)).toThrow(/not a block/);
    expect(unpack({ ...good, layout: 2 })).toThrow(/layout 2/);
    expect(unpack({ ...good, n: 4 })).toThrow(/column id is not 4 × string/);
    expect(unpack({ ...good, n: MAX_BLOCK_ROWS + 1 })).toThrow(/row count/);
    expect(unpack({ ...good, n: -1 })).toThrow(/row count/);
    expect(unpack({ ...good, columns: { ...good.columns, version: [1, 1, 1] } })).toThrow(/column version/);
    expect(unpack({ ...good, columns: { ...good.columns, address: new Array(3) } })).toThrow(
      /column address/,
    );
    const { deleted: _deleted, ...noDeleted } = good.columns;
    expect(unpack({ ...good, columns: noDeleted })).toThrow(/column deleted/);
    const inherited = Object.assign(Object.create(good.columns) as object, {});
    expect(unpack({ ...good, columns: inherited })).toThrow(PackedBlockError);
  });

  it('refuses a block larger than the limit before packing a row', () => {
    const many = { length: MAX_BLOCK_ROWS + 1 } as unknown as Household[];
    expect(() => packColumns(householdColumns, many)).toThrow(/block of 100001 rows/);
  });
});
