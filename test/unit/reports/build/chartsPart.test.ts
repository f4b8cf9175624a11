/** The chart series: incidents per clock hour and type, and the campaign's burn-up up to the day. */
import { describe, expect, it } from 'vitest';
import { buildCharts } from '#renderer/features/reports/build/chartsPart';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { at, smallStationDay, withData } from './smallStationDay';

describe('buildCharts', () => {
  const data = smallStationDay();
  const charts = buildCharts(data, dayFacts(data), 150);

  it('has the day’s 24 hours with the incidents reported in each, by type', () => {
    expect(charts.incidentsByHour).toHaveLength(24);
    expect(charts.incidentsByHour[0]?.hourStart).toBe(at(0));
    const busy = charts.incidentsByHour
      .map((h, hour) => ({ hour, types: Object.entries(h.byType).filter(([, n]) => n > 0) }))
      .filter((h) => h.types.length > 0);
    expect(busy).toEqual([
      { hour: 8, types: [['gathering', 1]] },
      { hour: 9, types: [['dispute', 1]] },
    ]);
  });

  it('burns up the campaign’s covered households in scope day by day, up to the report’s day', () => {
    expect(charts.burnUp).toEqual([
      { day: '2026-11-22', visited: 0, total: 150 },
      { day: '2026-11-23', visited: 0, total: 150 },
      { day: '2026-11-24', visited: 0, total: 150 },
      { day: '2026-11-25', visited: 0, total: 150 },
      { day: '2026-11-26', visited: 10, total: 150 },
      { day: '2026-11-27', visited: 18, total: 150 },
    ]);
  });

  it('has no burn-up without a campaign', () => {
    const none = withData({ picture: { ...data.picture, campaign: null } });
    expect(buildCharts(none, dayFacts(none), 0).burnUp).toEqual([]);
  });
});
