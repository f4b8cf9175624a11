/**
 * Board tile: how many 24-hour checkpoints have an uncovered hour in the next 24 hours. Links to
 * the checkpoints screen. Self-contained (reads the cache through the feature's hooks).
 */
import { useI18n } from '#renderer/i18n/I18nContext';
import { postsWithGaps } from '#renderer/station/rosterWindow';
import { useCheckpointOverview, useMinuteClock } from './useCheckpoints';

export function RosterGapsSummary({ className }: { className?: string }) {
  const { t } = useI18n();
  const now = useMinuteClock();
  const overview = useCheckpointOverview(now);
  const n = overview ? postsWithGaps(new Map(overview.rows.map((r) => [r.checkpoint.id, r.roster]))) : null;
  return (
    <a
      href="#/checkpoints"
      className={className}
      data-testid="roster-gaps-summary"
      data-gaps={n ?? ''}
      style={{ display: 'block', color: 'inherit' }}
    >
      <div className="muted" style={{ fontSize: 12 }}>
        {t('cp.summary.title')}
      </div>
      <div style={{ fontSize: 22, fontWeight: 600 }} className={n ? 'warn' : undefined}>
        {n ?? '…'}
      </div>
      <div className="muted" style={{ fontSize: 12 }}>
        {n === null ? '' : n > 0 ? t('cp.summary', { n }) : t('cp.summary.none')}
      </div>
    </a>
  );
}
