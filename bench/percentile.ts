/**
 * Nearest-rank percentiles of a bench's samples (`p` in 0–1): the smallest sample with at least
 * p of all samples at or below it, so a reported p95 is a time that was measured. NaN when empty.
 */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? NaN;
}

export const p95 = (xs: readonly number[]): number => percentile(xs, 0.95);
