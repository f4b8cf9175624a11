/**
 * A day's visits as the daily report reads them, against real IndexedDB in Chromium over the
 * station demo: the per-team summary counts every visit of the day, and the listed rows are all
 * of them (the exports) or only the notable ones (the printed report) — the worker path giving
 * exactly what the in-page read gives, also when started at boot (the print route's early read,
 * handed to the build, which gives nothing when the cache was not ready). Expectations come from a brute-force pass
 * over the whole visits table with the rules written again here.
 */
import { Dexie } from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayOf } from '#common/domain/time';
import type { SweepVisit } from '#common/schemas';
import { readVisitsOfDay } from '#renderer/features/reports/visitsOfDay';
import { readVisitsOfDayOffThread } from '#renderer/features/reports/visitsOfDayOffThread';
import { readPrintedVisits, startPrintedVisits } from '#renderer/features/reports/printedVisitsPrefetch';
import { useStationDemoCache } from './support/stationDemoCache';

const cache = useStationDemoCache('gridroom-report-visits');
const { dbName, now } = cache;
let all: SweepVisit[];

beforeAll(async () => {
  all = (await cache.db.visits.toArray()) as SweepVisit[];
});

const found = (v: SweepVisit) => v.unregisteredFound + v.overdueTestsFound > 0 || v.outcome === 'refused';

describe('readVisitsOfDay', () => {
  const yesterday = addDays(dayOf(now), -1);

  it('has visits to look at (the demo sweeps every day)', () => {
    expect(all.filter((v) => v.day === yesterday).length).toBeGreaterThan(50);
  });

  it('summarises every visit of the day per team and lists them all in time order', async () => {
    const day = all.filter((v) => v.day === yesterday);
    const read = await readVisitsOfDay(cache.db, yesterday, 'all');
    expect(read.listed.map((v) => v.id).sort()).toEqual(day.map((v) => v.id).sort());
    const times = read.listed.map((v) => v.visitedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    for (const team of new Set(day.map((v) => v.team))) {
      const mine = day.filter((v) => v.team === team);
      expect(read.teams.find((t) => t.team === team)).toEqual({
        team,
        visits: mine.length,
        unregistered: mine.reduce((n, v) => n + v.unregisteredFound, 0),
        overdue: mine.reduce((n, v) => n + v.overdueTestsFound, 0),
        notHome: mine.filter((v) => v.outcome === 'not-home').length,
        refused: mine.filter((v) => v.outcome === 'refused').length,
      });
    }
    expect(read.teams.reduce((n, t) => n + t.visits, 0)).toBe(day.length);
  });

  it('lists only the visits that found someone or were refused, each with its address', async () => {
    const notable = all.filter((v) => v.day === yesterday && found(v));
    const read = await readVisitsOfDay(cache.db, yesterday, 'notable');
    expect(read.listed.map((v) => v.id).sort()).toEqual(notable.map((v) => v.id).sort());
    const addresses = new Map(read.addresses);
    const households = await cache.db.households.bulkGet(notable.map((v) => v.householdId));
    for (const h of households) if (h) expect(addresses.get(h.id)).toBe(h.address);
  });

  it('gives the same answer from the worker as in the page', async () => {
    const inPage = await readVisitsOfDay(cache.db, yesterday, 'notable');
    const offThread = await readVisitsOfDayOffThread(cache.db, yesterday, 'notable');
    expect(offThread).toEqual(inPage);
  });

  it('answers an empty day with no teams and no rows', async () => {
    const read = await readVisitsOfDayOffThread(cache.db, '2001-01-01', 'all');
    expect(read).toEqual({ teams: [], listed: [], addresses: [], problems: 0 });
  });

  it('hands the read started at boot on the print route over once, for its cache and day', async () => {
    const inPage = await readVisitsOfDay(cache.db, yesterday, 'notable');
    const early = startPrintedVisits(`#/report-print?date=${yesterday}`, dbName);
    expect(early).toMatchObject({ dbName, date: yesterday });
    const taken = early?.take() ?? null;
    expect(taken).not.toBeNull();
    expect(await taken).toEqual(inPage);
    expect(early?.take()).toBeNull();
    // another route or a bad date: nothing started
    expect(startPrintedVisits('#/board', dbName)).toBeNull();
    expect(startPrintedVisits('#/report-print?date=2026-02-30', dbName)).toBeNull();
  });

  it('gives the printed report the same visits with or without the early read', async () => {
    const inPage = await readVisitsOfDay(cache.db, yesterday, 'notable');
    const early = startPrintedVisits(`#/report-print?date=${yesterday}`, dbName);
    expect(await readPrintedVisits(cache.db, yesterday, early)).toEqual(inPage);
    // taken: the next build reads for itself
    expect(early?.take()).toBeNull();
    expect(await readPrintedVisits(cache.db, yesterday, early)).toEqual(inPage);
    // an early read of another day is left untaken, and the build reads its own day
    const otherDay = startPrintedVisits('#/report-print?date=2001-01-01', dbName);
    expect(await readPrintedVisits(cache.db, yesterday, otherDay)).toEqual(inPage);
    expect(await otherDay?.take()).toEqual({ teams: [], listed: [], addresses: [], problems: 0 });
    expect(await readPrintedVisits(cache.db, yesterday, null)).toEqual(inPage);
  });

  it('gives nothing from boot when the cache was not ready (a first-run load would follow)', async () => {
    const empty = `${dbName}-empty`;
    const early = startPrintedVisits(`#/report-print?date=${yesterday}`, empty);
    expect(await early?.take()).toBeNull();
    await Dexie.delete(empty);
  });
});
