/** Sweep progress against a linear plan: yesterday's quota, covered to date, rate needed to finish. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '#common/domain/time';
import { dailyQuota, sweepPlanFigures } from '#renderer/features/briefing/sweepPlan';

const series = (first: string, perDay: number[], total: number) => {
  let visited = 0;
  return perDay.map((n, i) => {
    visited += n;
    return { day: addDays(first, i), visited, total };
  });
};

describe('dailyQuota', () => {
  it('spreads the households over the campaign days, rounding up', () => {
    expect(dailyQuota(1000, '2022-09-01', '2022-09-10')).toBe(100);
    expect(dailyQuota(1001, '2022-09-01', '2022-09-10')).toBe(101);
    expect(dailyQuota(0, '2022-09-01', '2022-09-10')).toBe(0);
    expect(dailyQuota(10, '2022-09-10', '2022-09-01')).toBe(0);
  });
});

describe('sweepPlanFigures', () => {
  const campaign = { firstDay: '2022-09-21', lastDay: '2022-09-30', total: 1000 };

  it('compares yesterday with the quota and says what is needed per remaining day', () => {
    // 21st..25th: 5 days of data, today is the 25th (partial)
    const s = series('2022-09-21', [120, 80, 90, 60, 30], 1000);
    const f = sweepPlanFigures(s, campaign, '2022-09-25');
    expect(f.coveredYesterday).toBe(60);
    expect(f.planYesterday).toBe(100);
    expect(f.ratioYesterday).toBeCloseTo(0.6);
    expect(f.coveredToDate).toBe(380);
    expect(f.plannedByYesterday).toBe(400);
    expect(f.daysLeft).toBe(6); // 25th..30th
    expect(f.requiredPerDay).toBe(Math.ceil(620 / 6));
  });

  it('yesterday before the campaign has no quota; after the end nothing more is required', () => {
    const before = sweepPlanFigures([], campaign, '2022-09-21');
    expect(before).toMatchObject({
      coveredYesterday: 0,
      planYesterday: 0,
      ratioYesterday: null,
      plannedByYesterday: 0,
    });
    expect(before.daysLeft).toBe(10);
    const after = sweepPlanFigures(series('2022-09-21', Array(10).fill(90), 1000), campaign, '2022-10-02');
    expect(after).toMatchObject({
      requiredPerDay: null,
      daysLeft: 0,
      planYesterday: 0,
      plannedByYesterday: 1000,
    });
  });

  it("yesterday's count is the day-on-day rise of the cumulative series (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 2, maxLength: 10 }), (perDay) => {
        const total = 2000;
        const s = series('2022-09-21', perDay, total);
        const today = addDays('2022-09-21', perDay.length - 1);
        const f = sweepPlanFigures(s, { ...campaign, total }, today);
        expect(f.coveredYesterday).toBe(perDay[perDay.length - 2]);
        expect(f.coveredToDate).toBe(perDay.reduce((a, b) => a + b, 0));
        expect(f.daysLeft).toBe(daysBetween(today, campaign.lastDay).length);
        if (f.requiredPerDay !== null)
          expect(f.requiredPerDay * f.daysLeft).toBeGreaterThanOrEqual(total - f.coveredToDate);
      }),
    );
  });
});
