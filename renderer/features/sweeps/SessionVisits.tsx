/**
 * This session's saved visits beside fast visit entry: how many, the last one confirmed (a
 * status line a screen reader announces), the latest eight, and the form that records a person
 * found on one of them. Memoised: it changes only when a visit is saved, never while an
 * address is typed.
 */
import { Tag } from 'antd';
import { memo } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import { sweepsOutcomeKey } from '#renderer/i18n/keyTables';
import { formatTime } from '#renderer/i18n/translate';
import { FindingForm, type SessionVisit } from './FindingForm';

export const SessionVisits = memo(function SessionVisits({ saved }: { saved: readonly SessionVisit[] }) {
  const { t, language } = useI18n();
  const last = saved[0];
  return (
    <div className="visit-session">
      <p data-testid="visit-session-count" data-count={saved.length}>
        <b>{t('sweeps.entry.sessionCount', { n: saved.length })}</b>
      </p>
      {last ? (
        <p className="saved-confirmation" role="status" data-testid="visit-last-saved" data-visit-id={last.id}>
          {t('sweeps.entry.saved', {
            address: last.label,
            outcome: t(sweepsOutcomeKey[last.outcome]),
            time: formatTime(last.at, language),
          })}
        </p>
      ) : null}
      <ul className="saved-visits">
        {saved.slice(0, 8).map((v) => (
          <li key={v.id}>
            <Tag>{formatTime(v.at, language)}</Tag>
            {v.label} · {t(sweepsOutcomeKey[v.outcome])}
          </li>
        ))}
      </ul>
      <FindingForm visits={saved} />
    </div>
  );
});
