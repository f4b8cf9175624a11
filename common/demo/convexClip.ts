/**
 * Clipping a polygon ring by a convex window (a Voronoi cell), fast enough for hundreds of
 * boundary cells. Sutherland–Hodgman is exact when the ring crosses the window's boundary at
 * most twice (the overlap is one piece); with more crossings its output may carry zero-area
 * bridges along the window edge, which the caller cleans with a general clipper. Either way
 * its shoelace area and centroid equal the true overlap's, which is all relaxation needs.
 */

export type Pt = readonly [number, number];

/** Signed area ×2 (positive when counter-clockwise). */
export function signedArea2(ring: readonly Pt[]): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Pt;
    const q = ring[i + 1] as Pt;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a;
}

/** Clips a closed `subject` ring by a closed convex `window` ring; returns a closed ring or []. */
export function clipByConvex(subject: readonly Pt[], window: readonly Pt[]): Pt[] {
  const ccw = signedArea2(window) > 0;
  let output: Pt[] = subject.slice(0, -1);
  for (let i = 0; i + 1 < window.length && output.length > 0; i++) {
    const a = window[i] as Pt;
    const b = window[i + 1] as Pt;
    const side = (p: Pt): number => {
      const s = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
      return ccw ? s : -s;
    };
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const cur = input[j] as Pt;
      const prev = input[(j + input.length - 1) % input.length] as Pt;
      const sc = side(cur);
      const sp = side(prev);
      if (sc >= 0) {
        if (sp < 0) output.push(cross(prev, cur, sp, sc));
        output.push(cur);
      } else if (sp >= 0) {
        output.push(cross(prev, cur, sp, sc));
      }
    }
  }
  if (output.length < 3) return [];
  const first = output[0] as Pt;
  return [...output, first];
}

function cross(p: Pt, q: Pt, sp: number, sq: number): Pt {
  const t = sp / (sp - sq);
  return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
}

function segmentsCross(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o = (p: Pt, q: Pt, r: Pt): number => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = o(a, b, c);
  const d2 = o(a, b, d);
  const d3 = o(c, d, a);
  const d4 = o(c, d, b);
  return d1 > 0 !== d2 > 0 && d3 > 0 !== d4 > 0;
}

/** How many times `ring` crosses the boundary of `window` (bbox-filtered brute force). */
export function boundaryCrossings(ring: readonly Pt[], window: readonly Pt[]): number {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of window) {
    minX = Math.min(minX, p[0]);
    maxX = Math.max(maxX, p[0]);
    minY = Math.min(minY, p[1]);
    maxY = Math.max(maxY, p[1]);
  }
  let n = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Pt;
    const q = ring[i + 1] as Pt;
    if (Math.max(p[0], q[0]) < minX || Math.min(p[0], q[0]) > maxX) continue;
    if (Math.max(p[1], q[1]) < minY || Math.min(p[1], q[1]) > maxY) continue;
    for (let j = 0; j + 1 < window.length; j++) {
      if (segmentsCross(p, q, window[j] as Pt, window[j + 1] as Pt)) n++;
    }
  }
  return n;
}
