/** The check's figures: rows in the file, new, updated, unchanged, bad. */
import { Statistic } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { CheckReport } from './importMessages';

export function ReportCounts({ report }: { report: CheckReport }) {
  const { t } = useI18n();
  const items = [
    ['total', 'imports.report.total', report.total],
    ['creates', 'imports.report.creates', report.creates],
    ['updates', 'imports.report.updates', report.updates],
    ['unchanged', 'imports.report.unchanged', report.unchanged],
    ['bad', 'imports.report.bad', report.bad],
  ] as const;
  return (
    <div className="import-counts">
      {items.map(([key, label, value]) => (
        <div
          key={key}
          data-testid={`import-count-${key}`}
          data-value={value}
          className={key === 'bad' && value > 0 ? 'import-count-bad' : undefined}
        >
          <Statistic title={t(label)} value={value} />
        </div>
      ))}
    </div>
  );
}
