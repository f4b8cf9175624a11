/** English, the second language (for tests and reviewers). Must have every key of zh.ts. */
import type { MessageKey } from './zh';

import { appEn } from './features/app';
import { boardEn } from './features/board';
import { gridsEn } from './features/grids';
import { rolesEn } from './features/roles';
import { sweepsEn } from './features/sweeps';
import { checkpointsEn } from './features/checkpoints';
import { sitesEn } from './features/sites';
import { teamsEn } from './features/teams';
import { incidentsEn } from './features/incidents';
import { auditEn } from './features/audit';
import { adminEn } from './features/admin';
import { deviceUpdateEn } from './features/deviceUpdate';
import { trustEn } from './features/trust';
import { basemapEn } from './features/basemap';
import { briefingEn } from './features/briefing';
import { reportsEn } from './features/reports';
import { reportExportEn } from './features/reportExport';
import { importsEn } from './features/imports';
import { importsGeoEn } from './features/importsGeo';
import { importsTablesEn } from './features/importsTables';
import { signinEn } from './features/signin';
import { settingsEn } from './features/settings';
import { syncEn } from './features/sync';
import { a11yEn } from './features/a11y';
import { diagnosticsEn } from './features/diagnostics';
import { versionEn } from './features/version';
import { epassEn } from './features/epass';
import { fusionEn } from './features/fusion';
import { gateEn } from './features/gate';
import { handoverEn } from './features/handover';

export const en: Record<MessageKey, string> = {
  ...appEn,
  ...boardEn,
  ...gridsEn,
  ...rolesEn,
  ...sweepsEn,
  ...checkpointsEn,
  ...sitesEn,
  ...teamsEn,
  ...incidentsEn,
  ...auditEn,
  ...adminEn,
  ...deviceUpdateEn,
  ...trustEn,
  ...basemapEn,
  ...briefingEn,
  ...reportsEn,
  ...reportExportEn,
  ...importsEn,
  ...importsGeoEn,
  ...importsTablesEn,
  ...signinEn,
  ...settingsEn,
  ...syncEn,
  ...a11yEn,
  ...diagnosticsEn,
  ...versionEn,
  ...epassEn,
  ...fusionEn,
  ...gateEn,
  ...handoverEn,
};
