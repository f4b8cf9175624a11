/** The top of every slide: station, slide title, the clock, "数据截至 HH:MM" and offline tags. */
import { dayOf } from '#common/domain/time';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatTime } from '#renderer/i18n/translate';
import type { Freshness } from './freshness';

export interface DeckHeaderProps {
  stationName: string;
  title: string;
  now: number;
  freshness: Freshness;
}

export function DeckHeader({ stationName, title, now, freshness }: DeckHeaderProps) {
  const { t, language } = useI18n();
  const { asOf } = freshness;
  // A time alone would mislead when the data is from another day.
  const asOfText =
    asOf === null
      ? null
      : dayOf(asOf) === dayOf(now)
        ? formatTime(asOf, language)
        : formatDateTime(asOf, language);
  return (
    <header className="briefing-header">
      <div>
        <div className="station" data-testid="briefing-station">
          {stationName}
        </div>
        <h1 data-testid="briefing-title">{title}</h1>
      </div>
      <div className="facts">
        <div className="clock" data-testid="briefing-clock">
          {formatTime(now, language)}
        </div>
        <div>
          {freshness.source === 'demo' ? (
            <span className="briefing-tag" data-testid="briefing-demo-tag">
              {t('briefing.offlineDemo')}
            </span>
          ) : freshness.offline ? (
            <span className="briefing-tag" data-testid="briefing-offline-tag">
              {t('briefing.offline')}
            </span>
          ) : null}
          <span data-testid="briefing-as-of" data-as-of={asOf ?? ''}>
            {asOfText === null ? t('briefing.asOf.unknown') : t('briefing.asOf', { time: asOfText })}
          </span>
        </div>
      </div>
    </header>
  );
}
