/**
 * Step 1: pick a file (click or drop). Nothing is uploaded anywhere: the File goes to the
 * import worker, which checks its size and reads it in chunks. While it reads, a progress bar
 * and Cancel (which ends the worker: nothing has been written). A file that could not be read
 * says why, naming the file as it is shown (control characters written out, never a path).
 */
import { Alert, Button, Progress, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { Progress as WorkerProgress } from './importClient';
import type { ImportIssue } from './importMessages';
import { importKindSpecs, type ImportKind } from './importKinds';
import { issueReason } from './issueText';

export interface FileStepProps {
  kind: ImportKind;
  reading: { fileName: string; progress: WorkerProgress | null } | null;
  failed: { fileName: string; issue: ImportIssue } | null;
  crashed: boolean;
  cancelled: boolean;
  onFile(file: File): void;
  onCancel(): void;
  onReset(): void;
}

const percentOf = (p: WorkerProgress | null) =>
  p && p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : 0;

function ReadingProgress({
  reading,
  onCancel,
}: {
  reading: NonNullable<FileStepProps['reading']>;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const { progress } = reading;
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return (
    <div
      className="import-reading"
      data-testid="import-reading"
      data-done={progress?.done ?? 0}
      data-total={progress?.total ?? 0}
    >
      <p data-testid="import-reading-name">{reading.fileName}</p>
      <Progress
        percent={percentOf(progress)}
        aria-label={t('a11y.progress.reading')}
        status="active"
        data-testid="import-read-progress"
      />
      <p className="import-reading-figures" data-testid="import-read-figures">
        {progress && progress.total > 0
          ? t('importsTables.reading.figures', { done: mb(progress.done), total: mb(progress.total) })
          : t('imports.reading')}
      </p>
      <Button danger onClick={onCancel} data-testid="import-read-cancel">
        {t('importsTables.reading.cancel')}
      </Button>
    </div>
  );
}

export function FileStep({
  kind,
  reading,
  failed,
  crashed,
  cancelled,
  onFile,
  onCancel,
  onReset,
}: FileStepProps) {
  const { t } = useI18n();
  const spec = importKindSpecs[kind];
  return (
    <div className="import-file-step" data-testid="import-upload">
      {failed ? (
        <Alert
          type="error"
          showIcon
          data-testid="import-read-failed"
          title={t('imports.readFailed', {
            file: failed.fileName,
            reason: issueReason(t, kind, failed.issue),
          })}
          action={
            <Button size="small" onClick={onReset}>
              {t('imports.pickAnother')}
            </Button>
          }
        />
      ) : null}
      {crashed ? (
        <Alert type="error" showIcon data-testid="import-crashed" title={t('imports.crashed')} />
      ) : null}
      {cancelled ? (
        <Alert
          type="info"
          showIcon
          data-testid="import-read-cancelled"
          title={t('importsTables.reading.cancelled')}
        />
      ) : null}
      {reading !== null ? (
        <ReadingProgress reading={reading} onCancel={onCancel} />
      ) : (
        <Upload.Dragger
          accept={spec.accept}
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            onFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.pick.title')}</p>
          <p className="ant-upload-hint">
            {kind === 'grids' ? t('imports.pick.hint.grids') : t('imports.pick.hint.table')}
          </p>
        </Upload.Dragger>
      )}
    </div>
  );
}
