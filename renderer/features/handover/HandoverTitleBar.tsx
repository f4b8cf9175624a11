/**
 * The handover in the title bar, beside lock and sign-out: the 交班 button (opens the draft for
 * the signed-in officer's shift), and — when a sheet handed over at this workstation waits for
 * another officer's signature, a 签字接班 button — and, when the outgoing officer handed it over
 * in person with 交班, the signing dialog opened once by itself for the officer who signs in
 * next ("稍后" closes it; the button and 交接班记录 still offer it). A sheet drafted because
 * another officer signed in over a session only gets the button: nobody is interrupted by it.
 * Nothing on a display device or with nobody signed in.
 */
import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { useIsDisplayDevice } from '#renderer/shared/signInContext';
import { navigate } from '#renderer/shared/useHashRoute';
import { SignHandoverDialog } from './SignHandoverDialog';
import { useAwaitingHere } from './useHandovers';

export const HANDOVER_DRAFT_ROUTE = 'handover';

export function HandoverTitleBar() {
  const { t } = useI18n();
  const officer = useOfficerSession();
  const display = useIsDisplayDevice();
  const awaiting = useAwaitingHere(officer && !display ? officer.officerId : null);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  // chosen: opened with the button, or kept open on the sheet just signed (to show it signed)
  const [chosen, setChosen] = useState<string | null>(null);
  const waitingId = awaiting?.sheet.id ?? null;
  const prompted = waitingId && awaiting?.handedOverInPerson && !dismissed.has(waitingId) ? waitingId : null;
  const shown = chosen ?? prompted;
  if (!officer || display) return null;
  return (
    <>
      <Button
        size="small"
        icon={<SwapOutlined />}
        onClick={() => navigate(HANDOVER_DRAFT_ROUTE)}
        data-testid="handover-button"
      >
        {t('handover.button')}
      </Button>
      {waitingId ? (
        <Button
          size="small"
          type="primary"
          icon={<EditOutlined />}
          onClick={() => setChosen(waitingId)}
          data-testid="handover-sign-waiting"
        >
          {t('handover.sign.open')}
        </Button>
      ) : null}
      {shown ? (
        <SignHandoverDialog
          sheetId={shown}
          onSigned={() => setChosen(shown)}
          onClose={() => {
            setDismissed((d) => new Set([...d, shown]));
            setChosen(null);
          }}
        />
      ) : null}
    </>
  );
}
