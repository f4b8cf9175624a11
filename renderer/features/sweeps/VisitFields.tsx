/**
 * The fields of fast visit entry after the address: outcome (1–4), counts found, team, note, and
 * the save button. Memoised: typing an address re-renders only the address box and its matches,
 * not these antd form items — each keystroke stays well inside a frame, and a save is not kept
 * waiting behind a render of the whole form. Setters are React's own (stable); `onSave` must be
 * stable too (VisitEntry passes one that reads the latest draft).
 */
import { Button, Form, Input } from 'antd';
import { forwardRef, memo } from 'react';
import type { VisitOutcome } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { sweepsErrorKey } from '#renderer/i18n/keyTables';
import { OutcomePicker } from './OutcomePicker';
import type { VisitField, VisitProblem } from './visitRow';

export type VisitErrors = Partial<Record<VisitField, VisitProblem>>;

interface Props {
  outcome: VisitOutcome;
  onOutcome(outcome: VisitOutcome): void;
  unregistered: string;
  onUnregistered(value: string): void;
  overdue: string;
  onOverdue(value: string): void;
  team: string;
  onTeam(value: string): void;
  note: string;
  onNote(value: string): void;
  errors: VisitErrors;
  onSave(): void;
}

/** The message of a field's problem, in the interface language (undefined when none). */
export function useVisitError(errors: VisitErrors) {
  const { t } = useI18n();
  return (field: VisitField): string | undefined => {
    const problem = errors[field];
    return problem ? t(sweepsErrorKey[problem]) : undefined;
  };
}

/** A count of people found: digits typed over a selected value (visitRow checks 0–50). */
function CountInput(props: { label: string; value: string; onChange(value: string): void; testId: string }) {
  return (
    <Input
      inputMode="numeric"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      onFocus={(e) => e.target.select()}
      aria-label={props.label}
      data-testid={props.testId}
    />
  );
}

export const VisitFields = memo(
  forwardRef<HTMLDivElement, Props>(function VisitFields(props, outcomeRef) {
    const { t } = useI18n();
    const error = useVisitError(props.errors);
    const item = (field: VisitField) => ({
      validateStatus: props.errors[field] ? ('error' as const) : undefined,
      help: error(field),
    });
    return (
      <>
        <Form.Item label={t('sweeps.entry.outcome')} {...item('outcome')}>
          <OutcomePicker ref={outcomeRef} value={props.outcome} onChange={props.onOutcome} />
        </Form.Item>
        <div className="visit-row">
          <Form.Item label={t('sweeps.entry.unregistered')} {...item('unregisteredFound')}>
            <CountInput
              label={t('sweeps.entry.unregistered')}
              value={props.unregistered}
              onChange={props.onUnregistered}
              testId="visit-unregistered"
            />
          </Form.Item>
          <Form.Item label={t('sweeps.entry.overdue')} {...item('overdueTestsFound')}>
            <CountInput
              label={t('sweeps.entry.overdue')}
              value={props.overdue}
              onChange={props.onOverdue}
              testId="visit-overdue"
            />
          </Form.Item>
          <Form.Item label={t('sweeps.entry.team')} {...item('team')}>
            <Input
              value={props.team}
              maxLength={60}
              onChange={(e) => props.onTeam(e.target.value)}
              aria-label={t('sweeps.entry.team')}
              data-testid="visit-team"
            />
          </Form.Item>
        </div>
        <Form.Item label={t('sweeps.entry.note')} {...item('note')}>
          <Input
            value={props.note}
            maxLength={500}
            onChange={(e) => props.onNote(e.target.value)}
            aria-label={t('sweeps.entry.note')}
            data-testid="visit-note"
          />
        </Form.Item>
        <Button type="primary" onClick={props.onSave} data-testid="visit-save">
          {t('sweeps.entry.save')}
        </Button>
        <span className="muted" style={{ marginLeft: 12 }}>
          {t('sweeps.entry.hint')}
        </span>
      </>
    );
  }),
);
