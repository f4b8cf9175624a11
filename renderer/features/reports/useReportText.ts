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
import type { MessageKey } from '#renderer/i18n/zh';

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
    const k = (key: string) => t(key as MessageKey);
    return {
      t,
      n: (v) => formatNumber(v, language),
      pct: (r) => formatPercent(r, language),
      level: (l) => k(`level.${l}`),
      severity: (s) => k(`severity.${s}`),
      incidentType: (x) => k(`incidentType.${x}`),
      incidentStatus: (s) => k(`incidentStatus.${s}`),
      mode: (m) => k(`checkpointMode.${m}`),
      postType: (p) => k(`postType.${p}`),
      siteStatus: (s) => k(`siteStatus.${s}`),
      outcome: (o) => k(`sweeps.outcome.${o}`),
      role: (r) => k(`volunteerRole.${r}`),
    };
  }, [t, language]);
}
