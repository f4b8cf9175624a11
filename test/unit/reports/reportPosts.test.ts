/**
 * The daily report's post sections: a 24-hour checkpoint's uncovered hours over the day (with
 * runs), none counted on a day without any roster; staff counted per shift; volunteer teams
 * deployed only at checkpoints staffed that day and at that day's sites.
 */
import { describe, expect, it } from 'vitest';
import { HOUR_MS, startOfDay } from '#common/domain/time';
import type { Checkpoint, DutyShift, VolunteerTeam } from '#common/schemas';
import { checkpointRows, shiftsByCheckpoint, teamRows } from '#renderer/features/reports/reportPosts';

const DAY = startOfDay('2026-11-27');
const END = DAY + 24 * HOUR_MS;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const checkpoint = (n: number, staffed24h: boolean): Checkpoint => ({
  id: id(n),
  stationId: id(0),
  version: 1,
  updatedAt: 0,
  updatedBy: 'system',
  deleted: false,
  gridId: id(100),
  name: `卡口${n}`,
  point: [118.1, 24.5],
  mode: 'in-only',
  postType: 'gate',
  staffed24h,
});

const shift = (post: number, startH: number, endH: number, people = 2, deleted = false): DutyShift => ({
  id: id(1000 + post * 100 + startH),
  stationId: id(0),
  version: 1,
  updatedAt: 0,
  updatedBy: 'system',
  deleted,
  checkpointId: id(post),
  siteId: null,
  start: DAY + startH * HOUR_MS,
  end: DAY + endH * HOUR_MS,
  staff: Array.from({ length: people }, (_, i) => ({
    kind: i === 0 ? ('police' as const) : ('volunteer' as const),
    name: `人${i}`,
    officerId: null,
    teamId: null,
  })),
});

const grids = new Map([[id(100), { code: 'HS-001', name: '一号网格' }]]);

describe('checkpoint rows of a day', () => {
  it('a shift cut an hour short leaves that hour uncovered, as one run; gaps sort first', () => {
    const posts = [checkpoint(1, true), checkpoint(2, true), checkpoint(3, false)];
    const shifts = [
      shift(1, 0, 8),
      shift(1, 8, 15),
      shift(1, 16, 24),
      shift(2, -8, 8, 3),
      shift(2, 8, 16),
      shift(2, 16, 32),
      shift(3, 8, 20),
      shift(3, 20, 22, 1, true),
    ];
    const rows = checkpointRows(posts, shiftsByCheckpoint(shifts, DAY, END), grids, DAY, END);
    expect(rows.map((r) => r.name)).toEqual(['卡口1', '卡口2', '卡口3']);
    expect(rows[0]).toMatchObject({
      uncoveredHours: 1,
      gaps: [{ start: DAY + 15 * HOUR_MS, end: DAY + 16 * HOUR_MS }],
    });
    expect(rows[0]).toMatchObject({ shifts: 3, staff: 6, gridCode: 'HS-001' });
    expect(rows[0]?.staffByKind).toMatchObject({ police: 3, volunteer: 3, auxiliary: 0 });
    expect(rows[1]).toMatchObject({ uncoveredHours: 0, shifts: 3, staff: 7 });
    // not a 24-hour post: uncovered hours are not its problem; the deleted shift does not count
    expect(rows[2]).toMatchObject({ uncoveredHours: 0, shifts: 1 });
  });

  it('a day with no roster at all counts no uncovered hours (no data, not 24 gaps a post)', () => {
    const rows = checkpointRows([checkpoint(1, true)], new Map(), grids, DAY, END, false);
    expect(rows[0]).toMatchObject({ uncoveredHours: 0, shifts: 0, gaps: [] });
    const known = checkpointRows([checkpoint(1, true)], new Map(), grids, DAY, END, true);
    expect(known[0]).toMatchObject({ uncoveredHours: 24 });
  });
});

describe('volunteer teams of a day', () => {
  const team = (n: number, assignments: VolunteerTeam['assignments']): VolunteerTeam => ({
    id: id(500 + n),
    stationId: id(0),
    version: 1,
    updatedAt: 0,
    updatedBy: 'system',
    deleted: false,
    name: `队${n}`,
    leader: '队长',
    members: 30,
    roles: ['gate-keeper', 'testing-order'],
    assignments,
  });

  it('deployed = members at the given checkpoints and sites; others ignored; most deployed first', () => {
    const rows = teamRows(
      [
        team(1, [
          { checkpointId: id(1), siteId: null, role: 'gate-keeper', members: 4 },
          { checkpointId: id(2), siteId: null, role: 'gate-keeper', members: 5 },
        ]),
        team(2, [{ checkpointId: null, siteId: id(9), role: 'testing-order', members: 12 }]),
      ],
      new Map([[id(1), '卡口1']]),
      new Map([[id(9), '篮球场检测点']]),
    );
    expect(rows.map((r) => [r.name, r.deployed])).toEqual([
      ['队2', 12],
      ['队1', 4],
    ]);
    expect(rows[1]?.posts).toEqual([{ kind: 'checkpoint', name: '卡口1', role: 'gate-keeper', members: 4 }]);
  });
});
