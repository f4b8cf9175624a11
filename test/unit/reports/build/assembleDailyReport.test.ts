/**
 * The whole report from the small station's day: a valid DailyReport whose sections agree with
 * one another (the KPIs count what the tables list), built the same way twice (pure: the input
 * is not changed), and whose every section is the one its builder gives.
 */
import { describe, expect, it } from 'vitest';
import { assembleDailyReport } from '#renderer/features/reports/build/assembleDailyReport';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { buildGridRows } from '#renderer/features/reports/build/gridsPart';
import { buildIncidentRows } from '#renderer/features/reports/build/incidentsPart';
import { dailyReportSchema } from '#renderer/features/reports/dailyReportModel';
import { smallStationDay } from './smallStationDay';

describe('assembleDailyReport', () => {
  const data = smallStationDay();
  const { report, map } = assembleDailyReport(data, '值班台-7');

  it('is a valid daily report, in the model’s order of sections', () => {
    expect(dailyReportSchema.strict().parse(report)).toEqual(report);
    expect(Object.keys(report)).toEqual(Object.keys(dailyReportSchema.shape));
    expect(report.header.preparedBy).toBe('值班台-7');
    expect(report).toMatchObject({ hasData: true, problems: 0 });
  });

  it('states the same figures in its KPIs as in its tables', () => {
    expect(report.kpis.incidentsNew).toBe(report.incidents.length);
    expect(report.kpis.visits).toBe(report.grids.reduce((n, g) => n + g.visits, 0));
    expect(report.kpis.incidentsOpen).toBe(report.grids.reduce((n, g) => n + g.openIncidents, 0));
    expect(report.kpis.testingSites).toBe(report.testingSites.length);
    expect(report.kpis.uncoveredHours).toBe(report.checkpoints.reduce((n, c) => n + c.uncoveredHours, 0));
    expect(map.incidents.map((i) => i.id)).toEqual(report.incidents.map((i) => i.id));
    const hourly = report.charts.incidentsByHour.reduce(
      (n, h) => n + Object.values(h.byType).reduce((a, b) => a + b, 0),
      0,
    );
    expect(hourly).toBe(report.incidents.length);
  });

  it('is each section’s builder’s part, and building again gives the same report', () => {
    const facts = dayFacts(smallStationDay());
    expect(report.grids).toEqual(buildGridRows(smallStationDay(), facts));
    expect(report.incidents).toEqual(buildIncidentRows(facts));
    expect(JSON.stringify(assembleDailyReport(data, '值班台-7'))).toBe(JSON.stringify({ report, map }));
    expect(data).toEqual(smallStationDay());
  });
});
