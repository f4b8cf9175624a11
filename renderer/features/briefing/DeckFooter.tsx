/**
 * The bottom of every slide: the slide index (each slide's short name, the current one lit, and
 * "3 / 6"), whether the deck advances by itself, and a bar that fills until the next slide.
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { slideIds, slideShortKey } from './slides';

export interface DeckFooterProps {
  index: number;
  /** Milliseconds until the next slide; null when not advancing. */
  delay: number | null;
  intervalMs: number;
  turn: number;
  onGoto(index: number): void;
}

export function DeckFooter({ index, delay, intervalMs, turn, onGoto }: DeckFooterProps) {
  const { t } = useI18n();
  return (
    <footer className="briefing-footer">
      {delay !== null ? (
        <div
          key={turn}
          className="briefing-progress running"
          style={{ animationDuration: `${delay}ms` }}
          aria-hidden
        />
      ) : null}
      <ol data-testid="briefing-index">
        {slideIds.map((id, i) => (
          <li
            key={id}
            className={i === index ? 'current' : undefined}
            aria-current={i === index ? 'step' : undefined}
            data-slide={id}
            onClick={() => onGoto(i)}
          >
            {t(slideShortKey(id))}
          </li>
        ))}
      </ol>
      <span className="auto" data-testid="briefing-auto">
        {delay !== null ? t('briefing.auto', { n: Math.round(intervalMs / 1000) }) : t('briefing.paused')}
      </span>
      <span className="position" data-testid="briefing-position">
        {t('briefing.index', { n: index + 1, total: slideIds.length })}
      </span>
    </footer>
  );
}
