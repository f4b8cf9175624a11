/**
 * Fast visit entry 入户录入 for a duty officer transcribing phoned-in results, by keyboard:
 * address (type, ↑↓, Enter) → outcome (1–4) → Tab through counts, team, note → Enter saves,
 * and focus returns to the address box. The team is kept between visits. Errors appear next
 * to their field and nothing is saved. Saved visits of this session are listed (latest first)
 * and a person found can be recorded against one of them.
 */
import { Button, Form, Input, Tag, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import type { SweepCampaign, VisitOutcome } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatTime } from '#renderer/i18n/translate';
import type { AddressEntry, AddressIndex } from './addressIndex';
import { AddressSearch } from './AddressSearch';
import { FindingForm, type SessionVisit } from './FindingForm';
import { OutcomePicker } from './OutcomePicker';
import { saveVisit } from './sweepMutations';
import type { VisitField, VisitProblem } from './visitRow';
import { sweepsErrorKey, sweepsOutcomeKey } from '#renderer/i18n/keyTables';

interface Props {
  campaign: SweepCampaign;
  index: AddressIndex | null;
}

export function VisitEntry({ campaign, index }: Props) {
  const { t, language } = useI18n();
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
  const [errors, setErrors] = useState<Partial<Record<VisitField, VisitProblem>>>({});
  const [saved, setSaved] = useState<SessionVisit[]>([]);

  const err = (f: VisitField) => (errors[f] ? t(sweepsErrorKey[errors[f]]) : undefined);
  const item = (f: VisitField) => ({
    validateStatus: errors[f] ? ('error' as const) : undefined,
    help: err(f),
  });

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

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.defaultPrevented) return;
    e.preventDefault();
    void save();
  };

  const last = saved[0];
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
              error={err('household')}
              onPick={(entry) => {
                setPicked(entry);
                if (entry) {
                  setErrors((e) => ({ ...e, household: undefined }));
                  outcomeRef.current?.focus();
                }
              }}
            />
          </Form.Item>
          <Form.Item label={t('sweeps.entry.outcome')} {...item('outcome')}>
            <OutcomePicker ref={outcomeRef} value={outcome} onChange={setOutcome} />
          </Form.Item>
          <div className="visit-row">
            <Form.Item label={t('sweeps.entry.unregistered')} {...item('unregisteredFound')}>
              <Input
                inputMode="numeric"
                value={unregistered}
                onChange={(e) => setUnregistered(e.target.value)}
                onFocus={(e) => e.target.select()}
                aria-label={t('sweeps.entry.unregistered')}
                data-testid="visit-unregistered"
              />
            </Form.Item>
            <Form.Item label={t('sweeps.entry.overdue')} {...item('overdueTestsFound')}>
              <Input
                inputMode="numeric"
                value={overdue}
                onChange={(e) => setOverdue(e.target.value)}
                onFocus={(e) => e.target.select()}
                aria-label={t('sweeps.entry.overdue')}
                data-testid="visit-overdue"
              />
            </Form.Item>
            <Form.Item label={t('sweeps.entry.team')} {...item('team')}>
              <Input
                value={team}
                maxLength={60}
                onChange={(e) => setTeam(e.target.value)}
                aria-label={t('sweeps.entry.team')}
                data-testid="visit-team"
              />
            </Form.Item>
          </div>
          <Form.Item label={t('sweeps.entry.note')} {...item('note')}>
            <Input
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
              aria-label={t('sweeps.entry.note')}
              data-testid="visit-note"
            />
          </Form.Item>
          <Button type="primary" onClick={() => void save()} data-testid="visit-save">
            {t('sweeps.entry.save')}
          </Button>
          <span className="muted" style={{ marginLeft: 12 }}>
            {t('sweeps.entry.hint')}
          </span>
        </Form>
      </div>
      <div className="visit-session">
        <p data-testid="visit-session-count" data-count={saved.length}>
          <b>{t('sweeps.entry.sessionCount', { n: saved.length })}</b>
        </p>
        {last ? (
          <p
            className="saved-confirmation"
            role="status"
            data-testid="visit-last-saved"
            data-visit-id={last.id}
          >
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
    </div>
  );
}
