/**
 * The reason picker of a rejection or revocation, keyboard first: it takes focus when it opens;
 * digit keys 1–8 pick a reason from the list (`passReasons`), ↑/↓ move, Tab reaches the note,
 * Enter confirms, Esc cancels. 其他 needs a note. The mouse works too.
 */
import { Alert, Button, Input } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { passReasons, PASS_NOTE_MAX, type PassReason } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { passReasonKey } from '#renderer/i18n/domainWords';

interface Props {
  mode: 'reject' | 'revoke';
  onConfirm(reason: PassReason, note: string): void;
  onCancel(): void;
}

/** The reason a digit key picks ('1' → the first), or null. */
export function reasonForKey(key: string): PassReason | null {
  const n = /^[1-9]$/.test(key) ? Number(key) : 0;
  return passReasons[n - 1] ?? null;
}

export function ReasonPicker({ mode, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const listRef = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState<PassReason | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => listRef.current?.focus(), []);

  const confirm = () => {
    if (reason === null) return setProblem(t('epass.reason.none'));
    if (reason === 'other' && note.trim() === '') return setProblem(t('epass.reason.noteRequired'));
    onConfirm(reason, note);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    // The queue's own keys must not act while the picker is open.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      confirm();
    }
  };
  const onListKeyDown = (e: React.KeyboardEvent) => {
    const picked = reasonForKey(e.key);
    if (picked) {
      e.preventDefault();
      setReason(picked);
      setProblem(null);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const i = reason === null ? -1 : passReasons.indexOf(reason);
      const step = e.key === 'ArrowDown' ? 1 : passReasons.length - 1;
      setReason(passReasons[(i + step + passReasons.length) % passReasons.length] ?? null);
    }
  };
  const title = mode === 'reject' ? t('epass.reason.pickReject') : t('epass.reason.pickRevoke');
  return (
    <div className="reason-picker" onKeyDown={onKeyDown} data-testid="reason-picker">
      <div className="reason-title" id={`reason-title-${mode}`}>
        {title}
      </div>
      <div
        ref={listRef}
        tabIndex={0}
        role="listbox"
        aria-labelledby={`reason-title-${mode}`}
        aria-activedescendant={reason ? `reason-${reason}` : undefined}
        className="reason-list"
        onKeyDown={onListKeyDown}
        data-testid="reason-list"
        data-value={reason ?? ''}
      >
        {passReasons.map((r, i) => (
          <div
            key={r}
            id={`reason-${r}`}
            role="option"
            aria-selected={r === reason}
            className={r === reason ? 'reason checked' : 'reason'}
            onClick={() => {
              setReason(r);
              setProblem(null);
            }}
          >
            <kbd>{i + 1}</kbd> {t(passReasonKey[r])}
          </div>
        ))}
      </div>
      <Input
        value={note}
        maxLength={PASS_NOTE_MAX}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('epass.reason.note')}
        aria-label={t('epass.reason.note')}
        data-testid="reason-note"
      />
      {problem ? <Alert type="warning" showIcon message={problem} role="alert" /> : null}
      <div className="reason-actions">
        <Button type="primary" onClick={confirm} data-testid="reason-confirm">
          {t('epass.action.confirm')}
        </Button>
        <Button onClick={onCancel} data-testid="reason-cancel">
          {t('epass.action.cancel')}
        </Button>
      </div>
    </div>
  );
}
