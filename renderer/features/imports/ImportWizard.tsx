/**
 * One kind's import, as steps: choose file → map fields → check (dry run) → import. Shows the
 * step the session is in; progress and Cancel while the worker checks or writes.
 */
import { Button, Progress, Result, Space, Steps } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { CheckStep } from './CheckStep';
import { FileStep } from './FileStep';
import type { ImportKind } from './importKinds';
import { MappingStep } from './MappingStep';
import { useImportSession, type ImportState } from './useImportSession';

function stepIndex(state: ImportState): number {
  switch (state.step) {
    case 'pick':
    case 'reading':
    case 'read-failed':
      return 0;
    case 'mapping':
    case 'checking':
      return 1;
    case 'checked':
      return 2;
    case 'writing':
      return 3;
    case 'applied':
      // past the last step: every step shows as done
      return 4;
  }
}

export function ImportWizard({ kind }: { kind: ImportKind }) {
  const { t } = useI18n();
  const session = useImportSession(kind);
  const { state } = session;

  return (
    <div className="import-wizard" data-testid={`import-wizard-${kind}`} data-step={state.step}>
      <Steps
        size="small"
        current={stepIndex(state)}
        items={[
          { title: t('imports.step.file') },
          { title: t('imports.step.mapping') },
          { title: t('imports.step.check') },
          { title: t('imports.step.apply') },
        ]}
      />
      <div className="import-step-body">
        {state.step === 'pick' || state.step === 'reading' || state.step === 'read-failed' ? (
          <FileStep
            kind={kind}
            reading={state.step === 'reading' ? state : null}
            failed={state.step === 'read-failed' ? state : null}
            crashed={state.step === 'pick' && state.notice === 'crashed'}
            cancelled={state.step === 'pick' && state.notice === 'cancelled'}
            onFile={session.pickFile}
            onCancel={session.cancel}
            onReset={session.reset}
          />
        ) : null}
        {state.step === 'mapping' ? (
          <MappingStep
            kind={kind}
            fileName={state.fileName}
            summary={state.summary}
            mapping={state.mapping}
            crs={state.crs}
            constants={state.constants}
            onField={session.setField}
            onConstant={session.setConstant}
            onCrs={session.setCrs}
            onCheck={session.check}
            onReset={session.reset}
          />
        ) : null}
        {state.step === 'checking' ? (
          <div className="import-progress" data-testid="import-checking">
            <Progress
              percent={
                state.progress && state.progress.total > 0
                  ? Math.floor((state.progress.done / state.progress.total) * 100)
                  : 0
              }
              aria-label={t('a11y.progress.checking')}
              status="active"
            />
            <Space>
              <span data-testid="import-checking-text" data-done={state.progress?.done ?? 0}>
                {kind === 'grids' && state.progress
                  ? t('importsGeo.checking.points', {
                      done: state.progress.done,
                      total: state.progress.total,
                    })
                  : t('imports.checking', {
                      done: state.progress?.done ?? 0,
                      total: state.progress?.total ?? state.summary.rowCount,
                    })}
              </span>
              <Button danger onClick={session.cancel} data-testid="import-cancel">
                {t('imports.cancel')}
              </Button>
            </Space>
          </div>
        ) : null}
        {state.step === 'checked' || state.step === 'writing' ? (
          <CheckStep
            kind={kind}
            fileName={state.fileName}
            summary={state.summary}
            report={state.report}
            writing={state.step === 'writing' ? state.progress : false}
            notice={state.step === 'checked' ? state.notice : null}
            onApply={session.apply}
            onCancel={session.cancel}
            onBack={session.backToMapping}
            onRecheckAs={session.recheckAs}
            onReset={session.reset}
          />
        ) : null}
        {state.step === 'applied' ? (
          <Result
            status="success"
            data-testid="import-applied"
            title={t('imports.applied', {
              created: state.result.created,
              updated: state.result.updated,
              unchanged: state.result.unchanged,
            })}
            subTitle={t('imports.file.summary', { file: state.fileName })}
            extra={
              <Button type="primary" onClick={session.reset} data-testid="import-another">
                {t('imports.another')}
              </Button>
            }
          />
        ) : null}
      </div>
    </div>
  );
}
