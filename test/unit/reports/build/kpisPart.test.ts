/**
 * The KPI block of a day, every figure counted by hand from the small station: grids by level
 * and without an officer, campaign coverage up to the day, the day's visits and findings, the
 * households newly covered in scope (another campaign's visits do not count), incidents new,
 * resolved and open at the end of the day by severity, and the posts' totals.
 */
import { describe, expect, it } from 'vitest';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { buildKpis, newlyCoveredOn } from '#renderer/features/reports/build/kpisPart';
import { buildPostsPart } from '#renderer/features/reports/build/postsPart';
import { GRID_1, smallStationDay, withData } from './smallStationDay';

function kpisOf(data = smallStationDay()) {
  const facts = dayFacts(data);
  return buildKpis(data, facts, buildPostsPart(data, facts));
}

describe('buildKpis', () => {
  const kpis = kpisOf();

  it('counts the grids by level and the ones without an officer', () => {
    expect(kpis).toMatchObject({
      gridsTotal: 3,
      gridsByLevel: { sealed: 1, controlled: 1, precaution: 0, normal: 1 },
      gridsWithoutOfficer: 1,
      overloadedOfficers: 0,
    });
  });

  it('states the campaign’s coverage at the end of the day', () => {
    expect(kpis).toMatchObject({ campaignName: '敲门行动', householdsInScope: 150, householdsCovered: 18 });
    expect(kpis.coverage).toBeCloseTo(0.12, 10);
  });

  it('counts the day’s visits and findings, and only the campaign’s newly covered households in scope', () => {
    expect(kpis).toMatchObject({ visits: 14, unregisteredFound: 3, overdueFound: 2, newlyCovered: 8 });
    const data = smallStationDay();
    expect(newlyCoveredOn(data, new Set([GRID_1]))).toBe(5);
    expect(
      newlyCoveredOn(withData({ picture: { ...data.picture, campaign: null } }), new Set([GRID_1])),
    ).toBe(0);
  });

  it('counts incidents new, resolved and open at the end of the day, by severity', () => {
    expect(kpis).toMatchObject({
      incidentsNew: 2,
      incidentsNewBySeverity: { high: 1, medium: 1, low: 0 },
      incidentsResolved: 2,
      incidentsOpen: 3,
      openBySeverity: { high: 0, medium: 2, low: 1 },
    });
  });

  it('sums the posts: staffed checkpoints, gaps, sites and their queues, deployed volunteers', () => {
    expect(kpis).toMatchObject({
      checkpointsTotal: 2,
      checkpointsStaffed: 1,
      checkpointsWithGaps: 1,
      uncoveredHours: 1,
      testingSites: 1,
      testingSitesByStatus: { planned: 0, 'setting-up': 0, open: 1, closed: 0 },
      testingSiteQueue: 12,
      volunteerTeamsDeployed: 1,
      volunteersDeployed: 7,
    });
  });

  it('without a campaign: no name and nothing in scope', () => {
    const data = smallStationDay();
    const grids = data.picture.grids.map((g) => ({ ...g, inCampaign: false }));
    const none = kpisOf(withData({ picture: { ...data.picture, campaign: null, grids } }));
    expect(none).toMatchObject({
      campaignName: null,
      householdsInScope: 0,
      householdsCovered: 0,
      coverage: 0,
      newlyCovered: 0,
    });
  });
});
