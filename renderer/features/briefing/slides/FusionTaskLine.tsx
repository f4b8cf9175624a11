/**
 * The key-tasks slide's fusion line 三数据融合: households suspected of unregistered residents,
 * addresses not swept and red or yellow codes in controlled zones, for the campaign in force
 * (asked once by the deck, deckFusion.ts). The line keeps its height while it computes, so
 * the table under it is fitted once.
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { useDeckFusion } from '../deckFusion';
import './fusionTaskLine.css';

export function FusionTaskLine() {
  const { t } = useI18n();
  const summary = useDeckFusion();
  return (
    <div
      className="briefing-fusion"
      data-testid="briefing-fusion"
      data-state={summary ? 'ready' : 'computing'}
      data-value={
        summary
          ? [
              summary.totals['suspected-unregistered'],
              summary.totals.unswept,
              summary.totals['code-in-zone'],
            ].join('/')
          : ''
      }
    >
      {summary
        ? t('fusion.briefing.task', {
            suspected: summary.totals['suspected-unregistered'],
            unswept: summary.totals.unswept,
            code: summary.totals['code-in-zone'],
          })
        : t('fusion.computing')}
    </div>
  );
}
