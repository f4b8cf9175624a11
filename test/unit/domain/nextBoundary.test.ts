/** nextBoundary / nextDayStart: until when a board answer computed at `now` holds. */
import { describe, expect, it } from 'vitest';
import { nextBoundary, nextDayStart } from '#common/domain/nextBoundary';
import { dayOf, startOfDay } from '#common/domain/time';

describe('nextBoundary', () => {
  it('is the earliest boundary strictly after now, skipping past ones and nulls', () => {
    expect(nextBoundary(100, [50, 100, 300, null, 150, 101])).toBe(101);
  });
  it('is Infinity when nothing lies ahead (an open-ended level, no shifts)', () => {
    expect(nextBoundary(100, [null, 20, 100])).toBe(Infinity);
    expect(nextBoundary(100, [])).toBe(Infinity);
  });
});

describe('nextDayStart', () => {
  it('is the next station-local midnight (UTC+8), also from just before it', () => {
    const noon = Date.parse('2026-12-07T12:00:00+08:00');
    expect(nextDayStart(noon)).toBe(Date.parse('2026-12-08T00:00:00+08:00'));
    const lastMs = startOfDay('2026-12-08') - 1;
    expect(dayOf(lastMs)).toBe('2026-12-07');
    expect(nextDayStart(lastMs)).toBe(startOfDay('2026-12-08'));
    expect(nextDayStart(startOfDay('2026-12-08'))).toBe(startOfDay('2026-12-09'));
  });
});
