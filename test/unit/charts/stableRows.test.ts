/** sameRows: what lets the board hand a memoised chart or the map its previous array (useStableRows). */
import { describe, expect, it } from 'vitest';
import { sameRows } from '#renderer/shared/useStableRows';

const bar = (id: string, coverage: number) => ({ id, label: id, name: `网格 ${id}`, coverage });

describe('sameRows', () => {
  it('holds for equal rows in new objects, as a re-run live query answers', () => {
    expect(sameRows([bar('a', 0.5), bar('b', 1)], [bar('a', 0.5), bar('b', 1)])).toBe(true);
  });

  it('fails on one changed value, a different length or order', () => {
    expect(sameRows([bar('a', 0.5)], [bar('a', 0.51)])).toBe(false);
    expect(sameRows([bar('a', 0.5)], [bar('a', 0.5), bar('b', 1)])).toBe(false);
    expect(sameRows([bar('a', 0.5), bar('b', 1)], [bar('b', 1), bar('a', 0.5)])).toBe(false);
  });

  it('compares own fields only: an extra key or a key only inherited differs', () => {
    expect(sameRows([{ a: 1 }], [{ a: 1, b: undefined }])).toBe(false);
    const inherited = Object.create({ a: 1 }) as { a: number; b?: number };
    inherited.b = 1;
    expect(sameRows([{ a: 1 }], [inherited as object])).toBe(false);
  });

  it('compares nested data by value: outlines and points as IndexedDB returns them anew', () => {
    const grid = () => ({
      id: 'g',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [118.1, 24.4],
            [118.2, 24.4],
            [118.1, 24.5],
          ],
        ],
      },
    });
    expect(sameRows([grid()], [grid()])).toBe(true);
    const moved = grid();
    moved.geometry.coordinates[0]![2]![1] = 24.6;
    expect(sameRows([grid()], [moved])).toBe(false);
    expect(sameRows([{ point: [1, 2] }], [{ point: { 0: 1, 1: 2 } }])).toBe(false);
    expect(sameRows([{ tags: ['a'] }], [{ tags: ['a', 'b'] }])).toBe(false);
  });

  it('treats NaN as equal to NaN and 0 apart from -0 (Object.is), as a chart would draw them', () => {
    expect(sameRows([{ v: NaN }], [{ v: NaN }])).toBe(true);
    expect(sameRows([{ v: 0 }], [{ v: -0 }])).toBe(false);
  });
});
