/**
 * One line of the review queue: submitted time, masked name, claimed address and the warnings
 * that keep it out of batch approval. Memoised on plain props (the warnings as one string), so
 * a decision re-renders the two lines whose cursor mark moved, not the whole window.
 */
import { Tag } from 'antd';
import { memo } from 'react';
import type { PassWarning } from '#common/domain/passEvidence';
import type { PassRegistration } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { claimLabel } from './claimLabel';
import { passWarningKey } from './passWords';

interface Props {
  reg: PassRegistration;
  /** The row's warnings, in order. */
  warnings: readonly PassWarning[];
  /** The same, joined: what memo compares. */
  warningKey: string;
  current: boolean;
  onPick(id: string): void;
}

export const QueueRow = memo(
  function QueueRow({ reg, warnings, warningKey, current, onPick }: Props) {
    const { t, language } = useI18n();
    return (
      <li
        className={current ? 'queue-row current' : 'queue-row'}
        aria-current={current ? 'true' : undefined}
        onClick={() => onPick(reg.id)}
        data-registration-id={reg.id}
        data-warnings={warningKey}
      >
        <span className="q-time">{formatDateTime(reg.submittedAt, language)}</span>
        <span className="q-name">{reg.maskedName}</span>
        <span className="q-address">{claimLabel(reg.claimedAddress)}</span>
        <span className="q-warnings">
          {warnings.map((w) => (
            <Tag key={w} color={w === 'code-zone' ? 'error' : 'warning'}>
              {t(passWarningKey[w])}
            </Tag>
          ))}
        </span>
      </li>
    );
  },
  (a, b) =>
    a.reg === b.reg && a.warningKey === b.warningKey && a.current === b.current && a.onPick === b.onPick,
);
