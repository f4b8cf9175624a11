/** The report's map from the same read: levels, staffed posts, the day's incidents and sites. */
import { describe, expect, it } from 'vitest';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { buildMap } from '#renderer/features/reports/build/mapPart';
import { incidents, POST_24H, POST_DAY, SITE, smallStationDay } from './smallStationDay';

describe('buildMap', () => {
  const data = smallStationDay();
  const map = buildMap(data, dayFacts(data));

  it('colours every grid by its level and marks the posts staffed that day', () => {
    expect(map.grids.map((g) => [g.code, g.level])).toEqual([
      ['HS-001', 'sealed'],
      ['HS-002', 'normal'],
      ['HS-003', 'controlled'],
    ]);
    expect(map.checkpoints.map((c) => [c.id, c.staffedNow])).toEqual([
      [POST_24H, true],
      [POST_DAY, false],
    ]);
  });

  it('shows the incidents reported that day in time order, and the day’s sites', () => {
    expect(map.incidents.map((i) => i.id)).toEqual([incidents.newOpen.id, incidents.resolvedSameDay.id]);
    expect(map.testingSites.map((s) => [s.id, s.status])).toEqual([[SITE, 'open']]);
  });
});
