/** The latest checks at the chosen checkpoint: time, direction, result, holder (masked), temperature. */
import { isFever } from '#common/epass/gateVerdict';
import { gateDirectionKey, gateResultKey } from '#renderer/i18n/domainWords';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatTime } from '#renderer/i18n/translate';
import { useRecentChecks } from './useGate';

export function RecentChecks({ checkpointId }: { checkpointId: string | null }) {
  const { t, language } = useI18n();
  const checks = useRecentChecks(checkpointId);
  if (!checks || checks.length === 0) return null;
  return (
    <div className="gate-recent" data-testid="gate-recent">
      <h4>{t('gate.recent')}</h4>
      {checks.map((c) => (
        <div key={c.id} className="gate-recent-row" data-testid="gate-recent-row" data-result={c.result}>
          <span className="muted">{formatTime(c.checkedAt, language)}</span>
          <span>{t(gateDirectionKey[c.direction])}</span>
          <span className={c.result === 'valid' ? undefined : 'warn'}>{t(gateResultKey[c.result])}</span>
          <span>{c.maskedName ?? '—'}</span>
          <span className={isFever(c.temperature) ? 'warn' : 'muted'}>
            {c.temperature === null ? '' : `${c.temperature.toFixed(1)} °C`}
          </span>
        </div>
      ))}
    </div>
  );
}
