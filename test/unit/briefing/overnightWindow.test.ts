/** The overnight window: 18:00 station time (UTC+8) on the day before today, up to now. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS } from '#common/domain/time';
import { inWindow, overnightWindow } from '#renderer/features/briefing/overnightWindow';

const at = (iso: string) => Date.parse(iso);

describe('overnightWindow', () => {
  it('at 08:30 on the 30th runs from 18:00 on the 29th (Shanghai), i.e. 10:00 UTC', () => {
    const now = at('2022-09-30T08:30:00+08:00');
    const w = overnightWindow(now);
    expect(w.from).toBe(at('2022-09-29T18:00:00+08:00'));
    expect(new Date(w.from).toISOString()).toBe('2022-09-29T10:00:00.000Z');
    expect(w).toMatchObject({ to: now, yesterday: '2022-09-29', today: '2022-09-30' });
  });

  it('uses the station day, not the UTC day: 01:00 Shanghai is still the previous UTC day', () => {
    const now = at('2022-10-01T01:00:00+08:00'); // 2022-09-30T17:00Z
    const w = overnightWindow(now);
    expect(w.today).toBe('2022-10-01');
    expect(w.from).toBe(at('2022-09-30T18:00:00+08:00'));
  });

  it('crosses a month and a year boundary', () => {
    expect(overnightWindow(at('2023-01-01T07:00:00+08:00')).from).toBe(at('2022-12-31T18:00:00+08:00'));
    expect(overnightWindow(at('2024-03-01T09:00:00+08:00')).from).toBe(at('2024-02-29T18:00:00+08:00'));
  });

  it('late in the evening the window still starts at 18:00 the day before', () => {
    const now = at('2022-09-30T23:30:00+08:00');
    expect(overnightWindow(now).from).toBe(at('2022-09-29T18:00:00+08:00'));
  });

  it('always starts 6 to 30 hours before now, at 18:00 on a whole hour (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }), (now) => {
        const w = overnightWindow(now);
        expect(now - w.from).toBeGreaterThanOrEqual(6 * HOUR_MS);
        expect(now - w.from).toBeLessThan(30 * HOUR_MS);
        expect((w.from + 8 * HOUR_MS) % DAY_MS).toBe(18 * HOUR_MS);
        expect(inWindow(w.from, w)).toBe(true);
        expect(inWindow(now, w)).toBe(true);
        expect(inWindow(w.from - 1, w)).toBe(false);
        expect(inWindow(now + 1, w)).toBe(false);
        expect(inWindow(null, w)).toBe(false);
      }),
    );
  });
});
