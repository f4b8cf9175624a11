/**
 * 夜间情况: what happened since 18:00 yesterday — incidents reported (by type) and resolved,
 * control-level decisions (listed with the level before and after), and what the night's visits
 * found. A quiet night says so in words; the lists show what fits above the slide strip.
 */
import { incidentTypes } from '#common/schemas';
import { formatDay, formatNumber, formatTime } from '#renderer/i18n/translate';
import { useI18n } from '#renderer/i18n/I18nContext';
import { incidentTypeColours } from '#renderer/theme/palette';
import { useOvernight } from '../useBriefingData';
import { BAR_LIST_SIZES, DECISION_LIST_SIZES } from '../fitRows';
import { Figure } from './Figure';
import { FittedList } from './FittedList';
import { LevelChip } from './LevelChip';
import type { SlideProps } from './slideProps';
import { SlideLoading, SlideProblems } from './SlideStatus';
import { useReadyWhen } from './useReadyWhen';
import { incidentTypeKey } from '#renderer/i18n/domainWords';

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
          <section className="briefing-section grow">
            <h2>{t('briefing.overnight.byType')}</h2>
            {types.length === 0 ? (
              <div className="briefing-muted">{t('briefing.overnight.noIncidents')}</div>
            ) : (
              <FittedList
                className="briefing-bars"
                testId="overnight-by-type"
                sizes={BAR_LIST_SIZES}
                items={types}
                renderItem={(type) => (
                  <li key={type} data-type={type} data-value={data.newByType[type]}>
                    <span className="name">{t(incidentTypeKey[type])}</span>
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
                )}
              />
            )}
          </section>
          <section className="briefing-section grow">
            <h2>{t('briefing.overnight.decisions')}</h2>
            {data.levelDecisions.length === 0 ? (
              <div className="briefing-muted">{t('briefing.overnight.noDecisions')}</div>
            ) : (
              <FittedList
                className="briefing-decisions"
                testId="overnight-decisions"
                sizes={DECISION_LIST_SIZES}
                items={data.levelDecisions}
                renderItem={(d) => (
                  <li key={d.id} data-grid-id={d.gridId}>
                    <span className="briefing-muted">{formatTime(d.at, language)}</span>
                    <span className="grid">{d.gridLabel}</span>
                    <LevelChip level={d.before} />
                    <span aria-hidden>→</span>
                    <LevelChip level={d.after} />
                  </li>
                )}
              />
            )}
          </section>
        </div>
      )}
      <SlideProblems problems={data.problems} />
    </>
  );
}
