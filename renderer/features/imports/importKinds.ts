/**
 * The five things a station can bring in from files (its own four, and the city registration
 * system's pass registrations), and what each needs: the file
 * types the picker accepts, the fields the mapping step offers (which are required), whether
 * a coordinate system must be chosen, and the synced entity the rows become. Pure, shared by
 * the screen and the import worker.
 */
import type { EntityName } from '#common/schemas/entities';
import { gridImportFields, requiredGridImportFields } from '#common/import/grids/gridPropertyMapping';
import { householdFields } from '#common/import/households/householdRows';
import { officerFields } from '#common/import/roster/officerRows';
import { volunteerFields } from '#common/import/roster/volunteerRows';
import { passRegistrationFields } from '#common/import/passes/passRegistrationRows';

export const importKinds = ['grids', 'households', 'officers', 'volunteerTeams', 'passRegistrations'] as const;
export type ImportKind = (typeof importKinds)[number];

/** What exports back out: the station's own data (a registration file is the city's, and personal). */
export const exportKinds = ['grids', 'households', 'officers', 'volunteerTeams'] as const;
export type ExportKind = (typeof exportKinds)[number];

export interface ImportField {
  key: string;
  required: boolean;
}

export interface ImportKindSpec {
  kind: ImportKind;
  entity: EntityName;
  /** For the file input's `accept`. */
  accept: string;
  /** Extensions the reader understands (lower case, with the dot). */
  extensions: readonly string[];
  fields: readonly ImportField[];
  /** Grids and households carry positions: the source coordinate system must be chosen. */
  hasCrs: boolean;
}

const tableExtensions = ['.csv', '.txt', '.xlsx'] as const;

export const importKindSpecs: Readonly<Record<ImportKind, ImportKindSpec>> = {
  grids: {
    kind: 'grids',
    entity: 'grids',
    accept: '.geojson,.json,.kml',
    extensions: ['.geojson', '.json', '.kml'],
    fields: gridImportFields.map((key) => ({ key, required: requiredGridImportFields.includes(key) })),
    hasCrs: true,
  },
  households: {
    kind: 'households',
    entity: 'households',
    accept: '.csv,.txt,.xlsx',
    extensions: tableExtensions,
    fields: householdFields.map(({ key, required }) => ({ key, required })),
    hasCrs: true,
  },
  officers: {
    kind: 'officers',
    entity: 'officers',
    accept: '.csv,.txt,.xlsx',
    extensions: tableExtensions,
    fields: officerFields.map(({ key, required }) => ({ key, required })),
    hasCrs: false,
  },
  volunteerTeams: {
    kind: 'volunteerTeams',
    entity: 'volunteerTeams',
    accept: '.csv,.txt,.xlsx',
    extensions: tableExtensions,
    fields: volunteerFields.map(({ key, required }) => ({ key, required })),
    hasCrs: false,
  },
  passRegistrations: {
    kind: 'passRegistrations',
    entity: 'passRegistrations',
    accept: '.csv,.txt,.xlsx',
    extensions: tableExtensions,
    fields: passRegistrationFields.map(({ key, required }) => ({ key, required })),
    hasCrs: false,
  },
};

/** The extension of a file name as the reader sees it (lower case, with the dot), or ''. */
export function extensionOf(fileName: string): string {
  const match = /\.[a-z0-9]{1,8}$/i.exec(fileName);
  return match ? match[0].toLowerCase() : '';
}
