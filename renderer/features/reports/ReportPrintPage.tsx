/**
 * The daily report's A4 print layout at `#/report-print?date=YYYY-MM-DD`, outside the shell's
 * chrome: what printToPDF (Electron), the browser's print and the tests' page.pdf() render.
 */
import { Empty } from 'antd';
import { useI18n } from '../../i18n/I18nContext';

export function ReportPrintPage() {
  const { t } = useI18n();
  return <Empty description={`${t('nav.reports')} — ${t('nav.comingSoon')}`} />;
}
