/**
 * 设置 — workstation settings: language, workstation name, the officer's PIN and the screen
 * lock (own sections), the basemap (its own section,
 * features/basemap; offline by default), the version and updates (features/updates), and rebuilding the cache with demo data of either size.
 */
import { App, Button, Form, Input, Popconfirm, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useCache } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import { settingsSchema, type Settings } from '#renderer/db/localRows';
import { saveSettings, useSettings } from '#renderer/shared/useSettings';
import { EnrolSection } from '#renderer/features/sync';
import { BasemapSection } from '#renderer/features/basemap';
import { BriefingSettingsSection } from './BriefingSettingsSection';
import { LockSettingsSection } from './LockSettingsSection';
import { PinSection } from './PinSection';
import { DiagnosticsSection } from '#renderer/features/diagnostics';
import { VersionSection } from '#renderer/features/updates';
import { settingsDemoKey } from '#renderer/i18n/keyTables';

type FormValues = { language: Settings['language']; workstation: string };

export function SettingsScreen() {
  const { t } = useI18n();
  const { db, rebuild } = useCache();
  const settings = useSettings();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();

  useEffect(() => {
    if (settings) form.setFieldsValue(settings);
  }, [settings, form]);

  const onFinish = async (values: FormValues) => {
    const candidate = { ...settings, ...values };
    const parsed = settingsSchema.safeParse(candidate);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((issue) => ({
          name: String(issue.path[0]) as keyof FormValues,
          errors: [issue.message],
        })),
      );
      return;
    }
    await saveSettings(db, parsed.data);
    void message.success(t('settings.saved'));
  };

  return (
    <div className="settings" data-testid="settings">
      <h2>{t('settings.title')}</h2>
      <Form form={form} layout="vertical" onFinish={onFinish} style={{ maxWidth: 640 }}>
        <Form.Item name="language" label={t('settings.language')}>
          <Select
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en', label: 'English' },
            ]}
          />
        </Form.Item>
        <Form.Item name="workstation" label={t('settings.workstation')}>
          <Input />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="settings-save">
          {t('settings.save')}
        </Button>
      </Form>
      <PinSection />
      <LockSettingsSection />
      <BasemapSection />
      <BriefingSettingsSection />
      <EnrolSection />
      <VersionSection />
      <DiagnosticsSection />
      <h3 style={{ marginTop: 32 }}>{t('settings.demo')}</h3>
      <Space>
        {(['station', 'district'] as const).map((size) => (
          <Popconfirm key={size} title={t('cache.failed.offer')} onConfirm={() => rebuild(size, true)}>
            <Button danger data-testid={`reload-${size}`}>
              {t(settingsDemoKey[size])}
            </Button>
          </Popconfirm>
        ))}
      </Space>
    </div>
  );
}
