/**
 * The facts several report sections share: which incidents were open at the end of the day,
 * reported and resolved within it (by lifecycle times, not today's status); each grid's coverage
 * counted only up to the day and its incidents open then; the campaign's scope; the shifts per
 * post; the labels that replace ids.
 */
import { describe, expect, it } from 'vitest';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { dayIncidents } from '#renderer/features/reports/build/dayIncidents';
import { coveredThrough } from '#renderer/features/reports/build/gridStatesAtDayEnd';
import { officerNameOf, reportLabels } from '#renderer/features/reports/build/reportLabels';
import { reportDay } from '#renderer/features/reports/reportDay';
import {
  at,
  DATE,
  GRID_1,
  GRID_2,
  GRID_3,
  id,
  incident,
  incidents,
  OFFICER_ZHANG,
  POST_24H,
  smallStationDay,
} from './smallStationDay';

describe('dayIncidents', () => {
  const data = smallStationDay();

  it('open at the end of the day by lifecycle: one resolved the day after still counts as open', () => {
    const { open } = dayIncidents(data.incidents.rows, data.day);
    expect(open.map((i) => i.id)).toEqual([
      incidents.newOpen.id,
      incidents.olderOpen.id,
      incidents.resolvedLater.id,
    ]);
  });

  it('reported within the day, in order of report time; resolved within it counted', () => {
    const facts = dayIncidents(data.incidents.rows, data.day);
    expect(facts.reported.map((i) => i.reportedAt)).toEqual([at(8), at(9)]);
    expect(facts.reported.map((i) => i.id)).toEqual([incidents.newOpen.id, incidents.resolvedSameDay.id]);
    expect(facts.resolvedCount).toBe(2);
  });

  it('for today, state is as of now: an incident reported after now is not open yet', () => {
    const today = reportDay(DATE, at(12));
    const later = incident(46, GRID_1, at(13), null);
    const { open, reported } = dayIncidents([...data.incidents.rows, later], today);
    expect(open.map((i) => i.id)).not.toContain(later.id);
    // a flow figure: reported within the day, whatever the hour of generation
    expect(reported.map((i) => i.id)).toContain(later.id);
  });
});

describe('grid states at the end of the day', () => {
  it('counts coverage only up to the day, whatever the picture says now', () => {
    const data = smallStationDay();
    expect(coveredThrough(data.picture.campaignStats, DATE)).toEqual(
      new Map([
        [GRID_1, 15],
        [GRID_2, 3],
      ]),
    );
    const facts = dayFacts(data);
    expect(facts.states.map((g) => [g.grid.code, g.covered, g.coverage, g.openIncidents])).toEqual([
      ['HS-001', 15, 0.15, 2],
      ['HS-002', 3, 0.06, 1],
      ['HS-003', 0, 0, 0],
    ]);
    expect([...facts.inScope].sort()).toEqual([GRID_1, GRID_2]);
    expect(facts.states.some((g) => g.grid.id === GRID_3 && g.inCampaign)).toBe(false);
  });

  it('groups the day’s shifts by post', () => {
    const facts = dayFacts(smallStationDay());
    expect([...facts.byPost.keys()]).toEqual([POST_24H]);
    expect(facts.byPost.get(POST_24H)).toHaveLength(3);
  });
});

describe('reportLabels', () => {
  const data = smallStationDay();
  const labels = reportLabels(data.picture, data.campaigns);

  it('names officers, grids and campaigns by id', () => {
    expect(officerNameOf(labels, OFFICER_ZHANG)).toBe('张萱兰');
    expect(labels.gridLabel.get(GRID_2)).toEqual({ code: 'HS-002', name: '二号网格' });
    expect(labels.campaignName.get(id(32))).toBe('一标三实');
  });

  it('gives null for no officer and for an officer it does not know, never the id', () => {
    expect(officerNameOf(labels, null)).toBeNull();
    expect(officerNameOf(labels, id(99))).toBeNull();
  });
});
