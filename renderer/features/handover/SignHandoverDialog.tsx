/**
 * 接班签字: the incoming officer reads the sheet and signs it with their own PIN, checked the
 * way sign-in checks it (the signin feature's verifyOfficerPin: at the centre, or offline
 * against the verifier cached here; wrong PINs count towards the badge's lock-out). The PIN must
 * be the signed-in officer's own: the badge is theirs, not typed. The officer who handed the
 * sheet over is not offered the form. Once signed the dialog shows the sheet read-only.
 */
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { actorOf, useSession } from '#renderer/shared/session';
import { signal } from '#renderer/shared/testBridge';
import { signInFailureMessage, verifyOfficerPin } from '#renderer/features/signin';
import { HandoverSheet } from './HandoverSheet';
import { HandoverRefusedError, signSheet } from './handoverWrites';
import { useHandover, useOfficerNames } from './useHandovers';

interface Props {
  sheetId: string;
  onClose(): void;
  /** After the signature is saved (the dialog then shows the sheet signed). */
  onSigned?(): void;
}

export function SignHandoverDialog({ sheetId, onClose, onSigned }: Props) {
  const { t } = useI18n();
  const db = useDb();
  const { message } = App.useApp();
  const officer = useOfficerSession();
  const session = useSession();
  const sheet = useHandover(sheetId);
  const names = useOfficerNames();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ownSheet = Boolean(sheet && officer && sheet.outgoingOfficerId === officer.officerId);
  const canSign = Boolean(sheet && officer && sheet.status === 'awaiting-incoming' && !ownSheet);

  const submit = async () => {
    if (!officer || !sheet) return;
    setBusy(true);
    setError(null);
    try {
      const checked = await verifyOfficerPin(db, officer.badgeNo, pin);
      setPin('');
      if (!checked.ok) {
        setError(signInFailureMessage(t, checked.failure, Date.now()));
        return;
      }
      if (checked.value.officer.id !== officer.officerId) {
        setError(t('handover.sign.wrongOfficer'));
        return;
      }
      await signSheet(db, actorOf(session), sheet.id);
      onSigned?.();
      void message.success(t('handover.sign.done'));
      signal('handover-signed');
    } catch (e) {
      setError(
        e instanceof HandoverRefusedError && e.reason === 'same-officer'
          ? t('handover.sign.sameOfficer')
          : t('handover.sign.failed', { message: e instanceof Error ? e.message : String(e) }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open width={860} title={t('handover.sign.title')} onCancel={onClose} footer={null} destroyOnHidden>
      <div data-testid="handover-sign-dialog">
        {sheet ? <HandoverSheet sheet={sheet} names={names} /> : null}
        {sheet?.status === 'signed' ? (
          <div data-testid="handover-readonly">
            <Alert type="success" showIcon message={t('handover.readOnly')} />
          </div>
        ) : ownSheet ? (
          <Alert type="info" showIcon message={t('handover.sign.sameOfficer')} />
        ) : canSign && officer ? (
          <Form layout="vertical" className="handover-sign-form" onFinish={() => void submit()}>
            <p className="muted">{t('handover.sign.hint')}</p>
            <p data-testid="handover-sign-officer">
              {t('handover.sign.officer', { name: officer.name, badgeNo: officer.badgeNo })}
            </p>
            <Form.Item
              label={t('handover.sign.pin')}
              validateStatus={error ? 'error' : undefined}
              help={
                error ? (
                  <span role="alert" data-testid="handover-sign-error">
                    {error}
                  </span>
                ) : undefined
              }
            >
              <Input.Password
                data-testid="handover-sign-pin"
                autoComplete="current-password"
                inputMode="numeric"
                maxLength={6}
                autoFocus
                value={pin}
                onChange={(e) => setPin(e.target.value)}
              />
            </Form.Item>
            <Space>
              <Button
                type="primary"
                htmlType="submit"
                loading={busy}
                disabled={!/^\d{6}$/.test(pin)}
                data-testid="handover-sign-submit"
              >
                {t('handover.sign.submit')}
              </Button>
              <Button onClick={onClose} data-testid="handover-sign-later">
                {t('handover.sign.later')}
              </Button>
            </Space>
          </Form>
        ) : null}
      </div>
    </Modal>
  );
}
