/**
 * The overview's fusion line 三数据融合: the four kinds of fusion finding at the report's asOf,
 * in one sentence (nothing when they could not be computed). `data-value` holds the counts in
 * the order of the domain's kinds, for tests.
 */
import type { ReportFusion } from '../dailyReportModel';
import type { ReportText } from '../useReportText';

export function ReportFusionLine({ fusion, text }: { fusion: ReportFusion | null; text: ReportText }) {
  if (!fusion) return null;
  const { t } = text;
  return (
    <p
      className="report-fusion"
      data-testid="report-fusion"
      data-value={[
        fusion.suspectedUnregistered,
        fusion.unswept,
        fusion.addressIrregular,
        fusion.codeInZone,
      ].join('/')}
    >
      <b>{t('fusion.report.heading')}</b>
      {'：'}
      {t('fusion.report.line', {
        suspected: fusion.suspectedUnregistered,
        unswept: fusion.unswept,
        irregular: fusion.addressIrregular,
        code: fusion.codeInZone,
        passes: fusion.passes,
      })}
    </p>
  );
}
