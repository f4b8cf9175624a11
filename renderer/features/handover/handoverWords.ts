/**
 * The words a handover sheet's lines are frozen in (common/domain/handoverDraft.ts
 * `HandoverWords`): always Chinese, the station's record language, so a sheet reads the same
 * whoever opens it and in whatever language their screen is. Only types, levels, grids, codes,
 * checkpoint names and station times — never a resident's name or ID, nor an incident's
 * description. Pure (no React), so unit tests use the very words the app freezes.
 */
import type { GridLabel, HandoverWords } from '#common/domain/handoverDraft';
import type { EntityName } from '#common/schemas/entities';
import { formatDateTime, formatTime, makeTranslate } from '#renderer/i18n/translate';
import {
  healthCodeKey,
  incidentStatusKey,
  incidentTypeKey,
  levelKey,
  severityKey,
} from '#renderer/i18n/domainWords';
import { auditEntityKey, sweepsFindingKindKey, sweepsFollowUpKey } from '#renderer/i18n/keyTables';
import { mutationRefusalKey } from '#renderer/i18n/domainWords';

export const SHEET_LANGUAGE = 'zh-CN' as const;
const t = makeTranslate(SHEET_LANGUAGE);
const at = (ms: number): string => formatDateTime(ms, SHEET_LANGUAGE);
const gridText = (grid: GridLabel | null): string =>
  grid ? `${grid.code} ${grid.name}` : t('handover.item.noGrid');

const refusalKey = mutationRefusalKey;

const isEntity = (entity: string): entity is EntityName => Object.hasOwn(auditEntityKey, entity);
const isRefusal = (r: string): r is keyof typeof refusalKey => Object.hasOwn(refusalKey, r);

export const handoverWords: HandoverWords = {
  openIncident: (f) =>
    t('handover.item.openIncident', {
      severity: t(severityKey[f.severity]),
      type: t(incidentTypeKey[f.type]),
      grid: gridText(f.grid),
      reportedAt: at(f.reportedAt),
      status: t(incidentStatusKey[f.status]),
    }),
  resolvedIncident: (f) =>
    t('handover.item.resolvedIncident', {
      severity: t(severityKey[f.severity]),
      type: t(incidentTypeKey[f.type]),
      grid: gridText(f.grid),
      reportedAt: at(f.reportedAt),
      resolvedAt: at(f.resolvedAt),
    }),
  levelChange: (f) =>
    f.to === null
      ? t('handover.item.levelChange', {
          grid: gridText(f.grid),
          level: t(levelKey[f.level]),
          from: at(f.from),
        })
      : t('handover.item.levelChange.until', {
          grid: gridText(f.grid),
          level: t(levelKey[f.level]),
          from: at(f.from),
          to: at(f.to),
        }),
  rosterGap: (f) =>
    t('handover.item.rosterGap', {
      checkpoint: f.checkpoint,
      grid: gridText(f.grid),
      gaps: f.gaps.map((g) => `${at(g.start)}–${formatTime(g.end, SHEET_LANGUAGE)}`).join('、'),
      hours: Math.round((f.uncoveredMs / 3_600_000) * 10) / 10,
    }),
  pendingCount: (f) => t('handover.item.pendingCount', { count: f.count, oldestAt: at(f.oldestAt) }),
  pendingReview: (f) =>
    f.flags > 0
      ? t('handover.item.pendingReview.flags', {
          submittedAt: at(f.submittedAt),
          grid: gridText(f.grid),
          code: t(healthCodeKey[f.healthCode]),
          flags: f.flags,
        })
      : t('handover.item.pendingReview', {
          submittedAt: at(f.submittedAt),
          grid: gridText(f.grid),
          code: t(healthCodeKey[f.healthCode]),
        }),
  followUp: (f) =>
    t('handover.item.followUp', {
      kind: t(sweepsFindingKindKey[f.kind]),
      grid: gridText(f.grid),
      status: t(sweepsFollowUpKey[f.status]),
      changedAt: at(f.changedAt),
    }),
  outbox: (f) => t('handover.item.outbox', { count: f.count, oldestAt: at(f.oldestAt) }),
  conflicts: (f) => t('handover.item.conflicts', { count: f.count }),
  refused: (f) =>
    t('handover.item.refused', {
      entity: isEntity(f.entity) ? t(auditEntityKey[f.entity]) : f.entity,
      madeAt: at(f.madeAt),
      reason:
        f.refusal !== null && isRefusal(f.refusal)
          ? t(refusalKey[f.refusal])
          : t('handover.item.refusedUnknown'),
    }),
  more: (f) => t('handover.item.more', { count: f.count }),
};
