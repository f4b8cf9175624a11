/** Station-time calendar arithmetic: day boundaries at UTC+8 midnight and day round-trips. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, addDays, dayOf, daysBetween, startOfDay, startOfHour } from '#common/domain/time';

const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2060, 0, 1) });
const day = instant.map(dayOf);

describe('dayOf', () => {
  it('changes day at midnight in UTC+8, i.e. 16:00 UTC', () => {
    expect(dayOf(Date.parse('2022-09-29T15:59:59.999Z'))).toBe('2022-09-29');
    expect(dayOf(Date.parse('2022-09-29T16:00:00.000Z'))).toBe('2022-09-30');
    // 07:59 UTC on the 30th is already the afternoon of the 30th in Xiamen.
    expect(dayOf(Date.parse('2022-09-30T07:59:00.000Z'))).toBe('2022-09-30');
  });

  it('crosses month and year ends in station time', () => {
    expect(dayOf(Date.parse('2022-12-31T16:00:00.000Z'))).toBe('2023-01-01');
    expect(dayOf(Date.parse('2024-02-28T16:00:00.000Z'))).toBe('2024-02-29');
  });

  it('puts every instant inside the day it names', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const start = startOfDay(dayOf(ms));
        expect(start).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(start + DAY_MS);
      }),
    );
  });
});

describe('startOfDay', () => {
  it('is station midnight', () => {
    expect(startOfDay('2022-09-30')).toBe(Date.parse('2022-09-29T16:00:00.000Z'));
  });

  it('round-trips with dayOf', () => {
    fc.assert(fc.property(day, (d) => dayOf(startOfDay(d)) === d));
  });
});

describe('addDays and daysBetween', () => {
  it('adds across month ends', () => {
    expect(addDays('2022-09-30', 1)).toBe('2022-10-01');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(daysBetween('2022-09-29', '2022-10-02')).toEqual([
      '2022-09-29',
      '2022-09-30',
      '2022-10-01',
      '2022-10-02',
    ]);
    expect(daysBetween('2022-10-02', '2022-09-29')).toEqual([]);
  });

  it('addDays(n) then addDays(-n) returns to the same day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (d, n) => addDays(addDays(d, n), -n) === d),
    );
  });

  it('daysBetween(d, d + n) lists n + 1 consecutive days', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const days = daysBetween(d, addDays(d, n));
        expect(days).toHaveLength(n + 1);
        expect(days[0]).toBe(d);
        days.forEach((x, i) => expect(startOfDay(x)).toBe(startOfDay(d) + i * DAY_MS));
      }),
    );
  });
});

describe('startOfHour', () => {
  it('is a whole hour at or before the instant', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const h = startOfHour(ms);
        expect(h % HOUR_MS).toBe(0);
        expect(h <= ms && ms < h + HOUR_MS).toBe(true);
      }),
    );
  });
});
