/**
 * The station's data as files it can take elsewhere (and bring back): grids as a GeoJSON
 * FeatureCollection (WGS-84, properties code/name/community/street/gridLeader); addresses,
 * officers and volunteer teams as CSV in UTF-8 with a BOM, a header row in the interface
 * language with the same names the importer recognises, every text cell guarded against
 * formula injection (the importer takes the guard off again, so a file round-trips). Pure.
 */
import type { Grid, Household, Officer, VolunteerTeam } from '#common/schemas';
import { csvText } from '#renderer/export/csvText';
import { safeCell } from '#renderer/export/safeCell';
import { utf8Bom } from '#renderer/export/toCsv';
import type { Translate } from '#renderer/i18n/translate';
import {
  importsExportOfficerRoleKey,
  importsExportVolunteerRoleKey,
  importsFieldHouseholdsKey,
  importsFieldOfficersKey,
  importsFieldVolunteerTeamsKey,
} from '#renderer/i18n/keyTables';

export function gridsGeoJson(grids: readonly Grid[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: grids.map((g) => ({
      type: 'Feature',
      properties: {
        code: g.code,
        name: g.name,
        community: g.community,
        street: g.street,
        gridLeader: g.gridLeader,
      },
      geometry: g.geometry,
    })),
  });
}

const householdColumns = [
  'id',
  'address',
  'building',
  'unit',
  'room',
  'gridCode',
  'lng',
  'lat',
  'registeredResidents',
] as const;
const officerColumns = ['name', 'badgeNo', 'role', 'phone', 'onDuty'] as const;
const teamColumns = ['name', 'leader', 'members', 'roles'] as const;

/** Numbers as the shortest text that reads back to the same number (no rounding, no separators). */
const num = (n: number) => String(n);

function csv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return utf8Bom + csvText([header, ...rows].map((row) => row.map(safeCell)));
}

export function householdsCsv(
  t: Translate,
  households: readonly Household[],
  gridCodeById: ReadonlyMap<string, string>,
): string {
  return csv(
    householdColumns.map((k) => t(importsFieldHouseholdsKey[k])),
    households.map((h) => [
      h.id,
      h.address,
      h.building,
      h.unit,
      h.room,
      gridCodeById.get(h.gridId) ?? '',
      num(h.point[0]),
      num(h.point[1]),
      num(h.registeredResidents),
    ]),
  );
}

export function officersCsv(t: Translate, officers: readonly Officer[]): string {
  return csv(
    officerColumns.map((k) => t(importsFieldOfficersKey[k])),
    officers.map((o) => [
      o.name,
      o.badgeNo,
      t(importsExportOfficerRoleKey[o.role]),
      o.phone,
      t(o.onDuty ? 'imports.export.yes' : 'imports.export.no'),
    ]),
  );
}

export function volunteerTeamsCsv(t: Translate, teams: readonly VolunteerTeam[]): string {
  return csv(
    teamColumns.map((k) => t(importsFieldVolunteerTeamsKey[k])),
    teams.map((team) => [
      team.name,
      team.leader,
      num(team.members),
      team.roles.map((r) => t(importsExportVolunteerRoleKey[r])).join(t('imports.export.listSeparator')),
    ]),
  );
}
