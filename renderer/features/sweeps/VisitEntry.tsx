/**
 * Fast visit entry 入户录入 for a duty officer transcribing phoned-in results, by keyboard:
 * address (type, ↑↓, Enter) → outcome (1–4) → Tab through counts, team, note → Enter saves,
 * and focus returns to the address box. The team is kept between visits. Errors appear next
 * to their field and nothing is saved. Saved visits of this session are listed (latest first)
 * and a person found can be recorded against one of them.
 */
import { Form, type InputRef } from 'antd';
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { SweepCampaign, VisitOutcome } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { AddressEntry, AddressIndex } from './addressIndex';
import { AddressSearch } from './AddressSearch';
import type { SessionVisit } from './FindingForm';
import { SessionVisits } from './SessionVisits';
import { saveVisit } from './sweepMutations';
import { useVisitError, VisitFields, type VisitErrors } from './VisitFields';

interface Props {
  campaign: SweepCampaign;
  index: AddressIndex | null;
}

export function VisitEntry({ campaign, index }: Props) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const addressRef = useRef<InputRef>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const saving = useRef(false);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<AddressEntry | null>(null);
  const [outcome, setOutcome] = useState<VisitOutcome>('all-registered');
  const [unregistered, setUnregistered] = useState('0');
  const [overdue, setOverdue] = useState('0');
  const [team, setTeam] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<VisitErrors>({});
  const [saved, setSaved] = useState<SessionVisit[]>([]);
  const error = useVisitError(errors);

  const save = async () => {
    if (saving.current) return;
    saving.current = true;
    try {
      const result = await saveVisit(
        db,
        session,
        {
          household: picked ? { id: picked.householdId, gridId: picked.gridId } : null,
          outcome,
          unregisteredFound: unregistered,
          overdueTestsFound: overdue,
          team,
          note,
        },
        campaign.id,
      );
      if (!result.ok) {
        setErrors(result.errors);
        if (result.errors.household) addressRef.current?.focus();
        return;
      }
      if (picked)
        setSaved((s) => [
          { id: result.id, gridId: picked.gridId, label: picked.label, outcome, at: Date.now() },
          ...s,
        ]);
      setErrors({});
      setPicked(null);
      setText('');
      setOutcome('all-registered');
      setUnregistered('0');
      setOverdue('0');
      setNote('');
      addressRef.current?.focus();
    } finally {
      saving.current = false;
    }
  };

  // The memoised fields get one callback for the life of the form, which saves the latest draft.
  const latestSave = useRef(save);
  useLayoutEffect(() => {
    latestSave.current = save;
  });
  const onSave = useCallback(() => void latestSave.current(), []);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.defaultPrevented) return;
    e.preventDefault();
    void save();
  };

  return (
    <div className="visit-entry" data-testid="visit-entry">
      <div onKeyDown={onKeyDown}>
        <Form layout="vertical" component="div" className="visit-form">
          <Form.Item
            label={t('sweeps.entry.address')}
            extra={index ? t('sweeps.entry.households', { n: index.entries.length }) : null}
          >
            <AddressSearch
              ref={addressRef}
              index={index}
              picked={picked}
              text={text}
              onText={setText}
              error={error('household')}
              onPick={(entry) => {
                setPicked(entry);
                if (entry) {
                  setErrors((e) => ({ ...e, household: undefined }));
                  outcomeRef.current?.focus();
                }
              }}
            />
          </Form.Item>
          <VisitFields
            ref={outcomeRef}
            outcome={outcome}
            onOutcome={setOutcome}
            unregistered={unregistered}
            onUnregistered={setUnregistered}
            overdue={overdue}
            onOverdue={setOverdue}
            team={team}
            onTeam={setTeam}
            note={note}
            onNote={setNote}
            errors={errors}
            onSave={onSave}
          />
        </Form>
      </div>
      <SessionVisits saved={saved} />
    </div>
  );
}
