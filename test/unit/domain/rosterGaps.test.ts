/** Roster gaps for a 24-hour post: uncovered intervals, flagged clock hours, staffed-at. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coveredIntervals,
  hoursWithGaps,
  isStaffedAt,
  rosterGaps,
  wholeUncoveredHours,
  type Interval,
  type ShiftSpan,
} from '#common/domain/rosterGaps';
import { DAY_MS, HOUR_MS, startOfDay } from '#common/domain/time';

const MIN = 60_000;
const DAY0 = startOfDay('2022-09-30'); // station midnight
const at = (hour: number, minute = 0) => DAY0 + hour * HOUR_MS + minute * MIN;
const shift = (start: number, end: number, deleted = false): ShiftSpan => ({ start, end, deleted });

describe('rosterGaps', () => {
  const shifts = [
    shift(at(0), at(8)),
    shift(at(8, 10), at(16)),
    shift(at(15), at(20)),
    shift(at(20), at(23)),
  ];

  it('finds the hand-over gap and the uncovered end of the day, merging touching shifts', () => {
    expect(rosterGaps(shifts, at(0), at(24))).toEqual([
      { start: at(8), end: at(8, 10) },
      { start: at(23), end: at(24) },
    ]);
    expect(coveredIntervals(shifts, at(0), at(24))).toEqual([
      { start: at(0), end: at(8) },
      { start: at(8, 10), end: at(23) },
    ]);
  });

  it('flags any hour with an uncovered moment, and separately the wholly unstaffed ones', () => {
    expect(hoursWithGaps(shifts, at(0), at(24))).toEqual([at(8), at(23)]);
    expect(wholeUncoveredHours(shifts, at(0), at(24))).toEqual([at(23)]);
  });

  it('clips to the window and judges partial edge hours by their part inside it', () => {
    expect(rosterGaps(shifts, at(7, 30), at(8, 5))).toEqual([{ start: at(8), end: at(8, 5) }]);
    expect(wholeUncoveredHours(shifts, at(7, 30), at(8, 5))).toEqual([at(8)]);
    expect(hoursWithGaps([], at(7, 30), at(9))).toEqual([at(7), at(8)]);
  });

  it('ignores tombstoned and empty shifts', () => {
    const gone = [shift(at(0), at(24), true), shift(at(5), at(5)), shift(at(6), at(4))];
    expect(rosterGaps(gone, at(0), at(24))).toEqual([{ start: at(0), end: at(24) }]);
    expect(wholeUncoveredHours(gone, at(0), at(24))).toHaveLength(24);
    expect(isStaffedAt(gone, at(5))).toBe(false);
  });

  it('has no gaps in an empty window', () => {
    expect(rosterGaps([], at(5), at(5))).toEqual([]);
    expect(rosterGaps([], at(6), at(5))).toEqual([]);
  });
});

describe('isStaffedAt', () => {
  it('covers [start, end)', () => {
    const shifts = [shift(at(8), at(16))];
    expect(isStaffedAt(shifts, at(8))).toBe(true);
    expect(isStaffedAt(shifts, at(16) - 1)).toBe(true);
    expect(isStaffedAt(shifts, at(16))).toBe(false);
    expect(isStaffedAt(shifts, at(8) - 1)).toBe(false);
  });
});

// ---- properties ----

const WINDOW_START = DAY0;
const arbTime = fc.integer({ min: WINDOW_START - 6 * HOUR_MS, max: WINDOW_START + DAY_MS + 6 * HOUR_MS });
// Minute-aligned times make touching and equal endpoints likely.
const arbMinuteTime = fc.integer({ min: -360, max: 1800 }).map((m) => WINDOW_START + m * MIN);
const arbShift = fc
  .record({ a: fc.oneof(arbTime, arbMinuteTime), b: fc.oneof(arbTime, arbMinuteTime), deleted: fc.boolean() })
  .map(({ a, b, deleted }) => shift(Math.min(a, b), Math.max(a, b), deleted));
const arbShifts = fc.array(arbShift, { maxLength: 12 });
const arbWindow = fc
  .tuple(arbMinuteTime, fc.integer({ min: 1, max: 2 * DAY_MS }))
  .map(([from, length]) => ({ from, to: from + length }));

const length = (xs: readonly Interval[]) => xs.reduce((sum, x) => sum + (x.end - x.start), 0);
const inside = (t: number, xs: readonly Interval[]) => xs.some((x) => x.start <= t && t < x.end);

describe('roster gap properties', () => {
  it('gaps and covered intervals tile the window', () => {
    fc.assert(
      fc.property(arbShifts, arbWindow, (shifts, { from, to }) => {
        const pieces = [...rosterGaps(shifts, from, to), ...coveredIntervals(shifts, from, to)].sort(
          (a, b) => a.start - b.start,
        );
        expect(pieces[0]?.start).toBe(from);
        expect(pieces[pieces.length - 1]?.end).toBe(to);
        pieces.forEach((p, i) => {
          expect(p.end).toBeGreaterThan(p.start);
          const next = pieces[i + 1];
          if (next) expect(next.start).toBe(p.end);
        });
        expect(length(pieces)).toBe(to - from);
      }),
    );
  });

  it('returns merged gaps: sorted, never touching', () => {
    fc.assert(
      fc.property(arbShifts, arbWindow, (shifts, { from, to }) => {
        const gaps = rosterGaps(shifts, from, to);
        for (let i = 1; i < gaps.length; i++) expect(gaps[i]?.start).toBeGreaterThan(gaps[i - 1]?.end ?? 0);
      }),
    );
  });

  it('has no gaps when one shift covers the window', () => {
    fc.assert(
      fc.property(
        arbShifts,
        arbWindow,
        fc.nat(HOUR_MS),
        fc.nat(HOUR_MS),
        (shifts, { from, to }, early, late) => {
          const all = [...shifts, shift(from - early, to + late)];
          expect(rosterGaps(all, from, to)).toEqual([]);
          expect(hoursWithGaps(all, from, to)).toEqual([]);
        },
      ),
    );
  });

  it('never adds a gap when a shift is added', () => {
    fc.assert(
      fc.property(arbShifts, arbShift, arbWindow, (shifts, extra, { from, to }) => {
        const before = rosterGaps(shifts, from, to);
        const after = rosterGaps([...shifts, extra], from, to);
        for (const gap of after)
          expect(before.some((g) => g.start <= gap.start && gap.end <= g.end)).toBe(true);
        expect(length(after)).toBeLessThanOrEqual(length(before));
      }),
    );
  });

  it('agrees with isStaffedAt at every instant of the window', () => {
    fc.assert(
      fc.property(
        arbShifts,
        arbWindow,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true })),
        (shifts, { from, to }, probes) => {
          const gaps = rosterGaps(shifts, from, to);
          const instants = [
            from,
            to - 1,
            ...gaps.flatMap((g) => [g.start, g.end - 1, g.end]),
            ...probes.map((p) => from + Math.floor(p * (to - from - 1))),
          ];
          for (const t of instants.filter((x) => x >= from && x < to))
            expect(isStaffedAt(shifts, t)).toBe(!inside(t, gaps));
        },
      ),
    );
  });

  it('flags exactly the clock hours that contain a gap; wholly uncovered hours are among them', () => {
    fc.assert(
      fc.property(arbShifts, arbWindow, (shifts, { from, to }) => {
        const gaps = rosterGaps(shifts, from, to);
        const flagged = hoursWithGaps(shifts, from, to);
        const whole = wholeUncoveredHours(shifts, from, to);
        expect(flagged.length === 0).toBe(gaps.length === 0);
        for (const h of flagged) {
          expect(h % HOUR_MS).toBe(0);
          expect(gaps.some((g) => g.start < h + HOUR_MS && h < g.end)).toBe(true);
        }
        for (const g of gaps) expect(flagged).toContain(Math.floor(g.start / HOUR_MS) * HOUR_MS);
        for (const h of whole) {
          expect(flagged).toContain(h);
          expect(isStaffedAt(shifts, Math.max(h, from))).toBe(false);
          expect(isStaffedAt(shifts, Math.min(h + HOUR_MS, to) - 1)).toBe(false);
        }
        expect([...flagged].sort((a, b) => a - b)).toEqual(flagged);
        expect(new Set(flagged).size).toBe(flagged.length);
      }),
    );
  });
});
