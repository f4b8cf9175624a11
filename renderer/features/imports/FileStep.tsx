/**
 * Step 1: pick a file (click or drop). Nothing is uploaded anywhere: the file's bytes go to
 * the import worker. A file that could not be read says why, naming the file as it is shown
 * (control characters written out, never used as a path).
 */
import { Alert, Button, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/I18nContext';
import type { ImportIssue } from './importMessages';
import { importKindSpecs, type ImportKind } from './importKinds';
import { issueReason } from './issueText';

export interface FileStepProps {
  kind: ImportKind;
  reading: string | null;
  failed: { fileName: string; issue: ImportIssue } | null;
  crashed: boolean;
  onFile(file: File): void;
  onReset(): void;
}

export function FileStep({ kind, reading, failed, crashed, onFile, onReset }: FileStepProps) {
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
      <Upload.Dragger
        accept={spec.accept}
        multiple={false}
        showUploadList={false}
        disabled={reading !== null}
        beforeUpload={(file) => {
          onFile(file);
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{reading !== null ? t('imports.reading') : t('imports.pick.title')}</p>
        <p className="ant-upload-hint">
          {kind === 'grids' ? t('imports.pick.hint.grids') : t('imports.pick.hint.table')}
        </p>
        {reading !== null ? (
          <p className="ant-upload-hint" data-testid="import-reading-name">
            {reading}
          </p>
        ) : null}
      </Upload.Dragger>
    </div>
  );
}
