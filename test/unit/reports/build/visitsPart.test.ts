/**
 * The visits section: the listed visits with their grid code, address and campaign name (blank
 * when unknown, never an id), the per-team summary as read, and nothing of a visit's free-text
 * note — officers write residents' names there, and the report never prints it.
 */
import { describe, expect, it } from 'vitest';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { buildVisitsPart } from '#renderer/features/reports/build/visitsPart';
import { reportVisitRowSchema } from '#renderer/features/reports/dailyReportModel';
import { at, id, smallStationDay } from './smallStationDay';

describe('buildVisitsPart', () => {
  const data = smallStationDay();
  const part = buildVisitsPart(data, dayFacts(data));

  it('keeps the read’s order and labels each visit', () => {
    expect(
      part.visits.map((v) => [v.visitedAt, v.gridCode, v.address, v.campaignName, v.team, v.outcome]),
    ).toEqual([
      [at(9.5), 'HS-001', '禾山街道金山路12号301', '敲门行动', '一组', 'found-unregistered'],
      [at(10), 'HS-002', '禾山街道枋湖路8号102', '一标三实', '二组', 'refused'],
      [at(14), '', '', '', '一组', 'all-registered'],
    ]);
    expect(part.visits.map((v) => [v.unregisteredFound, v.overdueTestsFound])).toEqual([
      [2, 0],
      [0, 0],
      [0, 1],
    ]);
  });

  it('carries the per-team summary over every visit, not just the listed ones', () => {
    expect(part.visitTeams).toEqual(data.visits.teams);
    expect(part.visitTeams.reduce((n, t) => n + t.visits, 0)).toBe(14);
  });

  it('never copies the note, which may name residents, nor any id it could not label', () => {
    const text = JSON.stringify(part);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('李四');
    expect(text).not.toContain(id(39));
    // no field beyond the model's (a strict parse refuses any other key)
    for (const row of part.visits) expect(() => reportVisitRowSchema.strict().parse(row)).not.toThrow();
  });
});
