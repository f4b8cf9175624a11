/**
 * The address box of fast visit entry: typing filters the campaign's in-memory address index,
 * ↑/↓ move through the matches, Enter picks one (and the parent moves focus on). Enter is
 * consumed here, so it never saves a visit from the address box.
 */
import { Input, type InputRef } from 'antd';
import { forwardRef, useMemo, useState } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import { matchAddresses, type AddressEntry, type AddressIndex } from './addressIndex';

interface Props {
  index: AddressIndex | null;
  picked: AddressEntry | null;
  onPick(entry: AddressEntry | null): void;
  /** The text is controlled by the parent so a save can clear it. */
  text: string;
  onText(text: string): void;
  error?: string;
}

export const AddressSearch = forwardRef<InputRef, Props>(function AddressSearch(
  { index, picked, onPick, text, onText, error },
  ref,
) {
  const { t } = useI18n();
  const [highlight, setHighlight] = useState(0);
  const matches = useMemo(
    () => (index && picked === null ? matchAddresses(index, text, 8) : []),
    [index, text, picked],
  );
  const active = Math.min(highlight, Math.max(0, matches.length - 1));

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setHighlight((active + step + matches.length) % matches.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      const chosen = matches[active];
      if (chosen) {
        onPick(chosen);
        onText(chosen.label);
      }
    } else if (e.key === 'Escape') {
      onPick(null);
      onText('');
    }
  };

  return (
    <div className="address-search">
      <Input
        ref={ref}
        autoFocus
        value={text}
        status={error ? 'error' : undefined}
        placeholder={index ? t('sweeps.entry.address.placeholder') : t('sweeps.entry.loading')}
        onChange={(e) => {
          onText(e.target.value);
          setHighlight(0);
          if (picked) onPick(null);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-label={t('sweeps.entry.address')}
        aria-expanded={matches.length > 0}
        aria-controls="address-matches"
        data-testid="visit-address"
        data-picked={picked?.householdId ?? ''}
      />
      {error ? (
        <div className="ant-form-item-explain-error" role="alert" data-testid="visit-error-household">
          {error}
        </div>
      ) : null}
      {picked === null && text.trim() !== '' && index ? (
        <ul id="address-matches" role="listbox" className="address-matches" data-testid="address-matches">
          {matches.length === 0 ? <li className="muted">{t('sweeps.entry.noMatch')}</li> : null}
          {matches.map((m, i) => (
            <li
              key={m.householdId}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              data-household-id={m.householdId}
              onMouseDown={(e) => {
                e.preventDefault();
                onPick(m);
                onText(m.label);
              }}
            >
              {m.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
