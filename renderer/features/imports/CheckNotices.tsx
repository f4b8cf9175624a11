/**
 * The check report's warnings that do not block an import — today, a grid file that fits the
 * station's area better read in another coordinate system (GCJ-02 or BD-09, from a web map):
 * the warning in words and a button that converts and checks again in one click.
 */
import { Alert, Button } from 'antd';
import type { CrsName } from '#common/geo/chinaCrs';
import { sourceCrsNames } from '#common/geo/chinaCrs';
import { useI18n } from '#renderer/i18n/I18nContext';
import { crsLabel } from './gridIssueText';
import type { ImportIssue } from './importMessages';
import { issueReason } from './issueText';

const isCrs = (value: unknown): value is CrsName =>
  typeof value === 'string' && (sourceCrsNames as readonly string[]).includes(value);

export interface CheckNoticesProps {
  notices: readonly ImportIssue[];
  disabled: boolean;
  onRecheckAs?(crs: CrsName): void;
}

export function CheckNotices({ notices, disabled, onRecheckAs }: CheckNoticesProps) {
  const { t } = useI18n();
  return notices.map((n) => {
    const crs = n.params.crs;
    return (
      <Alert
        key={`${n.code}:${String(crs)}`}
        type="warning"
        showIcon
        data-testid={`import-check-notice-${n.code}`}
        title={issueReason(t, 'grids', n)}
        action={
          n.code === 'looks-shifted' && isCrs(crs) && onRecheckAs ? (
            <Button
              size="small"
              type="primary"
              disabled={disabled}
              onClick={() => onRecheckAs(crs)}
              data-testid="import-convert-crs"
            >
              {t('importsGeo.shifted.convert', { crs: crsLabel(t, crs) })}
            </Button>
          ) : undefined
        }
      />
    );
  });
}
