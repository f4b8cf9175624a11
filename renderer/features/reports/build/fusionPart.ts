/**
 * The report's fusion line 三数据融合, pure: the four kinds of fusion finding counted at the
 * report's asOf (common/domain/passFusion.ts, computed by the station's fusion worker), for the
 * campaign in force then, with the passes valid then. Null when they could not be computed.
 */
import type { FusionSummary } from '#renderer/station/fusionRead';
import type { ReportFusion } from '../dailyReportModel';

export function buildFusionLine(summary: FusionSummary | null): ReportFusion | null {
  if (!summary) return null;
  const { totals } = summary;
  return {
    campaignName: summary.campaignName,
    suspectedUnregistered: totals['suspected-unregistered'],
    unswept: totals.unswept,
    addressIrregular: totals['address-irregular'],
    codeInZone: totals['code-in-zone'],
    passes: summary.passes,
  };
}
