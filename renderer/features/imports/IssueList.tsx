/** The check's issues, one row each — where, column, reason in words — virtualised for 200,000 rows. */
import type { ColumnsType } from 'antd/es/table';
import { useMemo, type HTMLAttributes } from 'react';
import { VirtualTable } from '../../app/VirtualTable';
import { useI18n } from '../../i18n/I18nContext';
import type { ImportIssue } from './importMessages';
import type { ImportKind } from './importKinds';
import { issuePlace, issueReason } from './issueText';

type Row = { key: number; place: string; column: string; reason: string; at: number | null };

export function IssueList({ kind, issues }: { kind: ImportKind; issues: readonly ImportIssue[] }) {
  const { t } = useI18n();
  const rows = useMemo<Row[]>(
    () =>
      issues.map((issue, key) => ({
        key,
        at: issue.at,
        place: issuePlace(t, issue),
        column: (issue.column ?? '').slice(0, 40),
        reason: issueReason(t, kind, issue),
      })),
    [issues, kind, t],
  );
  const columns = useMemo<ColumnsType<Row>>(
    () => [
      { title: t('imports.report.col.at'), key: 'place', width: 120, render: (_, r) => r.place },
      { title: t('imports.report.col.column'), key: 'column', width: 130, render: (_, r) => r.column },
      { title: t('imports.report.col.reason'), key: 'reason', render: (_, r) => r.reason },
    ],
    [t],
  );
  return (
    <div data-testid="import-issues">
      <VirtualTable<Row>
        rows={rows}
        columns={columns}
        scroll={{ y: 300 }}
        onRow={(r) => ({ 'data-at': r.at ?? '' }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
