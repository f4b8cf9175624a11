/**
 * 摸排进度: the active campaign yesterday against its plan, covered to date, the daily rate
 * still needed to finish on time and what yesterday's visits found; the burn-up and the
 * worst-covered grids in the board's charts at wall size.
 */
import { dayOf } from '#common/domain/time';
import { BurnUpChart } from '#renderer/charts/BurnUpChart';
import { CoverageByGridChart } from '#renderer/charts/CoverageByGridChart';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDay, formatNumber, formatPercent } from '#renderer/i18n/translate';
import { useSweepProgress } from '../useBriefingData';
import { Figure } from './Figure';
import { FitBox } from './FitBox';
import type { SlideProps } from './slideProps';
import { SlideEmpty, SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';

const WORST = 8;
const noSelection = () => undefined;

export function SweepSlide({ now, onReady }: SlideProps) {
  const { t, language } = useI18n();
  const data = useSweepProgress(now);
  useReadyWhen(data !== undefined, onReady);
  if (!data) return <SlideLoading />;
  const { campaign, plan } = data;
  if (!campaign || !plan)
    return (
      <>
        <SlideEmpty text={t('briefing.sweep.none')} />
        <SlideProblems problems={data.problems} />
      </>
    );
  const n = (v: number) => formatNumber(v, language);
  const pct = (r: number) => formatPercent(r, language);
  const found = data.yesterdayFindings.unregistered + data.yesterdayFindings.overdue;
  const behind = plan.ratioYesterday !== null && plan.ratioYesterday < 1;
  return (
    <>
      <div className="briefing-muted" data-testid="sweep-campaign" data-campaign-id={campaign.id}>
        {t('briefing.sweep.campaign', {
          name: campaign.name,
          from: formatDay(dayOf(campaign.start), language),
          to: formatDay(dayOf(campaign.end), language),
        })}
      </div>
      <div className="briefing-figures sweep">
        <Figure
          name="covered-yesterday"
          label={t('briefing.sweep.yesterday')}
          value={n(plan.coveredYesterday)}
          raw={plan.coveredYesterday}
          tone={behind ? 'warn' : 'good'}
          detail={
            plan.ratioYesterday === null
              ? t('briefing.sweep.noPlan')
              : t('briefing.sweep.plan', { n: n(plan.planYesterday), pct: pct(plan.ratioYesterday) })
          }
        />
        <Figure
          name="covered-to-date"
          label={t('briefing.sweep.toDate')}
          value={pct(plan.total > 0 ? plan.coveredToDate / plan.total : 0)}
          raw={`${plan.coveredToDate}/${plan.total}`}
          detail={t('briefing.sweep.toDate.detail', { covered: n(plan.coveredToDate), total: n(plan.total) })}
        />
        <Figure
          name="required-per-day"
          label={t('briefing.sweep.required')}
          value={plan.requiredPerDay === null ? '—' : n(plan.requiredPerDay)}
          raw={plan.requiredPerDay ?? ''}
          detail={
            plan.requiredPerDay === null
              ? t('briefing.sweep.required.over')
              : t('briefing.sweep.required.detail', { n: plan.daysLeft })
          }
        />
        <Figure
          name="found-yesterday"
          label={t('briefing.sweep.findings')}
          value={n(found)}
          raw={`${data.yesterdayFindings.unregistered}/${data.yesterdayFindings.overdue}`}
          tone={found > 0 ? 'warn' : undefined}
          detail={t('briefing.sweep.findings.detail', {
            u: data.yesterdayFindings.unregistered,
            o: data.yesterdayFindings.overdue,
          })}
        />
      </div>
      <div className="briefing-columns">
        <section className="briefing-section grow" data-testid="sweep-burnup">
          <h2>{t('briefing.sweep.burnup')}</h2>
          <FitBox>
            {(height) => (
              <BurnUpChart
                title={t('briefing.sweep.burnup')}
                data={data.burnUp}
                labels={{ visited: t('chart.burnup.visited'), total: t('chart.burnup.total') }}
                formatDay={(d) => formatDay(d, language)}
                formatNumber={n}
                height={height}
                scale="wall"
              />
            )}
          </FitBox>
        </section>
        <section className="briefing-section grow" data-testid="sweep-worst">
          <h2>{t('briefing.sweep.worst')}</h2>
          <FitBox>
            {(height) => (
              <CoverageByGridChart
                title={t('briefing.sweep.worst')}
                bars={data.grids}
                selectedId={null}
                onSelect={noSelection}
                formatPercent={pct}
                limit={Math.max(3, Math.min(WORST, Math.floor((height - 40) / 56)))}
                height={height}
                scale="wall"
              />
            )}
          </FitBox>
        </section>
      </div>
      <SlideProblems problems={data.problems} />
    </>
  );
}
