/**
 * Today's gate checks per checkpoint and hour (renderer/features/gate/gateCounts.ts, pure):
 * each check lands in its station hour, refusals, fever readings (≥ 37.3 °C) and exit attempts
 * at in-only checkpoints are counted, and checks of other checkpoints, other days or deleted
 * are not — against a brute-force count over random checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, HOUR_MS, startOfDay } from '#common/domain/time';
import { gateResults, type GateResult } from '#common/schemas';
import { countGateChecks } from '#renderer/features/gate/gateCounts';

const DAY_START = startOfDay(dayOf(Date.UTC(2022, 9, 1, 4)));

describe('gate counts', () => {
  it('agrees with a brute-force count', () => {
    const check = fc.record({
      checkpointId: fc.constantFrom('a', 'b'),
      checkedAt: fc.integer({ min: DAY_START - 3 * HOUR_MS, max: DAY_START + 27 * HOUR_MS }),
      result: fc.constantFrom<GateResult>(...gateResults),
      temperature: fc.option(fc.constantFrom(36.5, 37.2, 37.3, 38.9), { nil: null }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(check, { maxLength: 80 }), (checks) => {
        const counts = countGateChecks('a', checks, DAY_START);
        const mine = checks.filter(
          (c) =>
            c.checkpointId === 'a' &&
            !c.deleted &&
            c.checkedAt >= DAY_START &&
            c.checkedAt < DAY_START + 24 * HOUR_MS,
        );
        expect(counts.checks).toBe(mine.length);
        expect(counts.refused).toBe(mine.filter((c) => c.result !== 'valid').length);
        expect(counts.fever).toBe(mine.filter((c) => c.temperature !== null && c.temperature >= 37.3).length);
        expect(counts.exitAttempts).toBe(mine.filter((c) => c.result === 'exit-at-in-only').length);
        for (let h = 0; h < 24; h++) {
          const inHour = mine.filter((c) => Math.floor((c.checkedAt - DAY_START) / HOUR_MS) === h);
          expect(counts.hours[h]).toEqual({
            checks: inHour.length,
            refused: inHour.filter((c) => c.result !== 'valid').length,
          });
        }
      }),
    );
  });
});
