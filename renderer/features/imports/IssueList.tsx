/**
 * The check's issues, one row each — where, column, reason in words — for up to 200,000
 * issues. Translation is lazy: the list holds the issues as data and each cell is put into
 * words when its row is rendered, and only the rows in view (and a few beyond) are rendered
 * (WindowedTable), so a 200,000-issue report costs the same to show as a 20-issue one. Rows
 * are one line; the full reason is the cell's tooltip. The downloadable report
 * (errorReport.ts) words every issue, not only these.
 */
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type HTMLAttributes } from 'react';
import { VirtualTable } from '#renderer/shared/VirtualTable';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { ImportIssue } from './importMessages';
import type { ImportKind } from './importKinds';
import { issuePlace, issueReason } from './issueText';

const ROW_HEIGHT = 32;

export function IssueList({ kind, issues }: { kind: ImportKind; issues: readonly ImportIssue[] }) {
  const { t } = useI18n();
  const columns = useMemo<ColumnsType<ImportIssue>>(
    () => [
      {
        title: t('imports.report.col.at'),
        key: 'place',
        width: 120,
        render: (_, issue) => issuePlace(t, issue),
      },
      {
        title: t('imports.report.col.column'),
        key: 'column',
        width: 130,
        render: (_, issue) => (issue.column ?? '').slice(0, 40),
      },
      {
        title: t('imports.report.col.reason'),
        key: 'reason',
        render: (_, issue) => {
          const reason = issueReason(t, kind, issue);
          return <span title={reason}>{reason}</span>;
        },
      },
    ],
    [kind, t],
  );
  return (
    <div data-testid="import-issues" data-total={issues.length}>
      <VirtualTable<ImportIssue>
        rows={issues}
        rowHeight={ROW_HEIGHT}
        rowKey={(_, index) => index ?? 0}
        columns={columns}
        scroll={{ y: 300 }}
        onRow={(issue) => ({ 'data-at': issue.at ?? '' }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
