/**
 * The daily report's one read, against the station demo in real IndexedDB: it reads by index
 * exactly the rows the section builders need — checked here by brute force over whole tables —
 * and uses the day's visits it is handed as they are, instead of reading them itself.
 */
import { describe, expect, it } from 'vitest';
import { addDays, dayOf } from '#common/domain/time';
import type { Incident } from '#common/schemas';
import { readDailyReportData } from '#renderer/features/reports/build/readDailyReportData';
import { openAt, reportedWithin, resolvedWithin } from '#renderer/features/reports/reportIncidents';
import { readVisitsOfDay, type VisitsOfDay } from '#renderer/features/reports/visitsOfDay';
import { useStationDemoCache } from './support/stationDemoCache';

const cache = useStationDemoCache('gridroom-report-read');
const { now } = cache;
const yesterday = addDays(dayOf(now), -1);

describe('readDailyReportData', () => {
  it('reads every incident that can count for the day, each once, and the day’s rows by index', async () => {
    const data = await readDailyReportData(cache.db, yesterday, { now, visits: 'all' });
    const { dayStart, dayEnd, asOf } = data.day;
    const all = (await cache.db.incidents.toArray()) as Incident[];
    const counts = all.filter(
      (i) =>
        !i.deleted &&
        (openAt(i, asOf) || reportedWithin(i, dayStart, dayEnd) || resolvedWithin(i, dayStart, dayEnd)),
    );
    expect(counts.length).toBeGreaterThan(0);
    const ids = data.incidents.rows.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of counts) expect(ids).toContain(i.id);

    const sites = await cache.db.testingSites.filter((s) => s.day === yesterday && !s.deleted).count();
    expect(data.sites.rows).toHaveLength(sites);
    expect(data.dayStats.every((r) => r.day === yesterday)).toBe(true);
    expect(data.dayStats.length).toBe(await cache.db.sweepStats.filter((r) => r.day === yesterday).count());
    expect(data.shifts.rows.every((s) => s.end > dayStart)).toBe(true);
    expect(data.picture.grids.length).toBe(await cache.db.grids.count());
    expect(data.dataAsOf).not.toBeNull();
  });

  it('reads all the day’s visits itself when asked for all of them', async () => {
    const data = await readDailyReportData(cache.db, yesterday, { now, visits: 'all' });
    expect(data.visits).toEqual(await readVisitsOfDay(cache.db, yesterday, 'all'));
    expect(data.visits.listed.length).toBeGreaterThan(50);
  });

  it('uses the visits it is handed, as they are', async () => {
    const handed: VisitsOfDay = {
      teams: [{ team: '一组', visits: 1, unregistered: 0, overdue: 0, notHome: 0, refused: 1 }],
      listed: [],
      addresses: [],
      problems: 0,
    };
    const data = await readDailyReportData(cache.db, yesterday, { now, visits: Promise.resolve(handed) });
    expect(data.visits).toBe(handed);
  });

  it('fails when the handed read fails, rather than printing a day without visits', async () => {
    const failed = Promise.reject(new Error('the visits worker did not read'));
    await expect(readDailyReportData(cache.db, yesterday, { now, visits: failed })).rejects.toThrow(
      'did not read',
    );
  });
});
