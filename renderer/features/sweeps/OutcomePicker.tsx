/**
 * The visit outcome as one focusable control: keys 1–4 choose, ←/→ cycle, a click works too.
 * Enter is left to the form (it saves).
 */
import { forwardRef } from 'react';
import { visitOutcomes, type VisitOutcome } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { outcomeForKey } from './visitRow';
import { sweepsOutcomeKey } from '#renderer/i18n/keyTables';

interface Props {
  value: VisitOutcome;
  onChange(outcome: VisitOutcome): void;
}

export const OutcomePicker = forwardRef<HTMLDivElement, Props>(function OutcomePicker(
  { value, onChange },
  ref,
) {
  const { t } = useI18n();
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const byKey = outcomeForKey(e.key);
    if (byKey) {
      e.preventDefault();
      onChange(byKey);
      return;
    }
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const i = visitOutcomes.indexOf(value);
      const step = e.key === 'ArrowRight' ? 1 : visitOutcomes.length - 1;
      onChange(visitOutcomes[(i + step) % visitOutcomes.length] ?? value);
    }
  };
  return (
    <div
      ref={ref}
      tabIndex={0}
      role="radiogroup"
      aria-label={t('sweeps.entry.outcome')}
      className="outcome-picker"
      onKeyDown={onKeyDown}
      data-testid="visit-outcome"
      data-value={value}
    >
      {visitOutcomes.map((o, i) => (
        <span
          key={o}
          role="radio"
          aria-checked={o === value}
          className={o === value ? 'outcome checked' : 'outcome'}
          onClick={() => onChange(o)}
        >
          <kbd>{i + 1}</kbd> {t(sweepsOutcomeKey[o])}
        </span>
      ))}
    </div>
  );
});
