/** The stale / offline warning across the top of the wall when the data is older than the threshold. */
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { ageText } from './ageText';
import type { Freshness } from './freshness';

export function StaleBanner({ freshness }: { freshness: Freshness }) {
  const { t, language } = useI18n();
  if (!freshness.stale) return null;
  const { asOf, ageMs, source } = freshness;
  const text =
    asOf === null || ageMs === null
      ? t('briefing.stale.unknown')
      : t(source === 'demo' ? 'briefing.stale.demo' : 'briefing.stale.synced', {
          time: formatDateTime(asOf, language),
          age: ageText(ageMs, t),
        });
  return (
    <div className="briefing-banner" role="alert" data-testid="briefing-stale">
      {text}
    </div>
  );
}
