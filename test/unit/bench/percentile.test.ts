/** The benches' percentile is the nearest rank: always a measured sample, never interpolated. */
import { describe, expect, it } from 'vitest';
import { p95, percentile } from '#bench/percentile';

describe('percentile', () => {
  const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20, 19, … 1, unsorted

  it('gives the smallest sample with at least p of all at or below it', () => {
    expect(percentile(samples, 0.5)).toBe(10);
    expect(p95(samples)).toBe(19);
    expect(percentile(samples, 1)).toBe(20);
    expect(percentile(samples, 0)).toBe(1);
  });

  it('leaves its input unsorted and answers NaN for no samples', () => {
    percentile(samples, 0.5);
    expect(samples[0]).toBe(20);
    expect(percentile([], 0.95)).toBeNaN();
  });
});
