/**
 * The notice after an apply that did not import: cancelled, failed (its reason in words), or
 * — nothing written — the plan changed under the check, with the figures before → after and
 * what now exists; the report shown below it is then the re-check's.
 */
import { Alert } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { ApplyOutcome } from './importClient';
import type { ImportKind } from './importKinds';
import { applyFailureText, planChangedLines } from './applyNoticeText';

export type ApplyNoticeValue = Exclude<ApplyOutcome, { status: 'applied' }>;

export function ApplyNotice({ kind, notice }: { kind: ImportKind; notice: ApplyNoticeValue }) {
  const { t, language } = useI18n();
  if (notice.status === 'cancelled')
    return <Alert type="info" showIcon data-testid="import-notice" title={t('imports.cancelled')} />;
  if (notice.status === 'plan-changed')
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="import-plan-changed"
        title={t('imports.planChanged.title')}
        description={
          <>
            <p>{t('imports.planChanged.body')}</p>
            {planChangedLines(t, kind, notice.changes).map((line) => (
              <p key={line}>{line}</p>
            ))}
          </>
        }
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      data-testid="import-notice"
      data-reason={notice.reason}
      title={applyFailureText(t, language, kind, notice)}
    />
  );
}
