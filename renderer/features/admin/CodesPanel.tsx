/**
 * 注册码 — the chief's enrolment codes: create one (workstation or display, how many uses, how
 * many hours, a label) and see the code ONCE, with a copy button (the centre keeps only its
 * hash); the list shows uses, expiry and state, and 作废 revokes a code.
 */
import { App, Button, Form, Input, InputNumber, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { AuthClient } from '#common/auth/authClient';
import { createEnrolmentCodeRequestSchema, type EnrolmentCode } from '#common/auth/protocol';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { centreErrorText } from './centreErrorText';

interface CodeForm {
  kind: 'workstation' | 'display';
  maxUses: number;
  expiresInHours: number;
  label: string;
}

export function CodesPanel({ client }: { client: AuthClient }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CodeForm>();
  const [codes, setCodes] = useState<EnrolmentCode[] | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const [reloads, setReloads] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    let live = true;
    client.enrolmentCodes().then(
      (reply) => {
        if (!live) return;
        setCodes(reply.codes);
        setNow(Date.now());
        setError(null);
      },
      (e: unknown) => live && setError(centreErrorText(e, t)),
    );
    return () => {
      live = false;
    };
  }, [client, t, reloads]);

  const create = async (values: CodeForm) => {
    const parsed = createEnrolmentCodeRequestSchema.safeParse(values);
    if (!parsed.success) {
      setError(t('admin.codes.invalid'));
      return;
    }
    setBusy(true);
    try {
      const reply = await client.createEnrolmentCode(parsed.data);
      setShown(reply.code);
      setReloads((n) => n + 1);
    } catch (e) {
      setError(centreErrorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const revoke = async (code: EnrolmentCode) => {
    try {
      await client.revokeEnrolmentCode(code.id);
      setReloads((n) => n + 1);
    } catch (e) {
      setError(centreErrorText(e, t));
    }
  };

  const copy = async (code: string) => {
    try {
      await navigator.clipboard.writeText(code);
      void message.success(t('admin.codes.copied'));
    } catch {
      void message.warning(t('admin.codes.copyFailed'));
    }
  };

  const columns: ColumnsType<EnrolmentCode> = [
    { title: t('admin.codes.label'), key: 'label', render: (_, c) => c.label || '—' },
    {
      title: t('admin.devices.kind'),
      key: 'kind',
      width: 90,
      render: (_, c) => t(c.kind === 'display' ? 'admin.kind.display' : 'admin.kind.workstation'),
    },
    {
      title: t('admin.codes.uses'),
      key: 'uses',
      width: 90,
      render: (_, c) => <span data-testid="code-uses">{`${c.uses} / ${c.maxUses}`}</span>,
    },
    {
      title: t('admin.codes.expires'),
      key: 'exp',
      width: 150,
      render: (_, c) => formatDateTime(c.expiresAt, language),
    },
    {
      title: t('admin.devices.status'),
      key: 'state',
      width: 140,
      render: (_, c) =>
        c.revoked ? (
          <Tag>{t('admin.codes.revoked')}</Tag>
        ) : c.expiresAt <= now ? (
          <Tag>{t('admin.codes.expired')}</Tag>
        ) : c.uses >= c.maxUses ? (
          <Tag>{t('admin.codes.usedUp')}</Tag>
        ) : (
          <Popconfirm
            title={t('admin.codes.revokeConfirm')}
            okText={t('admin.codes.revoke')}
            cancelText={t('admin.cancel')}
            onConfirm={() => void revoke(c)}
          >
            <Button size="small" data-testid="code-revoke">
              {t('admin.codes.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <div data-testid="admin-codes">
      <Form<CodeForm>
        form={form}
        layout="inline"
        initialValues={{ kind: 'workstation', maxUses: 1, expiresInHours: 24, label: '' }}
        onFinish={(v) => void create(v)}
        style={{ marginBottom: 12 }}
      >
        <Form.Item name="kind" label={t('admin.devices.kind')}>
          <Select
            style={{ width: 110 }}
            data-testid="code-kind"
            options={[
              { value: 'workstation', label: t('admin.kind.workstation') },
              { value: 'display', label: t('admin.kind.display') },
            ]}
          />
        </Form.Item>
        <Form.Item name="maxUses" label={t('admin.codes.maxUses')}>
          <InputNumber min={1} max={200} style={{ width: 80 }} data-testid="code-max-uses" />
        </Form.Item>
        <Form.Item name="expiresInHours" label={t('admin.codes.hours')}>
          <InputNumber min={1} max={720} style={{ width: 80 }} data-testid="code-hours" />
        </Form.Item>
        <Form.Item name="label" label={t('admin.codes.label')}>
          <Input maxLength={40} style={{ width: 140 }} data-testid="code-label" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="code-create">
          {t('admin.codes.create')}
        </Button>
      </Form>
      {shown ? (
        <div className="code-once" data-testid="code-shown" style={{ marginBottom: 12 }}>
          <Typography.Text strong style={{ fontSize: 20, letterSpacing: 2 }} data-testid="code-value">
            {shown}
          </Typography.Text>{' '}
          <Button size="small" onClick={() => void copy(shown)} data-testid="code-copy">
            {t('admin.codes.copy')}
          </Button>
          <div className="muted">{t('admin.codes.shownOnce')}</div>
        </div>
      ) : null}
      {error ? (
        <p className="warn" role="alert">
          {error}
        </p>
      ) : null}
      <Table<EnrolmentCode>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={codes ?? []}
        loading={codes === null && error === null}
        pagination={false}
      />
    </div>
  );
}
