/**
 * Words of the report's enumerations (levels, severities, statuses, modes…) and its number
 * formats in the current language — one place, so the print layout and the screen agree.
 */
import { useMemo } from 'react';
import type {
  CheckpointMode,
  ControlLevel,
  IncidentStatus,
  IncidentType,
  PostType,
  Severity,
  SiteStatus,
  VisitOutcome,
  VolunteerRole,
} from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber, formatPercent, type Translate } from '#renderer/i18n/translate';
import {
  checkpointModeKey,
  incidentStatusKey,
  incidentTypeKey,
  levelKey,
  severityKey,
  siteStatusKey,
} from '#renderer/i18n/domainWords';
import { postTypeKey, sweepsOutcomeKey, volunteerRoleKey } from '#renderer/i18n/keyTables';

export interface ReportText {
  t: Translate;
  n(value: number): string;
  pct(ratio: number): string;
  level(l: ControlLevel): string;
  severity(s: Severity): string;
  incidentType(t: IncidentType): string;
  incidentStatus(s: IncidentStatus): string;
  mode(m: CheckpointMode): string;
  postType(p: PostType): string;
  siteStatus(s: SiteStatus): string;
  outcome(o: VisitOutcome): string;
  role(r: VolunteerRole): string;
}

export function useReportText(): ReportText {
  const { t, language } = useI18n();
  return useMemo(() => {
    return {
      t,
      n: (v) => formatNumber(v, language),
      pct: (r) => formatPercent(r, language),
      level: (l) => t(levelKey[l]),
      severity: (s) => t(severityKey[s]),
      incidentType: (x) => t(incidentTypeKey[x]),
      incidentStatus: (s) => t(incidentStatusKey[s]),
      mode: (m) => t(checkpointModeKey[m]),
      postType: (p) => t(postTypeKey[p]),
      siteStatus: (s) => t(siteStatusKey[s]),
      outcome: (o) => t(sweepsOutcomeKey[o]),
      role: (r) => t(volunteerRoleKey[r]),
    };
  }, [t, language]);
}
