/**
 * The XLSX and CSV export controls of the 报告 screen: one button for the whole workbook, and
 * for CSV — which holds one table — a choice of table (网格 by default) next to its button.
 * Each export says how it went right under the buttons: saved (with the file name), cancelled,
 * or why it failed (disk full, no permission…), in words; a failure records nothing.
 */
import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nContext';
import { reportSheetKeys, type ReportSheetKey } from './dailyReportSheets';
import type { SaveReportFile } from './saveReportFile';
import { useReportExports } from './useReportExports';

export interface ReportExportButtonsProps {
  /** The report's day (YYYY-MM-DD); null disables the buttons. */
  date: string | null;
  disabled?: boolean;
  /** Where files go; the Electron dialog or a browser download when omitted. */
  save?: SaveReportFile;
}

export function ReportExportButtons({ date, disabled = false, save }: ReportExportButtonsProps) {
  const { t } = useI18n();
  const { busy, exportXlsx, exportCsv, describe } = useReportExports(save);
  const [table, setTable] = useState<ReportSheetKey>('grids');
  const [told, setTold] = useState<ReturnType<typeof describe> | null>(null);
  const off = disabled || date === null || busy !== null;

  const run = async (go: (day: string) => Promise<Parameters<typeof describe>[0]>) => {
    if (date === null) return;
    setTold(null);
    setTold(describe(await go(date)));
  };

  return (
    <div className="report-export" data-testid="report-export">
      <Space wrap>
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'xlsx'}
          disabled={off}
          onClick={() => void run((day) => exportXlsx(day))}
          data-testid="export-xlsx"
        >
          {t('reportExport.xlsx')}
        </Button>
        <Space.Compact>
          <Select<ReportSheetKey>
            value={table}
            onChange={setTable}
            disabled={off}
            aria-label={t('reportExport.csvTable')}
            popupMatchSelectWidth={false}
            options={reportSheetKeys.map((key) => ({ value: key, label: t(`reportExport.sheet.${key}`) }))}
            data-testid="export-csv-table"
            style={{ minWidth: 96 }}
          />
          <Button
            icon={<FileTextOutlined />}
            loading={busy === 'csv'}
            disabled={off}
            onClick={() => void run((day) => exportCsv(day, table))}
            data-testid="export-csv"
          >
            {t('reportExport.csv')}
          </Button>
        </Space.Compact>
      </Space>
      {told && (
        <Alert
          type={told.level}
          showIcon
          closable={{ onClose: () => setTold(null) }}
          title={told.text}
          data-testid="export-outcome"
          data-level={told.level}
          style={{ marginTop: 8 }}
        />
      )}
    </div>
  );
}
