/**
 * 夜间情况: what happened since 18:00 yesterday — incidents reported (by type) and resolved,
 * control-level decisions (listed with the level before and after), and what the night's visits
 * found. A quiet night says so in words.
 */
import { incidentTypes } from '#common/schemas';
import { formatDay, formatNumber, formatTime } from '#renderer/i18n/translate';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { MessageKey } from '#renderer/i18n/zh';
import { incidentTypeColours } from '#renderer/theme/palette';
import { useOvernight } from '../useBriefingData';
import { Figure } from './Figure';
import { LevelChip } from './LevelChip';
import type { SlideProps } from './slideProps';
import { SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';

const LISTED = 5;

export function OvernightSlide({ now, onReady }: SlideProps) {
  const { t, language } = useI18n();
  const data = useOvernight(now);
  useReadyWhen(data !== undefined, onReady);
  if (!data) return <SlideLoading />;
  const n = (v: number) => formatNumber(v, language);
  const quiet =
    data.newIncidents === 0 &&
    data.levelDecisions.length === 0 &&
    data.unregisteredFound === 0 &&
    data.overdueFound === 0;
  const from = `${formatDay(data.window.yesterday, language)} ${formatTime(data.window.from, language)}`;
  const types = incidentTypes.filter((type) => data.newByType[type] > 0);
  const most = Math.max(1, ...types.map((type) => data.newByType[type]));
  return (
    <>
      <div className="briefing-muted" data-testid="overnight-window" data-from={data.window.from}>
        {t('briefing.overnight.window', { from })}
      </div>
      <div className="briefing-figures">
        <Figure
          name="new-incidents"
          label={t('briefing.overnight.newIncidents')}
          value={n(data.newIncidents)}
          raw={data.newIncidents}
          tone={data.newBySeverity.high > 0 ? 'alert' : undefined}
          detail={t('briefing.overnight.newHigh', { n: data.newBySeverity.high })}
        />
        <Figure
          name="resolved-incidents"
          label={t('briefing.overnight.resolved')}
          value={n(data.resolvedIncidents)}
          raw={data.resolvedIncidents}
          tone="good"
        />
        <Figure
          name="level-changes"
          label={t('briefing.overnight.levelChanges')}
          value={n(data.levelDecisions.length)}
          raw={data.levelDecisions.length}
          tone={data.tightened > 0 ? 'warn' : undefined}
          detail={t('briefing.overnight.levelDetail', { up: data.tightened, down: data.loosened })}
        />
        <Figure
          name="unregistered"
          label={t('briefing.overnight.unregistered')}
          value={n(data.unregisteredFound)}
          raw={data.unregisteredFound}
          tone={data.unregisteredFound > 0 ? 'warn' : undefined}
          detail={t('briefing.overnight.visits', { n: data.visits })}
        />
        <Figure
          name="overdue"
          label={t('briefing.overnight.overdue')}
          value={n(data.overdueFound)}
          raw={data.overdueFound}
          tone={data.overdueFound > 0 ? 'warn' : undefined}
        />
      </div>
      {quiet ? (
        <div className="briefing-note" data-testid="overnight-calm">
          {t('briefing.overnight.calm')}
        </div>
      ) : (
        <div className="briefing-columns">
          <section className="briefing-section">
            <h2>{t('briefing.overnight.byType')}</h2>
            <ul className="briefing-bars" data-testid="overnight-by-type">
              {types.map((type) => (
                <li key={type} data-type={type} data-value={data.newByType[type]}>
                  <span className="name">{t(`incidentType.${type}` as MessageKey)}</span>
                  <span className="bar">
                    <span
                      style={{
                        width: `${(data.newByType[type] / most) * 100}%`,
                        background: incidentTypeColours[type],
                      }}
                    />
                  </span>
                  <span className="count">{n(data.newByType[type])}</span>
                </li>
              ))}
              {types.length === 0 ? (
                <li className="briefing-muted">{t('briefing.overnight.noIncidents')}</li>
              ) : null}
            </ul>
          </section>
          <section className="briefing-section">
            <h2>{t('briefing.overnight.decisions')}</h2>
            {data.levelDecisions.length === 0 ? (
              <div className="briefing-muted">{t('briefing.overnight.noDecisions')}</div>
            ) : (
              <ul className="briefing-decisions" data-testid="overnight-decisions">
                {data.levelDecisions.slice(0, LISTED).map((d) => (
                  <li key={d.id} data-grid-id={d.gridId}>
                    <span className="briefing-muted">{formatTime(d.at, language)}</span>
                    <span className="grid">{d.gridLabel}</span>
                    <LevelChip level={d.before} />
                    <span aria-hidden>→</span>
                    <LevelChip level={d.after} />
                  </li>
                ))}
                {data.levelDecisions.length > LISTED ? (
                  <li className="briefing-muted">
                    {t('briefing.more', { n: data.levelDecisions.length - LISTED })}
                  </li>
                ) : null}
              </ul>
            )}
          </section>
        </div>
      )}
      <SlideProblems problems={data.problems} />
    </>
  );
}
