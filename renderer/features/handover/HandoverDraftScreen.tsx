/**
 * 交班 (route `#/handover`): the signed-in officer's handover draft for their shift — since
 * their session's sign-in up to now — computed from the cache (draftInput.ts), with their notes.
 * "重新生成" drafts again up to the new now. "确认交班" freezes the sheet as shown (saved
 * `awaiting-incoming`, synced), then signs the officer out, on 交接班记录, where the incoming
 * officer who signs in next is asked to sign it.
 */
import { Alert, App, Button, Input, Popconfirm, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { HANDOVER_NOTES_MAX, type HandoverSections } from '#common/schemas/pass';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { actorOf, useSession } from '#renderer/shared/session';
import { useSignInControls } from '#renderer/shared/signInContext';
import { signal } from '#renderer/shared/testBridge';
import { navigate } from '#renderer/shared/useHashRoute';
import { currentShift, draftSections } from './draftInput';
import { HandoverSheet } from './HandoverSheet';
import { handOver } from './handoverWrites';
import { useOfficerNames } from './useHandovers';
import './handover.css';

export const HANDOVER_LIST_ROUTE = 'handovers';

interface Draft {
  shiftStart: number;
  handedAt: number;
  sections: HandoverSections;
}

export function HandoverDraftScreen() {
  const { t } = useI18n();
  const db = useDb();
  const { message } = App.useApp();
  const officer = useOfficerSession();
  const session = useSession();
  const controls = useSignInControls();
  const names = useOfficerNames();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notes, setNotes] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  // the hand-over instant the draft is made for; 重新生成 moves it to now
  const [requestedAt, setRequestedAt] = useState(() => Date.now());
  useEffect(() => {
    let gone = false;
    void currentShift(db).then(async (shift) => {
      if (!shift) return;
      const shiftStart = Math.min(shift.shiftStart, requestedAt);
      const sections = await draftSections(db, shiftStart, requestedAt);
      if (gone) return;
      setDraft({ shiftStart, handedAt: requestedAt, sections });
      signal('handover-drafted');
    });
    return () => {
      gone = true;
    };
  }, [db, requestedAt]);

  const submit = async () => {
    if (!draft || !controls) return;
    setBusy(true);
    setFailure(null);
    try {
      await handOver(db, actorOf(session), { ...draft, notes });
      void message.success(t('handover.saved'));
      signal('handover-handed');
      navigate(HANDOVER_LIST_ROUTE);
      controls.signOut();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  if (!officer) return <Alert type="warning" message={t('handover.notSignedIn')} />;
  return (
    <div className="handover-screen" data-testid="handover-draft">
      <h2>{t('handover.draft.title', { name: officer.name })}</h2>
      <p className="muted">{t('handover.draft.hint')}</p>
      {draft ? (
        <>
          <HandoverSheet
            sheet={{
              ...draft,
              outgoingOfficerId: officer.officerId,
              notes,
              status: 'awaiting-incoming',
              incomingOfficerId: null,
              incomingSignedAt: null,
            }}
            names={names}
            hideNotes
          />
          <section className="handover-section">
            <h3>{t('handover.notes')}</h3>
            <Input.TextArea
              data-testid="handover-notes-input"
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              maxLength={HANDOVER_NOTES_MAX}
              showCount
              autoSize={{ minRows: 3, maxRows: 10 }}
              placeholder={t('handover.notes.placeholder')}
            />
          </section>
          {failure ? <Alert type="error" showIcon message={failure} /> : null}
          <Space className="handover-actions">
            <Button onClick={() => setRequestedAt(Date.now())} data-testid="handover-redraft">
              {t('handover.refresh')}
            </Button>
            <Popconfirm title={t('handover.submit.confirm')} onConfirm={() => void submit()}>
              <Button type="primary" loading={busy} data-testid="handover-submit">
                {t('handover.submit')}
              </Button>
            </Popconfirm>
            <Button onClick={() => navigate('board')}>{t('handover.cancel')}</Button>
          </Space>
        </>
      ) : (
        <div className="handover-loading">
          <Spin />
          <p>{t('handover.drafting')}</p>
        </div>
      )}
    </div>
  );
}
