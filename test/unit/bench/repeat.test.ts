/** `npm run bench -- --repeat N`: the command line and the folding of N runs into medians. */
import { describe, expect, it } from 'vitest';
import { foldRuns, median, parseBenchArgs } from '#bench/repeat';
import type { BenchResult } from '#bench/results';

const result = (name: string, value: number, baseline: number): BenchResult => ({
  name,
  value,
  unit: 'ms',
  baseline,
  ratio: value / baseline,
  target: '≤ 1',
  note: 'n',
});

describe('bench --repeat', () => {
  it('reads the count in both spellings and keeps the prefixes', () => {
    expect(parseBenchArgs(['sync', '--repeat', '3', 'report'])).toEqual({ only: ['sync', 'report'], repeat: 3 });
    expect(parseBenchArgs(['--repeat=5'])).toEqual({ only: [], repeat: 5 });
    expect(parseBenchArgs([])).toEqual({ only: [], repeat: 1 });
  });

  it('refuses a count that is not a small whole number, and unknown options', () => {
    for (const bad of [['--repeat'], ['--repeat', '0'], ['--repeat', '2.5'], ['--repeat=x'], ['--repeat', '21']])
      expect(() => parseBenchArgs(bad)).toThrow(/--repeat takes a whole number/);
    expect(() => parseBenchArgs(['--repaet', '3'])).toThrow(/unknown option --repaet/);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('folds runs into the median value, baseline and paired ratio, with the spread', () => {
    const folded = foldRuns([
      [result('a', 100, 50), result('b', 10, 10)],
      [result('a', 300, 100), result('b', 12, 10)],
      [result('a', 120, 40), result('b', 11, 10)],
    ]);
    expect(folded.map((r) => r.name)).toEqual(['a', 'b']);
    const a = folded[0];
    expect(a?.value).toBe(120);
    expect(a?.baseline).toBe(50);
    // ratios per run: 2, 3, 3 → median 3 (not 120/50: each ratio pairs a figure with its own baseline)
    expect(a?.ratio).toBe(3);
    expect(a?.spread).toEqual({ min: 100, max: 300 });
    expect(a?.runs).toBe(3);
    expect(a?.note).toMatch(/^median of 3 runs \(values 100–300 ms\); n$/);
  });

  it('passes a single run through unchanged', () => {
    const run = [result('a', 1, 2)];
    expect(foldRuns([run])).toEqual(run);
  });
});
