/**
 * Step 3, the dry run's report: the figures, every issue in words (and as a downloadable CSV),
 * for grid files the preview map, and Import — enabled only for a file without a single issue,
 * with something to change, for a role allowed to make every one of the changes. While the
 * one transaction runs, a progress bar and Cancel (which undoes everything written so far).
 */
import { Alert, Button, Progress, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CrsName } from '#common/geo/chinaCrs';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { mayWrite } from '#common/domain/rolePolicy';
import { defaultSaver } from '#renderer/export/saveReportFile';
import { errorReportBytes } from './errorReport';
import { GridPreviewMap } from './GridPreviewMap';
import { importFileName } from './importFileNames';
import type { CheckReport, ReadSummary } from './importMessages';
import { importKindSpecs, type ImportKind } from './importKinds';
import { IssueList } from './IssueList';
import { CheckNotices } from './CheckNotices';
import { FileFacts } from './MappingStep';
import { ReportCounts } from './ReportCounts';
import type { Progress as WorkerProgress } from './importClient';
import type { ImportState } from './useImportSession';
import { PreviewLegend } from './PreviewLegend';
import { ApplyNotice } from './ApplyNotice';
import { PassImportNotes } from './PassImportNotes';
import { importsKindKey, rolesKey } from '#renderer/i18n/keyTables';

export interface CheckStepProps {
  kind: ImportKind;
  fileName: string;
  summary: ReadSummary;
  report: CheckReport;
  writing: WorkerProgress | null | false;
  notice: Extract<ImportState, { step: 'checked' }>['notice'];
  onApply(): void;
  onCancel(): void;
  onBack(): void;
  onReset(): void;
  /** Check again as if the file were in another coordinate system (a shifted-file notice). */
  onRecheckAs?(crs: CrsName): void;
}

function useCurrentOutlines(enabled: boolean) {
  const db = useDb();
  return useLiveQuery(
    async () => (enabled ? (await db.grids.toArray()).filter((g) => !g.deleted).map((g) => g.geometry) : []),
    [db, enabled],
  );
}

export function CheckStep(props: CheckStepProps) {
  const { kind, fileName, summary, report, writing, notice } = props;
  const { t } = useI18n();
  const db = useDb();
  const { role } = useSession();
  const current = useCurrentOutlines(report.outlines !== null);
  const spec = importKindSpecs[kind];
  const mayApply = useMemo(
    () => mayWrite(role, spec.entity, Object.fromEntries(report.touchedFields.map((f) => [f, true]))),
    [role, spec.entity, report.touchedFields],
  );
  const changes = report.creates + report.updates;
  const blocked =
    report.issuesTotal > 0
      ? t('imports.apply.blocked.issues')
      : changes === 0
        ? t('imports.apply.blocked.nothing')
        : !mayApply
          ? t('imports.apply.blocked.role', { role: t(rolesKey[role]), kind: t(importsKindKey[kind]) })
          : null;
  const isWriting = writing !== false;

  const downloadReport = async () => {
    const station = (await db.stations.toCollection().first())?.name ?? '';
    const file = {
      name: importFileName(station, `${t('imports.report.fileName')}_${t(importsKindKey[kind])}`, 'csv'),
      kind: 'csv' as const,
      mimeType: 'text/csv;charset=utf-8',
      bytes: errorReportBytes(t, kind, report.issues),
    };
    await defaultSaver()(file);
  };

  return (
    <div className="import-check" data-testid="import-check-step">
      <FileFacts fileName={fileName} summary={summary} />
      <ReportCounts report={report} />
      {notice ? <ApplyNotice kind={kind} notice={notice} /> : null}
      {report.issuesTotal > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="import-has-issues"
          title={t(
            report.outlines === null ? 'imports.report.issues.rows' : 'imports.report.issues.features',
            {
              issues: report.issuesTotal,
              bad: report.bad,
            },
          )}
          description={
            report.issues.length < report.issuesTotal
              ? t('imports.report.capped', { shown: report.issues.length, total: report.issuesTotal })
              : undefined
          }
        />
      ) : (
        <Alert
          type={changes === 0 ? 'info' : 'success'}
          showIcon
          data-testid="import-clean"
          title={changes === 0 ? t('imports.report.nothing') : t('imports.report.clean')}
        />
      )}
      <CheckNotices notices={report.notices ?? []} disabled={isWriting} onRecheckAs={props.onRecheckAs} />
      {report.outlines !== null && current !== undefined ? (
        <div className="import-preview">
          <h4>{t('imports.preview.title')}</h4>
          <GridPreviewMap current={current} outlines={report.outlines} />
          <PreviewLegend />
        </div>
      ) : null}
      {report.issues.length > 0 ? (
        <>
          <IssueList kind={kind} issues={report.issues} />
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void downloadReport()}
            data-testid="import-error-report"
          >
            {t('imports.report.download')}
          </Button>
        </>
      ) : null}
      {kind === 'passRegistrations' ? <PassImportNotes report={report} /> : null}
      {isWriting ? (
        <div className="import-progress" data-testid="import-progress">
          <Progress
            percent={writing && writing.total > 0 ? Math.floor((writing.done / writing.total) * 100) : 0}
            aria-label={t('a11y.progress.writing')}
            status="active"
          />
          <Space>
            <span data-testid="import-progress-text" data-done={writing ? writing.done : 0}>
              {t('imports.writing', {
                done: writing ? writing.done : 0,
                total: writing ? writing.total : changes,
              })}
            </span>
            <Button danger onClick={props.onCancel} data-testid="import-cancel">
              {t('imports.cancel')}
            </Button>
          </Space>
        </div>
      ) : (
        <div className="import-apply">
          <p className="muted">{t('imports.apply.allOrNothing')}</p>
          {blocked ? (
            <p className="warn" data-testid="import-apply-blocked">
              {blocked}
            </p>
          ) : null}
          <Space>
            <Button
              type="primary"
              disabled={blocked !== null}
              onClick={props.onApply}
              data-testid="import-apply"
            >
              {t('imports.apply')}
            </Button>
            <Button onClick={props.onBack} data-testid="import-back">
              {t('imports.backToMapping')}
            </Button>
            <Button onClick={props.onReset}>{t('imports.pickAnother')}</Button>
          </Space>
        </div>
      )}
    </div>
  );
}
