/**
 * The printed map's geometry without a map engine (print/paperProjection.ts, ReportMapSvg.tsx):
 * the grids' bounds fitted into the frame inside its margin, centred, with Web Mercator's aspect
 * kept (checked against Mercator metres computed here on their own); outlines written as SVG
 * paths with one closed subpath per ring (holes and multipolygon parts included); and the symbol
 * size, full up to 150 symbols, shrinking beyond, never below its minimum.
 */
import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LngLat } from '#common/schemas';
import type { Bounds } from '#renderer/map/gridGeometry';
import { fitProjection, pathOf } from '#renderer/features/reports/print/paperProjection';
import { MAP_HEIGHT, MAP_WIDTH, symbolSize } from '#renderer/features/reports/print/ReportMapSvg';

/** WGS-84 / Web Mercator sphere radius, metres. */
const R = 6_378_137;
const toRad = (deg: number) => (deg * Math.PI) / 180;
const toDeg = (rad: number) => (rad * 180) / Math.PI;
/** Web Mercator metres of a point: x = Rλ, y = R·atanh(sin φ). */
const mercator = ([lng, lat]: LngLat): [number, number] => [
  R * toRad(lng),
  R * Math.atanh(Math.sin(toRad(lat))),
];
/** The point at Mercator metres (x, y): φ = 2·atan(e^(y/R)) − π/2. */
const fromMercator = (x: number, y: number): LngLat => [
  toDeg(x / R),
  toDeg(2 * Math.atan(Math.exp(y / R)) - Math.PI / 2),
];

/** Bounds of a box of `width` × `height` Mercator metres centred on `centre`. */
function boxBounds(centre: LngLat, width: number, height: number): Bounds {
  const [cx, cy] = mercator(centre);
  const [west, south] = fromMercator(cx - width / 2, cy - height / 2);
  const [east, north] = fromMercator(cx + width / 2, cy + height / 2);
  return [west, south, east, north];
}

const corners = ([west, south, east, north]: Bounds): LngLat[] => [
  [west, north],
  [east, north],
  [east, south],
  [west, south],
];

const XIAMEN: LngLat = [118.1, 24.5];
const EPS = 1e-6;

const frames = [
  { label: 'the report frame', width: MAP_WIDTH, height: MAP_HEIGHT, margin: 40 },
  { label: 'a portrait frame', width: 600, height: 900, margin: 25 },
];
const boxes = [
  { label: 'a wide district', width: 30_000, height: 8_000 },
  { label: 'a tall district', width: 6_000, height: 24_000 },
  { label: 'a square station', width: 5_000, height: 5_000 },
];

describe('fitProjection', () => {
  for (const frame of frames)
    for (const box of boxes)
      it(`fits ${box.label} into ${frame.label}: inside the margin, centred, aspect kept`, () => {
        const bounds = boxBounds(XIAMEN, box.width, box.height);
        const projection = fitProjection(bounds, frame.width, frame.height, frame.margin);
        const drawn = corners(bounds).map((c) => projection.project(c));
        const xs = drawn.map(([x]) => x);
        const ys = drawn.map(([, y]) => y);

        for (const [x, y] of drawn) {
          expect(x).toBeGreaterThanOrEqual(frame.margin - EPS);
          expect(x).toBeLessThanOrEqual(frame.width - frame.margin + EPS);
          expect(y).toBeGreaterThanOrEqual(frame.margin - EPS);
          expect(y).toBeLessThanOrEqual(frame.height - frame.margin + EPS);
        }
        // north up: the north edge is drawn above the south edge (y grows downwards)
        expect(projection.project([bounds[0], bounds[3]])[1]).toBeLessThan(
          projection.project([bounds[0], bounds[1]])[1],
        );

        const drawnWidth = Math.max(...xs) - Math.min(...xs);
        const drawnHeight = Math.max(...ys) - Math.min(...ys);
        // aspect kept: drawn sides in the ratio of the Mercator metres
        expect(drawnWidth / drawnHeight).toBeCloseTo(box.width / box.height, 6);

        // one axis fills the frame less its margins; the other has slack and is centred
        const roomX = frame.width - 2 * frame.margin;
        const roomY = frame.height - 2 * frame.margin;
        const xBinds = box.width / box.height >= roomX / roomY;
        if (xBinds) {
          expect(drawnWidth).toBeCloseTo(roomX, 6);
          expect(drawnHeight).toBeLessThanOrEqual(roomY + EPS);
        } else {
          expect(drawnHeight).toBeCloseTo(roomY, 6);
          expect(drawnWidth).toBeLessThanOrEqual(roomX + EPS);
        }
        expect((Math.min(...xs) + Math.max(...xs)) / 2).toBeCloseTo(frame.width / 2, 6);
        expect((Math.min(...ys) + Math.max(...ys)) / 2).toBeCloseTo(frame.height / 2, 6);
      });

  it('draws a square of Mercator metres as a square, wherever it lies inside the bounds', () => {
    const bounds = boxBounds(XIAMEN, 20_000, 9_000);
    const projection = fitProjection(bounds, MAP_WIDTH, MAP_HEIGHT, 40);
    const [cx, cy] = mercator(XIAMEN);
    for (const [dx, dy] of [
      [-8_000, -3_000],
      [0, 0],
      [6_000, 2_500],
    ] as const) {
      const side = 1_500;
      const sw = projection.project(fromMercator(cx + dx, cy + dy));
      const ne = projection.project(fromMercator(cx + dx + side, cy + dy + side));
      const w = ne[0] - sw[0];
      const h = sw[1] - ne[1];
      expect(w).toBeGreaterThan(0);
      expect(w / h).toBeCloseTo(1, 6);
      // the same metres make the same units anywhere in the frame (one scale)
      const bx = projection.project(fromMercator(cx - 8_000, cy))[0];
      const ex = projection.project(fromMercator(cx - 8_000 + side, cy))[0];
      expect(ex - bx).toBeCloseTo(w, 6);
    }
  });
});

