/**
 * Simplified Chinese, the interface's first language and the source of every message key.
 * Terms follow the users' own words (docs/architecture.md, Words): 网格, 一格一警, 摸排, 封控区/管控区/防范区…
 * Placeholders are `{name}`. Each string lives in features/<file>.ts, the file of its key's
 * prefix (test/unit/i18n/keyFiles.test.ts checks it); this file only gathers them.
 */
import { appZh } from './features/app';
import { boardZh } from './features/board';
import { gridsZh } from './features/grids';
import { rolesZh } from './features/roles';
import { sweepsZh } from './features/sweeps';
import { checkpointsZh } from './features/checkpoints';
import { sitesZh } from './features/sites';
import { teamsZh } from './features/teams';
import { incidentsZh } from './features/incidents';
import { auditZh } from './features/audit';
import { adminZh } from './features/admin';
import { deviceUpdateZh } from './features/deviceUpdate';
import { trustZh } from './features/trust';
import { basemapZh } from './features/basemap';
import { briefingZh } from './features/briefing';
import { reportsZh } from './features/reports';
import { reportExportZh } from './features/reportExport';
import { importsZh } from './features/imports';
import { importsGeoZh } from './features/importsGeo';
import { importsTablesZh } from './features/importsTables';
import { signinZh } from './features/signin';
import { settingsZh } from './features/settings';
import { syncZh } from './features/sync';
import { a11yZh } from './features/a11y';
import { diagnosticsZh } from './features/diagnostics';
import { versionZh } from './features/version';
import { epassZh } from './features/epass';
import { fusionZh } from './features/fusion';
import { gateZh } from './features/gate';
import { handoverZh } from './features/handover';

export const zh = {
  ...appZh,
  ...boardZh,
  ...gridsZh,
  ...rolesZh,
  ...sweepsZh,
  ...checkpointsZh,
  ...sitesZh,
  ...teamsZh,
  ...incidentsZh,
  ...auditZh,
  ...adminZh,
  ...deviceUpdateZh,
  ...trustZh,
  ...basemapZh,
  ...briefingZh,
  ...reportsZh,
  ...reportExportZh,
  ...importsZh,
  ...importsGeoZh,
  ...importsTablesZh,
  ...signinZh,
  ...settingsZh,
  ...syncZh,
  ...a11yZh,
  ...diagnosticsZh,
  ...versionZh,
  ...epassZh,
  ...fusionZh,
  ...gateZh,
  ...handoverZh,
} as const;

export type MessageKey = keyof typeof zh;
