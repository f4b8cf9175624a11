/**
 * 修改我的 PIN (every officer, online sign-in only: POST /auth/pin with the officer session),
 * and for the station chief 重置民警 PIN (POST /officers/:id/pin-reset). New PINs are checked
 * with the contract's pinSchema before anything is sent; the centre's answer is shown in words.
 */
import { App, Button, Form, Input, Select } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { pinSchema } from '#common/auth/protocol';
import { officerSchema } from '#common/schemas/station';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { Translate } from '#renderer/i18n/translate';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { changePinAtCentre, resetPinAtCentre, type CallOutcome } from '#renderer/features/signin';

type ChangeValues = { currentPin: string; newPin: string; confirm: string };
type ResetValues = { officerId: string; newPin: string };

function outcomeError(t: Translate, outcome: CallOutcome<unknown>): string | null {
  switch (outcome.kind) {
    case 'ok':
      return null;
    case 'refused':
      return t('settings.pin.refused', { reason: outcome.error.message });
    case 'unreachable':
      return t('settings.pin.unreachable');
    case 'not-signed-in':
      return t('settings.pin.notSignedIn');
    case 'device-unauthorised':
      return t('signin.error.device-unauthorised');
    case 'invalid':
      return t('settings.pin.refused', { reason: outcome.message });
  }
}

const weakPinRule = (t: Translate) => ({
  validator: (_: unknown, value: string | undefined) =>
    pinSchema.safeParse(value ?? '').success
      ? Promise.resolve()
      : Promise.reject(new Error(t('settings.pin.weak'))),
});

export function PinSection() {
  const { t } = useI18n();
  const db = useDb();
  const officer = useOfficerSession();
  const { message } = App.useApp();
  const [change] = Form.useForm<ChangeValues>();
  const [reset] = Form.useForm<ResetValues>();
  const officers = useLiveQuery(
    async () =>
      (await db.officers.toArray())
        .map((r) => officerSchema.safeParse(r))
        .flatMap((r) => (r.success && !r.data.deleted ? [r.data] : [])),
    [db],
  );
  if (!officer) return null;
  const token = officer.token;

  const onChange = async (v: ChangeValues) => {
    if (!token) return;
    const error = outcomeError(t, await changePinAtCentre(db, token, v.currentPin, v.newPin));
    if (error) void message.error(error);
    else {
      change.resetFields();
      void message.success(t('settings.pin.saved'));
    }
  };
  const onReset = async (v: ResetValues) => {
    if (!token) return;
    const error = outcomeError(t, await resetPinAtCentre(db, token, v.officerId, v.newPin));
    if (error) void message.error(error);
    else {
      reset.resetFields();
      void message.success(t('settings.pin.reset.saved'));
    }
  };

  return (
    <section data-testid="pin-settings">
      <h3 style={{ marginTop: 32 }}>{t('settings.pin.title')}</h3>
      {token ? (
        <Form form={change} layout="inline" onFinish={(v) => void onChange(v)}>
          <Form.Item
            name="currentPin"
            label={t('settings.pin.current')}
            rules={[{ required: true, pattern: /^\d{6}$/ }]}
          >
            <Input.Password maxLength={6} autoComplete="current-password" data-testid="pin-current" />
          </Form.Item>
          <Form.Item name="newPin" label={t('settings.pin.new')} rules={[weakPinRule(t)]}>
            <Input.Password maxLength={6} autoComplete="new-password" data-testid="pin-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('settings.pin.confirm')}
            dependencies={['newPin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_: unknown, value: string | undefined) =>
                  value === getFieldValue('newPin')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('settings.pin.mismatch'))),
              }),
            ]}
          >
            <Input.Password maxLength={6} autoComplete="new-password" data-testid="pin-confirm" />
          </Form.Item>
          <Button htmlType="submit" data-testid="pin-save">
            {t('settings.pin.save')}
          </Button>
        </Form>
      ) : (
        <p className="muted" data-testid="pin-needs-online">
          {t('settings.pin.needsOnline')}
        </p>
      )}
      {officer.access === 'station-chief' && token ? (
        <>
          <h3 style={{ marginTop: 24 }}>{t('settings.pin.reset.title')}</h3>
          <Form form={reset} layout="inline" onFinish={(v) => void onReset(v)}>
            <Form.Item name="officerId" label={t('settings.pin.reset.officer')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                style={{ width: 220 }}
                data-testid="pin-reset-officer"
                options={(officers ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.badgeNo}）` }))}
              />
            </Form.Item>
            <Form.Item name="newPin" label={t('settings.pin.new')} rules={[weakPinRule(t)]}>
              <Input.Password maxLength={6} autoComplete="new-password" data-testid="pin-reset-new" />
            </Form.Item>
            <Button htmlType="submit" data-testid="pin-reset-save">
              {t('settings.pin.reset.save')}
            </Button>
          </Form>
        </>
      ) : null}
    </section>
  );
}
