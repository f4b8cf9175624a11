/** Backoff with full jitter: within [0, ceiling), ceiling non-decreasing and capped; reset. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { backoffCeiling, nextBackoff, resetBackoff } from '#common/sync/backoff';

describe('backoff', () => {
  const options = fc.record({
    baseMs: fc.integer({ min: 1, max: 10_000 }),
    capMs: fc.integer({ min: 1, max: 600_000 }),
  });

  it('waits within [0, min(cap, base·2ⁿ)] whatever the random source says', () => {
    fc.assert(
      fc.property(
        options,
        fc.nat({ max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (o, attempt, r) => {
          const { delayMs, state } = nextBackoff({ attempt }, { ...o, random: () => r });
          expect(delayMs).toBeGreaterThanOrEqual(0);
          expect(delayMs).toBeLessThanOrEqual(Math.min(o.capMs, o.baseMs * 2 ** attempt));
          expect(delayMs).toBeLessThanOrEqual(o.capMs);
          expect(state.attempt).toBe(attempt + 1);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  it('has a ceiling that never decreases and stays at the cap', () => {
    fc.assert(
      fc.property(options, fc.nat({ max: 2000 }), (o, n) => {
        expect(backoffCeiling(n + 1, o)).toBeGreaterThanOrEqual(backoffCeiling(n, o));
        expect(backoffCeiling(n, o)).toBeLessThanOrEqual(o.capMs);
      }),
      { seed: 8, numRuns: 500 },
    );
    expect(backoffCeiling(5000, { baseMs: 1000, capMs: 60_000 })).toBe(60_000);
  });

  it('starts from the base after a reset', () => {
    const o = { baseMs: 100, capMs: 10_000, random: () => 0.999 };
    let s = resetBackoff();
    for (let i = 0; i < 10; i++) s = nextBackoff(s, o).state;
    expect(nextBackoff(s, o).delayMs).toBe(9990);
    expect(nextBackoff(resetBackoff(), o).delayMs).toBe(99);
  });
});
