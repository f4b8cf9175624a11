/**
 * The check step's words for a pass-registration file: what happens to residents' IDs (sealed
 * to the centre's key, or — with no key cached yet, as in demo mode — kept as the mask only),
 * that every row arrives pending from 文件导入, and the rows that import flagged, line by line
 * with their flags in words (a windowed list: a city file may flag thousands).
 */
import { Alert } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, type HTMLAttributes } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { VirtualTable } from '#renderer/shared/VirtualTable';
import { useI18n } from '#renderer/i18n/I18nContext';
import { intakeFlagKey } from '#renderer/i18n/domainWords';
import { cachedIdentityKey } from '#renderer/sync/identityKey';
import type { CheckReport, FlaggedLine } from './importMessages';

const ROW_HEIGHT = 32;

export function PassImportNotes({ report }: { report: CheckReport }) {
  const { t } = useI18n();
  const db = useDb();
  const centreKey = useLiveQuery(() => cachedIdentityKey(db), [db]);
  const flagged = report.flagged ?? [];
  const columns = useMemo<ColumnsType<FlaggedLine>>(
    () => [
      { title: t('imports.pass.col.line'), key: 'line', width: 120, render: (_, f) => t('imports.at.row', { n: f.line }) },
      {
        title: t('imports.pass.col.flags'),
        key: 'flags',
        render: (_, f) => f.flags.map((flag) => t(intakeFlagKey[flag])).join('、'),
      },
    ],
    [t],
  );
  return (
    <div className="import-pass-notes" data-testid="import-pass-notes">
      {centreKey === undefined ? null : centreKey === null ? (
        <Alert type="warning" showIcon data-testid="import-pass-no-key" title={t('imports.pass.noKey')} />
      ) : (
        <Alert type="info" showIcon data-testid="import-pass-sealed" title={t('imports.pass.sealed')} />
      )}
      <p className="muted">{t('imports.pass.pending')}</p>
      {flagged.length > 0 ? (
        <div data-testid="import-pass-flagged" data-total={report.flaggedTotal ?? flagged.length}>
          <h4>{t('imports.pass.flagged.title', { n: report.flaggedTotal ?? flagged.length })}</h4>
          <VirtualTable<FlaggedLine>
            rows={flagged}
            rowHeight={ROW_HEIGHT}
            rowKey={(f) => f.line}
            columns={columns}
            scroll={{ y: Math.min(240, flagged.length * ROW_HEIGHT) }}
            aria-label={t('imports.pass.flagged.label')}
            onRow={(f) => ({ 'data-line': f.line, 'data-flags': f.flags.join(' ') }) as HTMLAttributes<HTMLElement>}
          />
        </div>
      ) : null}
    </div>
  );
}
