/** One line describing an accepted PMTiles archive: tile type, zoom range and bounds, from its header. */
import { Typography } from 'antd';
import type { PmtilesSummary } from '#common/basemap/pmtilesArchive';
import { useI18n } from '#renderer/i18n/I18nContext';
import { basemapFileTypeKey } from '#renderer/i18n/keyTables';

export function PmtilesSummaryText({ summary }: { summary: PmtilesSummary }) {
  const { t } = useI18n();
  const [w, s, e, n] = summary.bounds.map((v) => v.toFixed(4));
  return (
    <Typography.Text type="secondary" data-testid="basemap-file-summary">
      {t('basemap.file.summary', {
        type: t(basemapFileTypeKey[summary.tileType]),
        min: String(summary.minZoom),
        max: String(summary.maxZoom),
        w: w ?? '',
        s: s ?? '',
        e: e ?? '',
        n: n ?? '',
      })}
    </Typography.Text>
  );
}
