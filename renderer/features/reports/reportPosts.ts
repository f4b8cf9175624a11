/**
 * The daily report's post sections, pure: checkpoint staffing and roster gaps over the day
 * (built on common/domain/rosterGaps and the checkpoints feature's gap runs), the day's
 * testing sites, and where volunteer teams were deployed (checkpoints and that day's sites).
 */
import { hoursWithGaps } from '#common/domain/rosterGaps';
import {
  siteZones,
  staffKinds,
  type Checkpoint,
  type DutyShift,
  type StaffKind,
  type TestingSite,
  type VolunteerTeam,
} from '#common/schemas';
import { gapRuns } from '#renderer/station/rosterWindow';
import type { ReportCheckpointRow, ReportSiteRow, ReportTeamRow } from './dailyReportModel';

export interface GridLabel {
  code: string;
  name: string;
}

const unknownGrid: GridLabel = { code: '', name: '' };

/** Shifts of each checkpoint that overlap [from, to). */
export function shiftsByCheckpoint(
  shifts: readonly DutyShift[],
  from: number,
  to: number,
): Map<string, DutyShift[]> {
  const byPost = new Map<string, DutyShift[]>();
  for (const s of shifts) {
    if (s.checkpointId === null || s.deleted || s.end <= from || s.start >= to) continue;
    const list = byPost.get(s.checkpointId) ?? [];
    list.push(s);
    byPost.set(s.checkpointId, list);
  }
  return byPost;
}

export function checkpointRows(
  checkpoints: readonly Checkpoint[],
  byPost: ReadonlyMap<string, readonly DutyShift[]>,
  grids: ReadonlyMap<string, GridLabel>,
  dayStart: number,
  dayEnd: number,
  /** False when no post had any shift that day: then no hour is counted as uncovered. */
  rosterKnown = true,
): ReportCheckpointRow[] {
  return checkpoints
    .map((c): ReportCheckpointRow => {
      const shifts = byPost.get(c.id) ?? [];
      const staffByKind = Object.fromEntries(staffKinds.map((k) => [k, 0])) as Record<StaffKind, number>;
      for (const s of shifts) for (const member of s.staff) staffByKind[member.kind] += 1;
      const hours = c.staffed24h && rosterKnown ? hoursWithGaps(shifts, dayStart, dayEnd) : [];
      const grid = grids.get(c.gridId) ?? unknownGrid;
      return {
        id: c.id,
        name: c.name,
        gridCode: grid.code,
        gridName: grid.name,
        mode: c.mode,
        postType: c.postType,
        staffed24h: c.staffed24h,
        shifts: shifts.length,
        staff: shifts.reduce((n, s) => n + s.staff.length, 0),
        staffByKind,
        uncoveredHours: hours.length,
        gaps: gapRuns(hours),
      };
    })
    .sort(
      (a, b) =>
        b.uncoveredHours - a.uncoveredHours ||
        a.gridCode.localeCompare(b.gridCode) ||
        a.name.localeCompare(b.name),
    );
}

export function siteRows(
  sites: readonly TestingSite[],
  teams: readonly VolunteerTeam[],
  grids: ReadonlyMap<string, GridLabel>,
): ReportSiteRow[] {
  return sites
    .map((s): ReportSiteRow => {
      const grid = grids.get(s.gridId) ?? unknownGrid;
      return {
        id: s.id,
        name: s.name,
        gridCode: grid.code,
        gridName: grid.name,
        status: s.status,
        zonesReady: s.zonesReady,
        zonesTotal: siteZones.length,
        queueLength: s.queueLength,
        police: s.staff.police,
        medical: s.staff.medical,
        volunteers: s.staff.volunteers,
        teams: teams.filter((t) => t.assignments.some((a) => a.siteId === s.id)).map((t) => t.name),
      };
    })
    .sort((a, b) => a.gridCode.localeCompare(b.gridCode) || a.name.localeCompare(b.name));
}

/** Each team with its assignments to the given checkpoints and sites (others are ignored). */
export function teamRows(
  teams: readonly VolunteerTeam[],
  checkpointNames: ReadonlyMap<string, string>,
  siteNames: ReadonlyMap<string, string>,
): ReportTeamRow[] {
  return teams
    .map((team): ReportTeamRow => {
      const posts: ReportTeamRow['posts'] = [];
      for (const a of team.assignments) {
        const checkpoint = a.checkpointId !== null ? checkpointNames.get(a.checkpointId) : undefined;
        const site = a.siteId !== null ? siteNames.get(a.siteId) : undefined;
        if (checkpoint !== undefined)
          posts.push({ kind: 'checkpoint', name: checkpoint, role: a.role, members: a.members });
        else if (site !== undefined)
          posts.push({ kind: 'site', name: site, role: a.role, members: a.members });
      }
      return {
        id: team.id,
        name: team.name,
        leader: team.leader,
        members: team.members,
        roles: team.roles,
        deployed: posts.reduce((n, p) => n + p.members, 0),
        posts,
      };
    })
    .sort((a, b) => b.deployed - a.deployed || a.name.localeCompare(b.name));
}
