/**
 * The report archive: every export of a daily report recorded in the audit log (newest first)
 * — when, by whom, which day, which format and file — with a button to export that day again
 * in the same format. Browser prints are marked as such.
 */
import { Button, Table, Tag } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber } from '#renderer/i18n/translate';
import type { ReportFormat } from './exportAudit';
import { formatStamp } from './print/reportFormat';
import type { ArchiveRow } from './reportArchiveQuery';

export function ReportArchive(props: {
  rows: readonly ArchiveRow[] | undefined;
  busy: boolean;
  onReexport(date: string, format: ReportFormat): void;
}) {
  const { t, language } = useI18n();
  return (
    <Table<ArchiveRow>
      size="small"
      rowKey="id"
      data-testid="report-archive"
      loading={props.rows === undefined}
      dataSource={props.rows ? [...props.rows] : []}
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      scroll={{ x: 820 }}
      locale={{ emptyText: t('report.archive.empty') }}
      onRow={(row) => ({ 'data-archive-date': row.date, 'data-archive-format': row.format }) as object}
      columns={[
        { key: 'at', title: t('report.archive.when'), render: (_, r) => formatStamp(r.at), width: 140 },
        { key: 'who', title: t('report.archive.who'), dataIndex: 'who', width: 100 },
        { key: 'date', title: t('report.archive.date'), dataIndex: 'date', width: 104 },
        {
          key: 'format',
          title: t('report.archive.format'),
          width: 140,
          render: (_, r) => (
            <>
              <Tag>{r.format.toUpperCase()}</Tag>
              {r.via === 'browser-print' ? <Tag color="blue">{t('report.archive.browserPrint')}</Tag> : null}
            </>
          ),
        },
        {
          key: 'file',
          title: t('report.archive.fileName'),
          dataIndex: 'fileName',
          width: 220,
          ellipsis: true,
        },
        {
          key: 'size',
          title: t('report.archive.size'),
          width: 90,
          align: 'right',
          render: (_, r) =>
            r.bytes === undefined
              ? t('report.none')
              : t('report.archive.bytes', {
                  kb: formatNumber(Math.max(1, Math.round(r.bytes / 1024)), language),
                }),
        },
        {
          key: 'again',
          title: '',
          width: 100,
          render: (_, r) => (
            <Button size="small" disabled={props.busy} onClick={() => props.onReexport(r.date, r.format)}>
              {t('report.archive.reexport')}
            </Button>
          ),
        },
      ]}
    />
  );
}
