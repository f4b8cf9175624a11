/**
 * The daily report's incident rules: open at an instant by the lifecycle times (a past day's
 * report is not coloured by what happened since), reported / resolved within a day, and the
 * day's clock-hour buckets — with a property: every incident reported that day lands in
 * exactly one bucket of its type.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, startOfDay } from '#common/domain/time';
import { incidentTypes, type Incident } from '#common/schemas';
import {
  incidentsByHourOfDay,
  openAt,
  reportedWithin,
  resolvedBy,
  resolvedWithin,
} from '#renderer/features/reports/reportIncidents';

const DAY = startOfDay('2026-11-27');
const END = DAY + 24 * HOUR_MS;
const life = (reportedAt: number, resolvedAt: number | null, status: Incident['status'] = 'new') => ({
  reportedAt,
  resolvedAt,
  status: resolvedAt !== null ? ('resolved' as const) : status,
});

describe('open at an instant', () => {
  it('open once reported, until resolved', () => {
    const i = life(DAY + 10 * HOUR_MS, DAY + 30 * HOUR_MS);
    expect(openAt(i, DAY + 9 * HOUR_MS)).toBe(false);
    expect(openAt(i, DAY + 10 * HOUR_MS)).toBe(true);
    // resolved the next day: still open at the end of this one
    expect(openAt(i, END - 1)).toBe(true);
    expect(openAt(i, DAY + 30 * HOUR_MS)).toBe(false);
  });

  it('a resolved record without its time counts as resolved; an open one stays open', () => {
    expect(resolvedBy({ reportedAt: DAY, resolvedAt: null, status: 'resolved' }, DAY)).toBe(true);
    expect(openAt({ reportedAt: DAY, resolvedAt: null, status: 'in-progress' }, END)).toBe(true);
  });

  it('reported and resolved within the day: [dayStart, dayEnd)', () => {
    expect(reportedWithin(life(DAY, null), DAY, END)).toBe(true);
    expect(reportedWithin(life(END, null), DAY, END)).toBe(false);
    expect(resolvedWithin(life(DAY - HOUR_MS, END - 1), DAY, END)).toBe(true);
    expect(resolvedWithin(life(DAY, null), DAY, END)).toBe(false);
  });
});

describe('incidents by hour of the day', () => {
  const incident = (reportedAt: number, type: Incident['type']) => ({ reportedAt, type }) as Incident;

  it('24 buckets from the day start; incidents before or after the day are left out', () => {
    const hours = incidentsByHourOfDay(
      [incident(DAY + 90 * 60_000, 'dispute'), incident(DAY - 1, 'dispute'), incident(END, 'medical')],
      DAY,
    );
    expect(hours).toHaveLength(24);
    expect(hours[0]?.hourStart).toBe(DAY);
    expect(hours[1]?.byType.dispute).toBe(1);
    expect(hours.reduce((n, h) => n + Object.values(h.byType).reduce((a, b) => a + b, 0), 0)).toBe(1);
  });

  it('every incident of the day is counted once, under its type and hour (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.integer({ min: 0, max: 24 * HOUR_MS - 1 }),
            type: fc.constantFrom(...incidentTypes),
          }),
          { maxLength: 60 },
        ),
        (items) => {
          const hours = incidentsByHourOfDay(
            items.map((x) => incident(DAY + x.at, x.type)),
            DAY,
          );
          for (const type of incidentTypes)
            for (let h = 0; h < 24; h++) {
              const expected = items.filter(
                (x) => x.type === type && Math.floor(x.at / HOUR_MS) === h,
              ).length;
              expect(hours[h]?.byType[type]).toBe(expected);
            }
        },
      ),
    );
  });
});
