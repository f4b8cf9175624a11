/**
 * Cache reads of the sites screen: the days that have testing sites, one day's sites (optionally
 * one grid), the volunteer teams, and the names of checkpoints and sites teams can go to.
 */
import {
  checkpointSchema,
  gridSchema,
  testingSiteSchema,
  volunteerTeamSchema,
  type TestingSite,
  type VolunteerTeam,
} from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows } from '#renderer/db/validRows';

export async function querySiteDays(db: GridroomDb): Promise<string[]> {
  const keys = await db.testingSites.orderBy('day').uniqueKeys();
  return keys.filter((k): k is string => typeof k === 'string').reverse();
}

export interface SiteRow {
  site: TestingSite;
  gridLabel: string;
}

export async function querySites(db: GridroomDb, day: string, gridId: string | null): Promise<SiteRow[]> {
  const [raw, rawGrids] = await Promise.all([
    db.testingSites.where('day').equals(day).toArray(),
    db.grids.toArray(),
  ]);
  const grids = new Map(
    validRows('grids', rawGrids, gridSchema).rows.map((g) => [g.id, `${g.code} ${g.name}`]),
  );
  return validRows('testingSites', raw, testingSiteSchema)
    .rows.filter((s) => gridId === null || s.gridId === gridId)
    .map((site) => ({ site, gridLabel: grids.get(site.gridId) ?? site.gridId }))
    .sort((a, b) => a.gridLabel.localeCompare(b.gridLabel) || a.site.name.localeCompare(b.site.name));
}

export async function queryGridOptions(db: GridroomDb): Promise<{ value: string; label: string }[]> {
  const grids = validRows('grids', await db.grids.toArray(), gridSchema).rows;
  return grids
    .map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

export interface TeamData {
  teams: VolunteerTeam[];
  /** Names of every checkpoint and testing site, by id (for assignments). */
  postNames: Map<string, string>;
  checkpoints: { id: string; name: string }[];
  sites: { id: string; name: string; day: string }[];
}

export async function queryTeams(db: GridroomDb, day: string | null): Promise<TeamData> {
  const [teams, checkpoints, sites] = await Promise.all([
    db.volunteerTeams.toArray(),
    db.checkpoints.toArray(),
    db.testingSites.toArray(),
  ]);
  const cps = validRows('checkpoints', checkpoints, checkpointSchema).rows;
  const ss = validRows('testingSites', sites, testingSiteSchema).rows;
  const postNames = new Map<string, string>();
  for (const c of cps) postNames.set(c.id, c.name);
  for (const s of ss) postNames.set(s.id, `${s.name}（${s.day}）`);
  return {
    teams: validRows('volunteerTeams', teams, volunteerTeamSchema).rows.sort((a, b) =>
      a.name.localeCompare(b.name),
    ),
    postNames,
    checkpoints: cps.map((c) => ({ id: c.id, name: c.name })).sort((a, b) => a.name.localeCompare(b.name)),
    sites: ss
      .filter((s) => day === null || s.day >= day)
      .map((s) => ({ id: s.id, name: s.name, day: s.day }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name)),
  };
}
