/**
 * Today's testing sites and their staffing (检测点): each site's status, zones ready, queue and
 * staff (police, medical, volunteers), plus the volunteer teams assigned to it, and the totals.
 */
import { dayOf } from '#common/domain/time';
import { siteZones, testingSiteSchema, volunteerTeamSchema, type TestingSite } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows, type RowProblem } from '#renderer/db/validRows';
import { queryGridLabels } from './gridLabels';

export interface SiteToday {
  site: TestingSite;
  gridLabel: string;
  zonesReady: number;
  /** Members of volunteer teams assigned to this site. */
  teamMembers: number;
  teams: string[];
}

export interface SitesToday {
  day: string;
  rows: SiteToday[];
  zonesTotal: number;
  totals: { police: number; medical: number; volunteers: number; queue: number; open: number };
  problems: RowProblem[];
}

export async function querySitesToday(db: GridroomDb, now: number): Promise<SitesToday> {
  const day = dayOf(now);
  const [rawSites, rawTeams] = await Promise.all([
    db.testingSites.where('day').equals(day).toArray(),
    db.volunteerTeams.toArray(),
  ]);
  const s = validRows('testingSites', rawSites, testingSiteSchema);
  const t = validRows('volunteerTeams', rawTeams, volunteerTeamSchema);
  const labels = await queryGridLabels(
    db,
    s.rows.map((site) => site.gridId),
  );
  const rows = s.rows
    .map((site): SiteToday => {
      const assigned = t.rows.flatMap((team) =>
        team.assignments
          .filter((a) => a.siteId === site.id)
          .map((a) => ({ team: team.name, members: a.members })),
      );
      return {
        site,
        gridLabel: labels.get(site.gridId) ?? site.gridId,
        zonesReady: new Set(site.zonesReady).size,
        teamMembers: assigned.reduce((n, a) => n + a.members, 0),
        teams: [...new Set(assigned.map((a) => a.team))],
      };
    })
    .sort((a, b) => a.gridLabel.localeCompare(b.gridLabel) || a.site.name.localeCompare(b.site.name));
  const sum = (pick: (r: SiteToday) => number) => rows.reduce((n, r) => n + pick(r), 0);
  return {
    day,
    rows,
    zonesTotal: siteZones.length,
    totals: {
      police: sum((r) => r.site.staff.police),
      medical: sum((r) => r.site.staff.medical),
      volunteers: sum((r) => r.site.staff.volunteers),
      queue: sum((r) => r.site.queueLength),
      open: rows.filter((r) => r.site.status === 'open').length,
    },
    problems: [...s.problems, ...t.problems],
  };
}
