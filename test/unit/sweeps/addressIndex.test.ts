/** Address matching for fast visit entry: every term must match, order kept, limit respected. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressLabel,
  buildAddressIndex,
  matchAddresses,
  queryTerms,
} from '#renderer/features/sweeps/addressIndex';

const hh = (id: string, address: string, building = '', unit = '', room = '') => ({
  id,
  gridId: 'g',
  address,
  building,
  unit,
  room,
});

describe('address matching', () => {
  const index = buildAddressIndex([
    hh('1', '思明区莲前街道前埔二里12号 12栋 1单元 301', '12', '1', '301'),
    hh('2', '思明区莲前街道前埔二里14号 14栋 2单元 502', '14', '2', '502'),
    hh('3', '湖里区江头街道吕厝社区8号', '8', '', '101'),
  ]);

  it('finds by a fragment of the address and by several terms', () => {
    expect(matchAddresses(index, '前埔').map((e) => e.householdId)).toEqual(['1', '2']);
    expect(matchAddresses(index, '前埔 502').map((e) => e.householdId)).toEqual(['2']);
    expect(matchAddresses(index, '吕厝').map((e) => e.householdId)).toEqual(['3']);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(matchAddresses(index, '   ')).toEqual([]);
    expect(matchAddresses(index, '思明', 1)).toHaveLength(1);
  });

  it('labels add building-unit-room only when the address lacks them', () => {
    expect(addressLabel(hh('x', 'A路12号', '12', '1', '301'))).toBe('A路12号 12-1-301');
    expect(addressLabel(hh('x', 'A路12号 3栋 2单元 501', '3', '2', '501'))).toBe('A路12号 3栋 2单元 501');
    expect(addressLabel(hh('x', '梧侣下宅23号'))).toBe('梧侣下宅23号');
  });

  it('every match contains every term; no non-match is missed below the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 })), { maxLength: 60 }),
        fc.string({ maxLength: 4 }),
        (rows, query) => {
          const idx = buildAddressIndex(rows.map(([id, a]) => hh(id, a)));
          const found = matchAddresses(idx, query, 1000);
          const terms = queryTerms(query);
          for (const e of found) for (const t of terms) expect(e.label.toLowerCase()).toContain(t);
          const expected =
            terms.length === 0
              ? 0
              : idx.entries.filter((e) => terms.every((t) => e.label.toLowerCase().includes(t))).length;
          expect(found.length).toBe(expected);
        },
      ),
    );
  });
  it('puts an address typed in full first, even when a longer one containing it sorts before it', () => {
    const idx = buildAddressIndex([
      hh('00000000-0000-4000-8000-000000000001', '安岭路40号 2栋 3单元 1202'),
      hh('00000000-0000-4000-8000-000000000002', '安岭路40号 2栋 3单元 202'),
    ]);
    const found = matchAddresses(idx, '安岭路40号 2栋 3单元 202');
    expect(found.map((e) => e.label)).toEqual(['安岭路40号 2栋 3单元 202', '安岭路40号 2栋 3单元 1202']);
    expect(matchAddresses(idx, '3单元').map((e) => e.label)).toEqual(idx.entries.map((e) => e.label));
  });
});
