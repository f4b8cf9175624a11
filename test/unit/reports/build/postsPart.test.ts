/**
 * The post sections over a day: a 24-hour checkpoint's uncovered hour found and counted, staff
 * counted per kind without their names; the day's testing site with the team posted there; a
 * team deployed only at a checkpoint staffed that day; no uncovered hours on a day with no roster.
 */
import { describe, expect, it } from 'vitest';
import { dayFacts } from '#renderer/features/reports/build/dayFacts';
import { buildPostsPart } from '#renderer/features/reports/build/postsPart';
import { at, POST_24H, POST_DAY, smallStationDay, withData } from './smallStationDay';

describe('buildPostsPart', () => {
  const data = smallStationDay();
  const posts = buildPostsPart(data, dayFacts(data));

  it('finds the 24-hour post’s uncovered hour and puts it first', () => {
    expect(posts.checkpoints.map((c) => [c.id, c.name, c.gridCode, c.uncoveredHours])).toEqual([
      [POST_24H, '金山路卡口', 'HS-001', 1],
      [POST_DAY, '枋湖路卡口', 'HS-002', 0],
    ]);
    expect(posts.checkpoints[0]).toMatchObject({
      shifts: 3,
      staff: 6,
      gaps: [{ start: at(15), end: at(16) }],
    });
    expect(posts.checkpoints[0]?.staffByKind).toMatchObject({ police: 3, volunteer: 3, medical: 0 });
  });

  it('counts the people on duty without printing their names', () => {
    const text = JSON.stringify(posts);
    for (const name of ['王警官', '陈警官', '林警官', '志愿者甲']) expect(text).not.toContain(name);
  });

  it('lists the day’s testing site with its grid and the team posted there', () => {
    expect(posts.testingSites).toEqual([
      expect.objectContaining({
        name: '禾山小学检测点',
        gridCode: 'HS-002',
        gridName: '二号网格',
        status: 'open',
        zonesReady: ['cordon', 'waiting'],
        zonesTotal: 5,
        queueLength: 12,
        teams: ['禾山志愿队'],
      }),
    ]);
  });

  it('deploys a team only where a post was staffed that day, most deployed first', () => {
    expect(
      posts.volunteerTeams.map((t) => [
        t.name,
        t.deployed,
        t.posts.map((p) => `${p.kind}:${p.name}:${p.members}`),
      ]),
    ).toEqual([
      ['禾山志愿队', 7, ['checkpoint:金山路卡口:4', 'site:禾山小学检测点:3']],
      ['枋湖志愿队', 0, []],
    ]);
  });

  it('on a day with no roster at all, counts no uncovered hours (no data, not 24 gaps)', () => {
    const noRoster = withData({ shifts: { rows: [], problems: [] } });
    const rows = buildPostsPart(noRoster, dayFacts(noRoster)).checkpoints;
    expect(rows.map((c) => [c.uncoveredHours, c.shifts])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});