/** A closed square ring of side `d` degrees at (lng, lat), counter-clockwise. */
const square = (lng: number, lat: number, d: number): LngLat[] => [
  [lng, lat],
  [lng + d, lat],
  [lng + d, lat + d],
  [lng, lat + d],
  [lng, lat],
];

/** Subpaths of SVG path data: each must start with M and end with Z. */
function subpaths(d: string): string[] {
  return d.split('Z').filter((part) => part.length > 0);
}

/** The numbers of a subpath, as [x, y] pairs. */
function pointsOf(subpath: string): [number, number][] {
  const numbers = subpath.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  const pairs: [number, number][] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push([numbers[i]!, numbers[i + 1]!]);
  return pairs;
}

describe('pathOf', () => {
  const outer = square(118.0, 24.4, 0.1);
  const hole = square(118.03, 24.43, 0.02);
  const bounds: Bounds = [118.0, 24.4, 118.3, 24.6];
  const projection = fitProjection(bounds, MAP_WIDTH, MAP_HEIGHT, 40);

  it('writes a polygon with a hole as two closed subpaths, point for point', () => {
    const geometry: AreaGeometry = { type: 'Polygon', coordinates: [outer, hole] };
    const d = pathOf(geometry, projection);
    expect(d.endsWith('Z')).toBe(true);
    const parts = subpaths(d);
    expect(parts).toHaveLength(2);
    [outer, hole].forEach((ring, r) => {
      const part = parts[r]!;
      expect(part.startsWith('M')).toBe(true);
      expect(part.match(/M/g)).toHaveLength(1);
      expect(part.match(/L/g)).toHaveLength(ring.length - 1);
      const points = pointsOf(part);
      expect(points).toHaveLength(ring.length);
      points.forEach(([x, y], i) => {
        const [px, py] = projection.project(ring[i]!);
        expect(Math.abs(x - px)).toBeLessThanOrEqual(0.05 + EPS);
        expect(Math.abs(y - py)).toBeLessThanOrEqual(0.05 + EPS);
      });
    });
  });

  it('writes every ring of every part of a multipolygon', () => {
    const geometry: AreaGeometry = {
      type: 'MultiPolygon',
      coordinates: [[outer, hole], [square(118.2, 24.5, 0.05)]],
    };
    const rings = geometry.coordinates.flat();
    const parts = subpaths(pathOf(geometry, projection));
    expect(parts).toHaveLength(rings.length);
    parts.forEach((part, r) => {
      expect(part.startsWith('M')).toBe(true);
      expect(pointsOf(part)).toHaveLength(rings[r]!.length);
    });
  });
});

describe('symbolSize', () => {
  const full = symbolSize(0);

  it('is full size up to 150 symbols', () => {
    for (const n of [0, 1, 40, 149, 150]) expect(symbolSize(n)).toBe(full);
    expect(full).toBe(34);
  });

  it('shrinks past 150 symbols and never goes below its minimum', () => {
    expect(symbolSize(151)).toBeLessThan(full);
    let previous = full;
    for (let n = 151; n <= 5_000; n += 37) {
      const size = symbolSize(n);
      expect(size).toBeLessThanOrEqual(previous);
      expect(size).toBeGreaterThanOrEqual(14);
      previous = size;
    }
    expect(symbolSize(400)).toBeLessThan(symbolSize(200));
    expect(symbolSize(1_000_000)).toBe(14);
  });
});
