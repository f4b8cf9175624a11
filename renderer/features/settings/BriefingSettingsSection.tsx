/**
 * Settings of the briefing display (早会大屏): auto-advance interval and on/off, and after how
 * many minutes without a sync the wall says its data may be stale. Validated with the settings
 * schema; a bad value is named next to its field and nothing is saved.
 */
import { App, Button, Form, InputNumber, Switch } from 'antd';
import { useEffect } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { MessageKey } from '#renderer/i18n/zh';
import { briefingSettingsFormSchema, type BriefingSettings } from './briefingSettings';
import { saveSettings, useSettings } from '#renderer/shared/useSettings';

type FormValues = {
  briefingIntervalSec: number | null;
  briefingAutoAdvance: boolean;
  briefingStaleMin: number | null;
};

const fieldError: Record<keyof BriefingSettings, MessageKey> = {
  briefingIntervalSec: 'briefing.settings.interval.error',
  briefingAutoAdvance: 'briefing.settings.auto.error',
  briefingStaleMin: 'briefing.settings.stale.error',
};

export function BriefingSettingsSection() {
  const { t } = useI18n();
  const db = useDb();
  const settings = useSettings();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();

  useEffect(() => {
    if (settings)
      form.setFieldsValue({
        briefingIntervalSec: settings.briefingIntervalSec,
        briefingAutoAdvance: settings.briefingAutoAdvance,
        briefingStaleMin: settings.briefingStaleMin,
      });
  }, [settings, form]);

  const onFinish = async (values: FormValues): Promise<void> => {
    // No defaults here: an emptied field is an error, not a silent reset.
    const parsed = briefingSettingsFormSchema.safeParse(values);
    if (!parsed.success) {
      form.setFields(
        parsed.error.issues.map((issue) => {
          const name = String(issue.path[0]) as keyof BriefingSettings;
          return { name, errors: [t(fieldError[name] ?? 'briefing.settings.interval.error')] };
        }),
      );
      return;
    }
    try {
      await saveSettings(db, parsed.data);
      void message.success(t('briefing.settings.saved'));
    } catch (error) {
      void message.error(
        t('briefing.settings.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  return (
    <section data-testid="briefing-settings" style={{ marginTop: 32, maxWidth: 640 }}>
      <h3>{t('briefing.settings.title')}</h3>
      <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)}>
        <Form.Item name="briefingAutoAdvance" label={t('briefing.settings.auto')} valuePropName="checked">
          <Switch data-testid="briefing-auto-advance" />
        </Form.Item>
        <Form.Item name="briefingIntervalSec" label={t('briefing.settings.interval')}>
          <InputNumber data-testid="briefing-interval" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="briefingStaleMin"
          label={t('briefing.settings.stale')}
          extra={t('briefing.settings.stale.help')}
        >
          <InputNumber data-testid="briefing-stale" style={{ width: 160 }} />
        </Form.Item>
        <Button htmlType="submit" data-testid="briefing-settings-save">
          {t('briefing.settings.save')}
        </Button>
      </Form>
    </section>
  );
}
