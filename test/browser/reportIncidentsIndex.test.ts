/**
 * The incidents' `resolvedAt` index (cache schema v2) against real IndexedDB in Chromium:
 * (a) a v1 cache opened by the app is upgraded in place — every row kept, and the new index
 * answers range queries exactly as a filter over all rows does (open incidents, whose
 * `resolvedAt` is null, are never in it);
 * (b) the daily report, which finds the incidents open at the end of the day through that index
 * plus the currently open ones instead of reading every incident, gives the same open, resolved
 * and new counts as a brute-force pass over the whole table, for yesterday and for today, with
 * incidents written through the app's write path on both sides of the day's edges.
 */
import { Dexie } from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayOf, HOUR_MS } from '#common/domain/time';
import { gridSchema, incidentSchema, severities, type Incident, type Severity } from '#common/schemas';
import { GridroomDb } from '#renderer/db/database';
import { loadDemoData } from '#renderer/db/loadDemoData';
import { SCHEMA_V1, SCHEMA_V2 } from '#renderer/db/schema';
import { buildDailyReport } from '#renderer/features/reports/dailyReportQuery';
import { reportDay } from '#renderer/features/reports/reportDay';
import { writeLocalChange } from '#renderer/sync/localWrite';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const STATION = uuid(1);
const GRID = uuid(2);

/** An incident row as the cache holds it (synced fields included). */
function incident(n: number, over: Partial<Incident>): Incident {
  return {
    id: uuid(1000 + n),
    stationId: STATION,
    version: 1,
    updatedAt: 0,
    updatedBy: 'system',
    deleted: false,
    gridId: GRID,
    type: 'dispute',
    severity: 'medium',
    status: 'new',
    point: [118.1, 24.5],
    description: `测试警情${n}`,
    reportedAt: 0,
    assignedAt: null,
    resolvedAt: null,
    assigneeId: null,
    timeline: [],
    ...over,
  };
}

describe('schema v2 upgrade: the resolvedAt index', () => {
  const name = `gridroom-upgrade-${Math.random().toString(36).slice(2)}`;
  afterEach(async () => {
    await Dexie.delete(name);
  });

  it('keeps every v1 row and indexes resolvedAt exactly (nulls left out)', async () => {
    const base = Date.parse('2026-11-20T00:00:00Z');
    const rows = Array.from({ length: 60 }, (_, n) => {
      const reportedAt = base + n * HOUR_MS;
      // every third still open (no resolution time), the rest resolved 1–5 hours later
      const open = n % 3 === 0;
      return incident(n, {
        reportedAt,
        status: open ? 'assigned' : 'resolved',
        resolvedAt: open ? null : reportedAt + ((n % 5) + 1) * HOUR_MS,
      });
    });

    const v1 = new Dexie(name);
    v1.version(SCHEMA_V1.version).stores(SCHEMA_V1.stores);
    await v1.open();
    await v1.table('incidents').bulkPut(rows);
    expect(await v1.table('incidents').count()).toBe(rows.length);
    v1.close();

    const db = new GridroomDb(name);
    await db.open();
    try {
      expect(db.verno).toBeGreaterThanOrEqual(SCHEMA_V2.version);
      const stored = await db.incidents.toArray();
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(stored.sort(byId)).toEqual([...rows].sort(byId));

      const resolvedTimes = rows.flatMap((r) => (r.resolvedAt === null ? [] : [r.resolvedAt]));
      const thresholds = [
        base - HOUR_MS,
        ...resolvedTimes.filter((_, i) => i % 7 === 0),
        Math.max(...resolvedTimes),
      ];
      const ids = (list: readonly Incident[]) => list.map((r) => r.id).sort();
      for (const x of thresholds) {
        expect(ids(await db.incidents.where('resolvedAt').above(x).toArray())).toEqual(
          ids(rows.filter((r) => r.resolvedAt !== null && r.resolvedAt > x)),
        );
        expect(ids(await db.incidents.where('resolvedAt').aboveOrEqual(x).toArray())).toEqual(
          ids(rows.filter((r) => r.resolvedAt !== null && r.resolvedAt >= x)),
        );
      }
      // the whole index holds exactly the rows with a resolution time
      expect(await db.incidents.where('resolvedAt').above(-Infinity).count()).toBe(resolvedTimes.length);
    } finally {
      db.close();
    }
  });
});

