/**
 * 报告: the station chief's daily report (日报) — choose a date, preview, export to PDF, XLSX
 * or CSV — and the archive of past exports.
 */
import { Empty } from 'antd';
import { useI18n } from '../../i18n/I18nContext';

export function ReportsScreen() {
  const { t } = useI18n();
  return <Empty description={`${t('nav.reports')} — ${t('nav.comingSoon')}`} />;
}
