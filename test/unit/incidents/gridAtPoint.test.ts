/** The grid of a point by point-in-polygon, and a point placed inside a chosen grid. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LngLat, PolygonGeometry } from '#common/schemas';
import { gridAtPoint, pointInsideGrid, type GridOutline } from '#renderer/features/incidents/gridAtPoint';

const square = (x: number, y: number, size = 1): PolygonGeometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

/** A 10 × 10 tiling of unit cells at [118, 24]; the cell of (x, y) is independently floor(x), floor(y). */
const X0 = 118;
const Y0 = 24;
const STEP = 0.01;
const cells: GridOutline[] = [];
for (let i = 0; i < 10; i++)
  for (let j = 0; j < 10; j++)
    cells.push({ id: `cell-${i}-${j}`, geometry: square(X0 + i * STEP, Y0 + j * STEP, STEP) });

describe('gridAtPoint', () => {
  it('finds the grid a point lies in, and none for a point outside every grid', () => {
    const a = { id: 'a', geometry: square(0, 0) };
    const b = { id: 'b', geometry: square(1, 0) };
    expect(gridAtPoint([0.5, 0.5], [a, b])).toBe('a');
    expect(gridAtPoint([1.5, 0.5], [a, b])).toBe('b');
    expect(gridAtPoint([2.5, 0.5], [a, b])).toBeNull();
    expect(gridAtPoint([0.5, 5], [a, b])).toBeNull();
    expect(gridAtPoint([0.5, 0.5], [])).toBeNull();
  });

  it('respects holes and every part of a multipolygon', () => {
    const holed: GridOutline = {
      id: 'holed',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [4, 0],
            [4, 4],
            [0, 4],
            [0, 0],
          ],
          [
            [1, 1],
            [3, 1],
            [3, 3],
            [1, 3],
            [1, 1],
          ],
        ],
      },
    };
    const islands: GridOutline = {
      id: 'islands',
      geometry: {
        type: 'MultiPolygon',
        coordinates: [square(10, 10).coordinates, square(20, 20).coordinates],
      },
    };
    expect(gridAtPoint([0.5, 0.5], [holed])).toBe('holed');
    expect(gridAtPoint([2, 2], [holed])).toBeNull();
    expect(gridAtPoint([20.5, 20.5], [holed, islands])).toBe('islands');
    expect(gridAtPoint([15, 15], [holed, islands])).toBeNull();
  });

  it('agrees with the cell arithmetic on a tiling, for any point off the cell borders', () => {
    const offBorder = fc.double({ min: 0.02, max: 0.98, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        offBorder,
        offBorder,
        (i, j, fx, fy) => {
          const point: LngLat = [X0 + (i + fx) * STEP, Y0 + (j + fy) * STEP];
          expect(gridAtPoint(point, cells)).toBe(`cell-${i}-${j}`);
        },
      ),
    );
  });

  it('finds no grid for any point outside the tiling', () => {
    const outside = fc.oneof(
      fc.double({ min: -1, max: -0.001, noNaN: true }),
      fc.double({ min: 10.001, max: 11, noNaN: true }),
    );
    fc.assert(
      fc.property(outside, fc.double({ min: -1, max: 11, noNaN: true }), fc.boolean(), (a, b, swap) => {
        const [u, v] = swap ? [b, a] : [a, b];
        expect(gridAtPoint([X0 + u * STEP, Y0 + v * STEP], cells)).toBeNull();
      }),
    );
  });
});

describe('pointInsideGrid', () => {
  it('gives a point whose grid is the chosen one, also for a concave grid whose centre lies outside it', () => {
    // a thin "U": its centroid is in the gap between the arms
    const u: GridOutline = {
      id: 'u',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [3, 0],
            [3, 3],
            [2.8, 3],
            [2.8, 0.2],
            [0.2, 0.2],
            [0.2, 3],
            [0, 3],
            [0, 0],
          ],
        ],
      },
    };
    const gap: GridOutline = { id: 'gap', geometry: square(0.2, 0.2, 2.6) };
    const p = pointInsideGrid(u);
    expect(p).not.toBeNull();
    expect(gridAtPoint(p as LngLat, [gap, u])).toBe('u');
    for (const cell of cells.slice(0, 20))
      expect(gridAtPoint(pointInsideGrid(cell) as LngLat, cells)).toBe(cell.id);
  });
});
