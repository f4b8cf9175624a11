/**
 * Settings section "central sync": shows the enrolment, or enrols this workstation with the
 * central server's URL and the station's code. Inputs are validated before anything is sent;
 * a refused enrolment says why and stores nothing.
 */
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { toSyncError } from '#common/sync/syncErrors';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useSettings } from '#renderer/shared/useSettings';
import { keychainNotice } from '#renderer/sync/credentialVault';
import { dropDemoData, enrolWorkstation } from './enrol';
import { useSyncConfig } from '#renderer/shared/useSyncConfig';
import { syncErrorKey } from '#renderer/i18n/domainWords';

const enrolFormSchema = z.object({
  apiUrl: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^\s/]+(:\d+)?\/?$/, 'http(s)://host[:port]'),
  enrolmentCode: z.string().trim().min(6).max(64),
});

type EnrolForm = z.infer<typeof enrolFormSchema>;

export function EnrolSection() {
  const { t } = useI18n();
  const db = useDb();
  const settings = useSettings();
  const config = useSyncConfig();
  const [form] = Form.useForm<EnrolForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: EnrolForm) => {
    const parsed = enrolFormSchema.safeParse(values);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((i) => ({ name: String(i.path[0]) as keyof EnrolForm, errors: [i.message] })),
      );
      return;
    }
    setBusy(true);
    try {
      await enrolWorkstation(
        db,
        parsed.data.apiUrl,
        parsed.data.enrolmentCode,
        settings?.workstation ?? '值班台-1',
      );
      await dropDemoData(db);
      setError(null);
    } catch (e) {
      const err = toSyncError(e);
      setError(t('sync.enrolFailed', { reason: t(syncErrorKey[err.kind]) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="enrol-section">
      <h3 style={{ marginTop: 32 }}>{t('sync.settings')}</h3>
      {config ? (
        <p data-testid="enrolled">
          {t('sync.enrolled', { station: config.stationId, device: config.deviceId.slice(0, 8) })}
        </p>
      ) : null}
      {config && keychainNotice(config.credential) ? (
        <Alert
          type="warning"
          showIcon
          data-testid="keychain-notice"
          style={{ marginBottom: 12, maxWidth: 640 }}
          message={t('trust.keychain.title')}
          description={t(
            keychainNotice(config.credential) === 'weak-backend'
              ? 'trust.keychain.weakBackend'
              : 'trust.keychain.noEncryption',
          )}
        />
      ) : null}
      <Form
        form={form}
        layout="inline"
        onFinish={(v) => void onFinish(v)}
        initialValues={{ apiUrl: config?.apiUrl ?? '' }}
      >
        <Form.Item name="apiUrl" label={t('sync.apiUrl')}>
          <Input placeholder="http://127.0.0.1:8787" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="enrolmentCode" label={t('sync.enrolCode')}>
          <Input.Password style={{ width: 180 }} />
        </Form.Item>
        <Button htmlType="submit" loading={busy}>
          {t('sync.enrol')}
        </Button>
      </Form>
      {error ? (
        <p className="warn" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
