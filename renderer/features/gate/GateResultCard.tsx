/**
 * What the last scan found, shown at once and large enough to read at arm's length: admit or
 * refuse, the reason, the holder's masked name and health-code colour (word and colour), the
 * validity, and a fever flag. A malformed or forged code names no holder.
 */
import { Tag } from 'antd';
import { gateDirectionKey, gateResultKey, healthCodeKey } from '#renderer/i18n/domainWords';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, formatTime } from '#renderer/i18n/translate';
import type { GateDirection } from '#common/schemas';
import type { GateCheckOutcome } from './gateMutations';
import { healthCodeColour } from './healthCodeColours';

interface Props {
  outcome: GateCheckOutcome | null;
  direction: GateDirection;
  temperature: number | null;
}

export function GateResultCard({ outcome, direction, temperature }: Props) {
  const { t, language } = useI18n();
  if (!outcome)
    return (
      <div className="gate-result gate-result-waiting" data-testid="gate-result" data-result="none">
        <div className="gate-verdict muted">{t('gate.verdict.waiting')}</div>
      </div>
    );
  if (outcome.kind === 'no-key')
    return (
      <div className="gate-result gate-result-refuse" data-testid="gate-result" data-result="no-key">
        <div className="gate-verdict">{t('gate.key.missing')}</div>
      </div>
    );
  const { verdict, fever, checkedAt } = outcome;
  const admit = verdict.result === 'valid' && !fever;
  const payload = verdict.payload;
  return (
    <div
      className={`gate-result ${admit ? 'gate-result-admit' : 'gate-result-refuse'}`}
      data-testid="gate-result"
      data-result={verdict.result}
      data-fever={fever ? 'true' : 'false'}
      data-check-id={outcome.id}
      role="status"
      aria-live="assertive"
    >
      <div className="gate-verdict">
        {admit ? t('gate.verdict.admit') : t('gate.verdict.refuse')}
        <span className="gate-direction"> · {t(gateDirectionKey[direction])}</span>
      </div>
      <div className="gate-reason" data-testid="gate-result-reason">
        {verdict.result === 'valid' && fever ? t('gate.reason.validFever') : t(gateResultKey[verdict.result])}
      </div>
      {fever && temperature !== null && (
        <div className="gate-fever" data-testid="gate-fever">
          {t('gate.fever', { t: temperature.toFixed(1) })}
        </div>
      )}
      <div className="gate-holder">
        {payload ? (
          <>
            <span>
              {t('gate.holder')}：<b data-testid="gate-holder">{payload.maskedName}</b>
            </span>
            <span>
              {t('gate.colour')}：
              <Tag
                color={healthCodeColour[payload.healthCode]}
                data-testid="gate-colour"
                data-colour={payload.healthCode}
              >
                {t(healthCodeKey[payload.healthCode])}
              </Tag>
            </span>
            <span>
              {t('gate.validUntil')}：{formatDateTime(payload.validUntil, language)}
            </span>
          </>
        ) : (
          <span className="muted">{t('gate.holder.unknown')}</span>
        )}
      </div>
      <div className="muted">{t('gate.recorded', { time: formatTime(checkedAt, language) })}</div>
    </div>
  );
}
