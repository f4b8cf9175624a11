/**
 * Geometry of the printed report's charts, as plain numbers: value axes with round ticks, the
 * burn-up's area and step line, the incidents-per-hour stacks and the lowest-coverage bars.
 * Pure, so the charts are drawn as SVG in the same render that has the data (no measuring, no
 * frame to wait for before printing) and the shapes can be checked against the data in tests.
 */

/** The plotting area inside a chart's box, in CSS px. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A value axis from 0 to `max` (≥ the data's largest value) with round, evenly spaced ticks. */
export interface ValueAxis {
  max: number;
  ticks: number[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten giving at most `count` intervals to cover `top`. */
export function valueAxis(top: number, count = 4, integers = false): ValueAxis {
  if (!(top > 0)) return { max: 1, ticks: [0, 1] };
  const raw = top / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  let step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  if (integers) step = Math.max(1, Math.ceil(step));
  const intervals = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: intervals + 1 }, (_, i) => round(i * step));
  return { max: round(intervals * step), ticks };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Y of a value on a 0..max axis drawn in a plot box (0 at the bottom). */
export function yOf(value: number, axis: ValueAxis, plot: PlotBox): number {
  return plot.top + plot.height * (1 - value / axis.max);
}

/**
 * Indices of at most `most` labels spread evenly over `n` points, from the first. With
 * `keepLast` the last point is labelled too (the report's day on a burn-up), dropping the
 * regular label before it when the two would crowd.
 */
export function labelIndices(n: number, most: number, keepLast = false): number[] {
  if (n <= 0) return [];
  if (n <= most) return Array.from({ length: n }, (_, i) => i);
  const every = Math.ceil((n - 1) / (most - 1));
  const picked: number[] = [];
  for (let i = 0; i < n; i += every) picked.push(i);
  if (keepLast && picked.at(-1) !== n - 1) {
    if (n - 1 - (picked.at(-1) ?? 0) < every) picked.pop();
    picked.push(n - 1);
  }
  return picked;
}

export interface BurnUpPoint {
  day: string;
  visited: number;
  total: number;
}

export interface BurnUpGeometry {
  axis: ValueAxis;
  /** X of each day's point. */
  xs: number[];
  /** Filled area under the households covered so far (closed path). */
  area: string;
  /** Its upper edge. */
  visitedLine: string;
  /** Households in scope, as steps (the scope changes from one day to the next). */
  totalLine: string;
}

export function burnUpGeometry(points: readonly BurnUpPoint[], plot: PlotBox): BurnUpGeometry {
  const axis = valueAxis(Math.max(0, ...points.map((p) => Math.max(p.visited, p.total))));
  const n = points.length;
  const xs = points.map((_, i) =>
    n === 1 ? plot.left + plot.width / 2 : plot.left + (plot.width * i) / (n - 1),
  );
  const base = plot.top + plot.height;
  const at = (i: number, v: number) => `${px(xs[i] ?? 0)},${px(yOf(v, axis, plot))}`;
  const visitedLine = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${at(i, p.visited)}`).join('');
  const area =
    n === 0 ? '' : `${visitedLine}L${px(xs[n - 1] ?? 0)},${px(base)}L${px(xs[0] ?? 0)},${px(base)}Z`;
  let totalLine = '';
  points.forEach((p, i) => {
    if (i === 0) totalLine = `M${at(0, p.total)}`;
    else totalLine += `H${px(xs[i] ?? 0)}V${px(yOf(p.total, axis, plot))}`;
  });
  if (n === 1)
    totalLine = `M${px(plot.left)},${px(yOf(points[0]?.total ?? 0, axis, plot))}H${px(plot.left + plot.width)}`;
  return { axis, xs, area, visitedLine, totalLine };
}

export interface StackRect<K extends string> {
  bucket: number;
  key: K;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StackedBars<K extends string> {
  axis: ValueAxis;
  /** Centre x of each bucket (for its label). */
  centres: number[];
  rects: Array<StackRect<K>>;
}

/** Stacked columns, one per bucket, stacked in the order of `keys` from the bottom; empty parts drawn not at all. */
export function stackedBars<K extends string>(
  buckets: ReadonlyArray<Partial<Record<K, number>>>,
  keys: readonly K[],
  plot: PlotBox,
): StackedBars<K> {
  const totals = buckets.map((b) => keys.reduce((sum, k) => sum + (b[k] ?? 0), 0));
  const axis = valueAxis(Math.max(0, ...totals), 4, true);
  const slot = buckets.length > 0 ? plot.width / buckets.length : 0;
  const width = slot * 0.72;
  const rects: Array<StackRect<K>> = [];
  const centres = buckets.map((bucket, i) => {
    const centre = plot.left + slot * (i + 0.5);
    let below = 0;
    for (const key of keys) {
      const value = bucket[key] ?? 0;
      if (value <= 0) continue;
      const top = yOf(below + value, axis, plot);
      rects.push({
        bucket: i,
        key,
        x: centre - width / 2,
        y: top,
        width,
        height: yOf(below, axis, plot) - top,
      });
      below += value;
    }
    return centre;
  });
  return { axis, centres, rects };
}

export interface CoverageRow<T> {
  item: T;
  /** Top of the row's bar and the baseline of its labels. */
  y: number;
  labelY: number;
  barWidth: number;
}

/** Horizontal bars on a 0–100 % axis, one row of `rowHeight` each (bar 70 % of the row). */
export function coverageRows<T extends { coverage: number }>(
  items: readonly T[],
  plot: PlotBox,
  rowHeight: number,
): { rows: Array<CoverageRow<T>>; barHeight: number } {
  const barHeight = rowHeight * 0.7;
  const rows = items.map((item, i) => {
    const y = plot.top + rowHeight * i + (rowHeight - barHeight) / 2;
    const clamped = Math.min(1, Math.max(0, item.coverage));
    return { item, y, labelY: y + barHeight / 2, barWidth: plot.width * clamped };
  });
  return { rows, barHeight };
}

/** Coordinates written to 0.1 px: plenty on paper, and short paths. */
export function px(v: number): number {
  return Math.round(v * 10) / 10;
}
