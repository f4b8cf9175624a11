/** What the wall shows when a slide cannot be drawn: a calm message in words (no stack). */
import { useI18n } from '#renderer/i18n/I18nContext';

export function SlideFailed() {
  const { t } = useI18n();
  return (
    <div className="briefing-status" role="status" data-testid="briefing-slide-failed">
      <h2>{t('briefing.failed.title')}</h2>
      <div>{t('briefing.failed.detail')}</div>
    </div>
  );
}
