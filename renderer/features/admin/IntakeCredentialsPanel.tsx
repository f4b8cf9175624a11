/**
 * 城市登记系统 — the chief's credentials for the city's pass registration system: create one
 * (a label) and see it ONCE, with a copy button, to configure the city system (the centre keeps
 * only its hash); the list shows when each was made and last used, and 吊销 revokes one at once
 * (the city's next post is refused). The credential can post registrations for this station
 * and nothing else (docs/architecture.md §9).
 */
import { App, Button, Form, Input, Popconfirm, Table, Tag, Typography, type ButtonProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { IntakeCredentialClient } from '#common/auth/intakeCredentialClient';
import { createIntakeCredentialRequestSchema, type IntakeCredential } from '#common/auth/intakeCredentials';
import { INTAKE_ROUTE } from '#common/sync/intakeProtocol';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { centreErrorText } from './centreErrorText';

export function IntakeCredentialsPanel({ client }: { client: IntakeCredentialClient }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ label: string }>();
  const [credentials, setCredentials] = useState<IntakeCredential[] | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    client.list().then(
      (reply) => {
        if (!live) return;
        setCredentials(reply.credentials);
        setError(null);
      },
      (e: unknown) => live && setError(centreErrorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [client, t, reloads]);

  const create = async (values: { label: string }) => {
    const parsed = createIntakeCredentialRequestSchema.safeParse(values);
    if (!parsed.success) {
      setError(t('admin.intake.invalid'));
      return;
    }
    setBusy(true);
    try {
      const reply = await client.create(parsed.data);
      setShown(reply.credential);
      form.resetFields();
      setReloads((n) => n + 1);
    } catch (e) {
      setError(centreErrorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (credential: IntakeCredential) => {
    try {
      await client.revoke(credential.id);
      setShown(null);
      setReloads((n) => n + 1);
    } catch (e) {
      setError(centreErrorText(e, t));
    }
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      void message.success(t('admin.intake.copied'));
    } catch {
      void message.warning(t('admin.codes.copyFailed'));
    }
  };

  const columns: ColumnsType<IntakeCredential> = [
    { title: t('admin.codes.label'), key: 'label', render: (_, c) => c.label },
    {
      title: t('admin.intake.created'),
      key: 'created',
      width: 160,
      render: (_, c) => formatDateTime(c.createdAt, language),
    },
    {
      title: t('admin.intake.lastUsed'),
      key: 'used',
      width: 160,
      render: (_, c) =>
        c.lastUsedAt === null ? t('admin.intake.never') : formatDateTime(c.lastUsedAt, language),
    },
    {
      title: t('admin.devices.status'),
      key: 'state',
      width: 120,
      render: (_, c) =>
        c.revokedAt !== null ? (
          <Tag color="red" data-testid="intake-credential-revoked">
            {t('admin.devices.isRevoked')}
          </Tag>
        ) : (
          <Popconfirm
            title={t('admin.intake.revokeConfirm')}
            okText={t('admin.devices.revoke')}
            cancelText={t('admin.cancel')}
            okButtonProps={{ danger: true, 'data-testid': 'intake-credential-revoke-confirm' } as ButtonProps}
            onConfirm={() => void revoke(c)}
          >
            <Button size="small" danger data-testid="intake-credential-revoke">
              {t('admin.devices.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <div data-testid="admin-intake">
      <Typography.Paragraph className="muted">
        {t('admin.intake.explain', { route: INTAKE_ROUTE })}
      </Typography.Paragraph>
      <Form<{ label: string }>
        form={form}
        layout="inline"
        initialValues={{ label: '' }}
        onFinish={(v) => void create(v)}
        style={{ marginBottom: 12 }}
      >
        <Form.Item
          name="label"
          label={t('admin.codes.label')}
          rules={[{ required: true, message: t('admin.intake.invalid') }]}
        >
          <Input
            maxLength={40}
            style={{ width: 200 }}
            placeholder={t('admin.intake.labelHint')}
            data-testid="intake-label"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="intake-create">
          {t('admin.intake.create')}
        </Button>
      </Form>
      {shown ? (
        <div className="code-once" data-testid="intake-shown" style={{ marginBottom: 12 }}>
          <Typography.Text
            code
            copyable={false}
            data-testid="intake-value"
            style={{ wordBreak: 'break-all' }}
          >
            {shown}
          </Typography.Text>{' '}
          <Button size="small" onClick={() => void copy(shown)} data-testid="intake-copy">
            {t('admin.codes.copy')}
          </Button>
          <div className="muted">{t('admin.intake.shownOnce')}</div>
        </div>
      ) : null}
      {error ? (
        <p className="warn" role="alert">
          {error}
        </p>
      ) : null}
      <Table<IntakeCredential>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={credentials ?? []}
        loading={credentials === null && error === null}
        pagination={false}
      />
    </div>
  );
}
