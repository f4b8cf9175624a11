/**
 * 报告: the station chief's daily report (日报) — choose a day (yesterday by default, station
 * time; no future days), see it as it prints, export it to PDF, XLSX or CSV, and find past
 * exports in the archive (from the audit log) with a button to export that day again. In a
 * browser the PDF comes from the browser's print dialog, and the screen says so.
 */
import { FilePdfOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { dayOf } from '#common/domain/time';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { useI18n } from '#renderer/i18n/I18nContext';
import { reportSheetKeys, type ReportSheetKey } from './export/dailyReportSheets';
import type { ReportFormat } from './exportAudit';
import { ReportArchive } from './ReportArchive';
import { ReportPreview } from './ReportPreview';
import { yesterdayOf } from './reportRoute';
import { useReportArchive } from './useReportArchive';
import { desktopApp, useReportExports } from './useReportExports';
import './reportsScreen.css';
import { reportExportSheetKey } from '#renderer/i18n/keyTables';

export function ReportsScreen() {
  const { t } = useI18n();
  const [opened] = useState(() => Date.now());
  const today = dayOf(opened);
  const [date, setDate] = useState(() => yesterdayOf(opened));
  const [csvTable, setCsvTable] = useState<ReportSheetKey>('grids');
  const archive = useReportArchive();
  const { run, running, notice } = useReportExports();
  const height = useWindowHeight();
  const desktop = desktopApp();

  const exportAs = (format: ReportFormat, day = date) => void run(format, day, csvTable);
  const reexport = (day: string, format: ReportFormat) => {
    setDate(day);
    exportAs(format, day);
  };

  return (
    <div className="reports-screen" data-testid="reports-screen">
      <section className="reports-controls">
        <Typography.Title level={4}>{t('report.screen.title')}</Typography.Title>
        <Space wrap align="center">
          <span>{t('report.screen.date')}</span>
          <span data-testid="report-date">
            <DatePicker
              allowClear={false}
              value={dayjs(date)}
              format="YYYY-MM-DD"
              disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
              onChange={(d: Dayjs | null) => d && setDate(d.format('YYYY-MM-DD'))}
            />
          </span>
        </Space>
        <Space wrap className="reports-buttons">
          <Button
            type="primary"
            icon={<FilePdfOutlined />}
            loading={running === 'pdf'}
            disabled={running !== null}
            onClick={() => exportAs('pdf')}
            data-testid="export-pdf"
          >
            {t('report.screen.exportPdf')}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            loading={running === 'xlsx'}
            disabled={running !== null}
            onClick={() => exportAs('xlsx')}
            data-testid="export-xlsx"
          >
            {t('reportExport.xlsx')}
          </Button>
          <Space.Compact>
            <Select<ReportSheetKey>
              aria-label={t('reportExport.csvTable')}
              data-testid="export-csv-table"
              value={csvTable}
              onChange={setCsvTable}
              style={{ width: 110 }}
              options={reportSheetKeys.map((k) => ({
                value: k,
                label: t(reportExportSheetKey[k]),
              }))}
            />
            <Button
              icon={<FileTextOutlined />}
              loading={running === 'csv'}
              disabled={running !== null}
              onClick={() => exportAs('csv')}
              data-testid="export-csv"
            >
              {t('reportExport.csv')}
            </Button>
          </Space.Compact>
        </Space>
        {desktop ? null : (
          <p className="muted" data-testid="browser-print-note">
            {t('report.screen.browserPrintNote')}
          </p>
        )}
        {notice ? (
          <div data-testid="export-outcome" data-level={notice.kind}>
            <Alert showIcon type={notice.kind} message={notice.text} description={notice.detail} />
          </div>
        ) : null}
        <Typography.Title level={5}>{t('report.archive.title')}</Typography.Title>
        <ReportArchive rows={archive} busy={running !== null} onReexport={reexport} />
      </section>
      <section className="reports-preview-pane" aria-label={t('report.screen.preview')}>
        <Typography.Title level={5}>
          {t('report.screen.preview')} · {date}
        </Typography.Title>
        <ReportPreview date={date} height={Math.max(300, height - 150)} />
      </section>
    </div>
  );
}
