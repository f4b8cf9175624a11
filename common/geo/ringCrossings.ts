/**
 * Finds where an outline's rings cross or touch themselves or each other, in O(n log n) for
 * any real outline: every segment's bounding box goes into a static packed R-tree (flatbush),
 * and each segment is tested exactly only against the few segments whose boxes meet its own.
 * A plain sweep over x (sweepline-intersections) compares a segment with every segment open
 * at the same x, so a long north–south boundary traced at a metre is quadratic again (33 s for
 * 40,000 positions); the pairwise @turf/kinks is quadratic always (15.9 s).
 *
 * Contact counts as well as crossing: a ring passing twice through one point, a vertex lying on
 * another edge, an edge folding back on the previous one (a spike), and a hole touching its
 * outline are all reported, because a grid outline must be a simple polygon. Neighbouring
 * segments of a ring may share only their common vertex.
 */
import Flatbush from 'flatbush';

export type Position = readonly [number, number];

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether c, known to be collinear with a–b, lies within the segment's box. */
function within(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/** Where segments a–b and c–d meet (cross or touch), or null. */
export function segmentContact(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): [number, number] | null {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) {
    const t = o3 / (o3 - o4);
    return [ax + t * (bx - ax), ay + t * (by - ay)];
  }
  if (o1 === 0 && within(ax, ay, bx, by, cx, cy)) return [cx, cy];
  if (o2 === 0 && within(ax, ay, bx, by, dx, dy)) return [dx, dy];
  if (o3 === 0 && within(cx, cy, dx, dy, ax, ay)) return [ax, ay];
  if (o4 === 0 && within(cx, cy, dx, dy, bx, by)) return [bx, by];
  return null;
}

/** How often (in segments) a long check reports progress. */
const PROGRESS_EVERY = 4096;

/**
 * The first point where the rings cross or touch, or null for a simple outline. Rings are
 * closed (first position = last). `onProgress(done, total)` counts segments tested.
 */
export function firstRingContact(
  rings: ReadonlyArray<ReadonlyArray<Position>>,
  onProgress?: (done: number, total: number) => void,
): [number, number] | null {
  let n = 0;
  for (const ring of rings) n += Math.max(0, ring.length - 1);
  if (n === 0) return null;
  const ax = new Float64Array(n);
  const ay = new Float64Array(n);
  const bx = new Float64Array(n);
  const by = new Float64Array(n);
  const ringOf = new Uint32Array(n);
  const first = new Uint32Array(n);
  const last = new Uint32Array(n);
  const index = new Flatbush(n);
  let s = 0;
  for (const [r, ring] of rings.entries()) {
    const start = s;
    for (let i = 0; i + 1 < ring.length; i++, s++) {
      const [x0, y0] = ring[i]!;
      const [x1, y1] = ring[i + 1]!;
      ax[s] = x0;
      ay[s] = y0;
      bx[s] = x1;
      by[s] = y1;
      ringOf[s] = r;
      index.add(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    }
    first.fill(start, start, s);
    last.fill(s - 1, start, s);
  }
  index.finish();

  for (let i = 0; i < n; i++) {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i, n);
    const x0 = ax[i]!;
    const y0 = ay[i]!;
    const x1 = bx[i]!;
    const y1 = by[i]!;
    const near = index.search(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
    for (const j of near) {
      if (j <= i) continue;
      const sameRing = ringOf[i] === ringOf[j];
      const next = sameRing && j === i + 1;
      const wraps = sameRing && i === first[i] && j === last[i];
      if (next || wraps) {
        // neighbours share one vertex; they touch elsewhere only by folding back on each other
        const [px, py, qx, qy, rx, ry] = next
          ? [x0, y0, x1, y1, bx[j]!, by[j]!]
          : [ax[j]!, ay[j]!, x0, y0, x1, y1];
        const folds =
          orient(px, py, qx, qy, rx, ry) === 0 && (qx - px) * (rx - qx) + (qy - py) * (ry - qy) < 0;
        if (folds) return [qx, qy];
        continue;
      }
      const contact = segmentContact(x0, y0, x1, y1, ax[j]!, ay[j]!, bx[j]!, by[j]!);
      if (contact) return contact;
    }
  }
  onProgress?.(n, n);
  return null;
}
