/**
 * The board's fusion tile 三数据融合: households suspected of unregistered residents (the sweep
 * found more people than they hold passes), with the other three kinds beneath, for the campaign
 * in force — computed in a worker (station/useFusion), so the board never waits for it. Its
 * `data-value` is the four counts in the order of `fusionKinds` and `data-at` the instant they
 * describe, so a test can recompute them from the raw cache. The counts are for that instant
 * (its tooltip: "10:05 比对"; not a line of its own, which would make the KPI row taller, and so
 * resize the map, when an answer comes): the clock asks again every few minutes, a change at
 * once (useFusion).
 */
import { fusionKinds } from '#common/domain/passFusion';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber, formatTime } from '#renderer/i18n/translate';
import type { FusionSummary } from '#renderer/station/fusionRead';
import './fusionTile.css';

export function FusionTile({ summary }: { summary: FusionSummary | undefined }) {
  const { t, language } = useI18n();
  const n = (v: number) => formatNumber(v, language);
  if (!summary)
    return (
      <section className="kpi-tile" data-kpi="pass-fusion" data-state="computing">
        <h3>{t('fusion.kpi.title')}</h3>
        <p className="muted">{t('fusion.computing')}</p>
      </section>
    );
  const { totals } = summary;
  return (
    <section
      className={`kpi-tile${totals['code-in-zone'] > 0 ? ' alert' : ''}`}
      data-kpi="pass-fusion"
      data-state="ready"
      data-value={fusionKinds.map((k) => totals[k]).join('/')}
      data-at={summary.at}
      data-campaign-id={summary.campaignId ?? ''}
      title={t('fusion.kpi.asOf', { time: formatTime(summary.at, language) })}
    >
      <h3>{t('fusion.kpi.title')}</h3>
      <div className="big">
        {n(totals['suspected-unregistered'])} <span className="of">{t('fusion.kpi.unit')}</span>
      </div>
      <p className="muted">
        {t('fusion.kpi.detail', {
          unswept: totals.unswept,
          irregular: totals['address-irregular'],
          code: totals['code-in-zone'],
        })}
      </p>
      <p className="muted">{t('fusion.kpi.passes', { n: summary.passes })}</p>
    </section>
  );
}
