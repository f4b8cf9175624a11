/**
 * Whether a day has data — any one of a visit, an incident reported or resolved, a duty shift or
 * a testing site is enough — and the count of malformed rows the read skipped.
 */
import { describe, expect, it } from 'vitest';
import { countProblems, reportHasData } from '#renderer/features/reports/build/completenessPart';
import type { DailyReportData } from '#renderer/features/reports/build/dailyReportData';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { at, GRID_1, incident, incidents, smallStationDay, withData } from './smallStationDay';

const none = { rows: [], problems: [] };
const emptyVisits = { teams: [], listed: [], addresses: [], problems: 0 };
/** The station on a day when nothing happened: old open incidents, no flows. */
const quietDay = (): DailyReportData =>
  withData({
    incidents: { rows: [incidents.olderOpen], problems: [] },
    shifts: none,
    sites: none,
    visits: emptyVisits,
  });
const hasData = (data: DailyReportData) => reportHasData(data, dayFacts(data));

describe('reportHasData', () => {
  it('is false for a day when nothing happened, even with incidents still open from before', () => {
    expect(hasData(quietDay())).toBe(false);
  });

  it('is true with any one flow of the day', () => {
    const quiet = quietDay();
    expect(hasData(smallStationDay())).toBe(true);
    expect(hasData({ ...quiet, visits: smallStationDay().visits })).toBe(true);
    expect(
      hasData({ ...quiet, incidents: { rows: [incident(47, GRID_1, at(3), null)], problems: [] } }),
    ).toBe(true);
    expect(hasData({ ...quiet, incidents: { rows: [incidents.resolvedThatDay], problems: [] } })).toBe(true);
    expect(hasData({ ...quiet, shifts: smallStationDay().shifts })).toBe(true);
    expect(hasData({ ...quiet, sites: smallStationDay().sites })).toBe(true);
  });
});

describe('countProblems', () => {
  const problem = (table: string) => ({ table, id: 'x', reason: 'bad' });

  it('is 0 when every row was valid', () => {
    expect(countProblems(smallStationDay())).toBe(0);
  });

  it('adds the skipped rows of every table the report reads, and the visits’', () => {
    const data = smallStationDay();
    const bad: DailyReportData = {
      ...data,
      picture: { ...data.picture, problems: [problem('grids'), problem('officers')] },
      incidents: { ...data.incidents, problems: [problem('incidents')] },
      checkpoints: { ...data.checkpoints, problems: [problem('checkpoints')] },
      shifts: { ...data.shifts, problems: [problem('shifts')] },
      sites: { ...data.sites, problems: [problem('testingSites')] },
      teams: { ...data.teams, problems: [problem('volunteerTeams'), problem('volunteerTeams')] },
      visits: { ...data.visits, problems: 4 },
    };
    expect(countProblems(bad)).toBe(2 + 1 + 1 + 1 + 1 + 2 + 4);
  });
});
