/**
 * The 报告 screen's XLSX and CSV export actions: they take the cache, the session's actor and
 * the interface language from context, run one export at a time (`busy` says which) and hand
 * back the typed outcome together with the words to show for it. With the test bridge present
 * the same renderers are exposed as `__gridroomTest.reportExport` (bytes without saving), so
 * tests and the bench can time and read back exactly what the buttons produce.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDb } from '../../../app/DbContext';
import { actorOf, useSession } from '../../../app/session';
import { expose } from '../../../app/testBridge';
import { useI18n } from '../../../i18n/I18nContext';
import type { Translate } from '../../../i18n/translate';
import type { ReportSheetKey } from './dailyReportSheets';
import {
  exportDailyReportCsv,
  exportDailyReportXlsx,
  renderDailyReportCsv,
  renderDailyReportXlsx,
  type ReportExportOutcome,
} from './exportDailyReport';
import type { SaveReportFile } from './saveReportFile';

export type ExportBusy = 'xlsx' | 'csv' | null;

/** What to tell the user about an outcome, and how loudly. */
export function describeOutcome(
  outcome: ReportExportOutcome,
  t: Translate,
): { level: 'success' | 'info' | 'error'; text: string } {
  switch (outcome.status) {
    case 'saved':
      return { level: 'success', text: t('reportExport.saved', { fileName: outcome.fileName }) };
    case 'cancelled':
      return { level: 'info', text: t('reportExport.cancelled') };
    default:
      return { level: 'error', text: t(`reportExport.failed.${outcome.reason}`) };
  }
}

export function useReportExports(save?: SaveReportFile) {
  const db = useDb();
  const { actor: name, workstation, role } = useSession();
  const { t } = useI18n();
  const [busy, setBusy] = useState<ExportBusy>(null);
  const actor = useMemo(() => actorOf({ actor: name, workstation, role }), [name, workstation, role]);

  useEffect(() => {
    expose('reportExport', {
      xlsx: async (date: string) => (await renderDailyReportXlsx(db, actor, date, { t })).bytes,
      csv: async (date: string, table: ReportSheetKey) =>
        (await renderDailyReportCsv(db, actor, date, table, { t })).bytes,
    });
  }, [db, actor, t]);

  const run = useCallback(async (kind: 'xlsx' | 'csv', go: () => Promise<ReportExportOutcome>) => {
    setBusy(kind);
    try {
      return await go();
    } finally {
      setBusy(null);
    }
  }, []);

  const exportXlsx = useCallback(
    (date: string) =>
      run('xlsx', () => exportDailyReportXlsx(db, actor, date, { t, ...(save ? { save } : {}) })),
    [db, actor, t, save, run],
  );
  const exportCsv = useCallback(
    (date: string, table: ReportSheetKey = 'grids') =>
      run('csv', () => exportDailyReportCsv(db, actor, date, table, { t, ...(save ? { save } : {}) })),
    [db, actor, t, save, run],
  );

  return {
    busy,
    exportXlsx,
    exportCsv,
    describe: (outcome: ReportExportOutcome) => describeOutcome(outcome, t),
  };
}