describe('daily report incidents = brute force over the whole table', () => {
  const dbName = `gridroom-report-index-${Math.random().toString(36).slice(2)}`;
  // 10:00 station time, so today has a past and a future
  const now = Date.parse('2026-11-20T02:00:00Z');
  const today = dayOf(now);
  const yesterday = addDays(today, -1);
  let db: GridroomDb;
  const actor = { madeBy: '值班台-3', workstation: '值班台-3' };

  /** The edge cases, relative to yesterday's [dayStart, dayEnd); names say what each must count as. */
  function edgeCases(dayStart: number, dayEnd: number): Record<string, Partial<Incident>> {
    return {
      reportedBeforeResolvedAfterDay: {
        reportedAt: dayStart - 5 * HOUR_MS,
        status: 'resolved',
        resolvedAt: dayEnd + 2 * HOUR_MS,
        severity: 'high',
      },
      reportedAndResolvedInDay: {
        reportedAt: dayStart + HOUR_MS,
        status: 'resolved',
        resolvedAt: dayStart + 3 * HOUR_MS,
        severity: 'low',
      },
      resolvedAtLastMoment: {
        reportedAt: dayStart,
        status: 'resolved',
        resolvedAt: dayEnd - 1,
        severity: 'medium',
      },
      reportedAtDayEnd: { reportedAt: dayEnd, status: 'new', severity: 'high' },
      reportedAfterDay: { reportedAt: dayEnd + HOUR_MS, status: 'assigned', severity: 'medium' },
      stillOpenFromBefore: {
        reportedAt: dayStart - 2 * 24 * HOUR_MS,
        status: 'in-progress',
        severity: 'high',
      },
      resolvedBeforeDay: {
        reportedAt: dayStart - 30 * HOUR_MS,
        status: 'resolved',
        resolvedAt: dayStart - HOUR_MS,
        severity: 'high',
      },
      resolvedWithoutTime: { reportedAt: dayStart + 4 * HOUR_MS, status: 'resolved', severity: 'low' },
      reopenedAfterResolvingInDay: {
        reportedAt: dayStart - 3 * HOUR_MS,
        status: 'in-progress',
        resolvedAt: dayStart + 6 * HOUR_MS,
        severity: 'medium',
      },
    };
  }
  const written = new Map<string, string>();

  beforeAll(async () => {
    await loadDemoData({ size: 'station', now, dbName, concurrency: 2 });
    db = new GridroomDb(dbName);
    await db.open();
    const grids = (await db.grids.toArray()).flatMap((g) => {
      const parsed = gridSchema.safeParse(g);
      return parsed.success ? [parsed.data] : [];
    });
    expect(grids.length).toBeGreaterThan(1);
    const { dayStart, dayEnd } = reportDay(yesterday, now);
    let n = 0;
    for (const [label, over] of Object.entries(edgeCases(dayStart, dayEnd))) {
      const grid = grids[n % grids.length]!;
      const ring =
        grid.geometry.type === 'Polygon' ? grid.geometry.coordinates[0] : grid.geometry.coordinates[0]?.[0];
      const id = crypto.randomUUID();
      const row = incident(n, { gridId: grid.id, point: ring?.[0] ?? [118.1, 24.5], ...over });
      const { id: _id, stationId: _s, version: _v, updatedAt: _u, updatedBy: _b, ...patch } = row;
      await writeLocalChange(db, { entity: 'incidents', id, patch, now, ...actor });
      written.set(label, id);
      n += 1;
    }
  }, 180_000);
  afterAll(async () => {
    db.close();
    await Dexie.delete(dbName);
  });

  /** The report's definitions, written out here: open at asOf, resolved within, reported within. */
  const resolvedBy = (i: Incident, at: number) =>
    i.resolvedAt !== null ? i.resolvedAt <= at : i.status === 'resolved';
  const openAt = (i: Incident, at: number) => i.reportedAt <= at && !resolvedBy(i, at);

  async function bruteForce(date: string) {
    const { dayStart, dayEnd, asOf } = reportDay(date, now);
    const all = (await db.incidents.toArray()).flatMap((row) => {
      const parsed = incidentSchema.safeParse(row);
      return parsed.success && !parsed.data.deleted ? [parsed.data] : [];
    });
    const open = all.filter((i) => openAt(i, asOf));
    const openBySeverity = Object.fromEntries(
      severities.map((s) => [s, open.filter((i) => i.severity === s).length]),
    ) as Record<Severity, number>;
    const openByGrid = new Map<string, number>();
    for (const i of open) openByGrid.set(i.gridId, (openByGrid.get(i.gridId) ?? 0) + 1);
    return {
      open,
      openBySeverity,
      openByGrid,
      resolved: all.filter((i) => i.resolvedAt !== null && i.resolvedAt >= dayStart && i.resolvedAt < dayEnd),
      reported: all.filter((i) => i.reportedAt >= dayStart && i.reportedAt < dayEnd),
    };
  }

  it.each([
    { label: 'yesterday', date: yesterday },
    { label: 'today (as of now)', date: today },
    { label: 'the day before yesterday', date: addDays(yesterday, -1) },
  ])('agrees for $label', async ({ date }) => {
    const report = await buildDailyReport(db, date, { preparedBy: 't', now });
    const expected = await bruteForce(date);

    expect(report.kpis.incidentsOpen).toBe(expected.open.length);
    expect(report.kpis.openBySeverity).toEqual(expected.openBySeverity);
    expect(report.kpis.incidentsResolved).toBe(expected.resolved.length);
    expect(report.incidents).toHaveLength(expected.reported.length);
    expect(report.incidents.map((i) => i.id).sort()).toEqual(expected.reported.map((i) => i.id).sort());
    for (const grid of report.grids) expect(grid.openIncidents).toBe(expected.openByGrid.get(grid.id) ?? 0);
  });

  it('counts the edge cases of yesterday as their names say', async () => {
    const { asOf } = reportDay(yesterday, now);
    const expected = await bruteForce(yesterday);
    const open = new Set(expected.open.map((i) => i.id));
    const resolved = new Set(expected.resolved.map((i) => i.id));
    const reported = new Set(expected.reported.map((i) => i.id));
    const id = (label: string) => written.get(label)!;

    // the fixture reaches every branch the index has to cover
    expect(open.has(id('reportedBeforeResolvedAfterDay'))).toBe(true);
    expect(open.has(id('stillOpenFromBefore'))).toBe(true);
    for (const label of [
      'reportedAndResolvedInDay',
      'resolvedAtLastMoment',
      'reportedAtDayEnd',
      'reportedAfterDay',
      'resolvedBeforeDay',
      'resolvedWithoutTime',
      'reopenedAfterResolvingInDay',
    ])
      expect(open.has(id(label)), label).toBe(false);
    expect([...resolved].filter((i) => [...written.values()].includes(i)).sort()).toEqual(
      [id('reportedAndResolvedInDay'), id('resolvedAtLastMoment'), id('reopenedAfterResolvingInDay')].sort(),
    );
    expect(reported.has(id('reportedAtDayEnd'))).toBe(false);
    expect(reported.has(id('resolvedWithoutTime'))).toBe(true);
    expect(asOf).toBeLessThan(now);

    // and the report lists the day's new ones, and nothing reported at or after the day's end
    const report = await buildDailyReport(db, yesterday, { preparedBy: 't', now });
    const listed = new Set(report.incidents.map((i) => i.id));
    expect(listed.has(id('reportedAndResolvedInDay'))).toBe(true);
    expect(listed.has(id('reportedAtDayEnd'))).toBe(false);
    expect(listed.has(id('reportedAfterDay'))).toBe(false);
  });
});
