/** Title-bar button "打开早会大屏": opens the briefing display and says where it went. */
import { DesktopOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { openBriefing } from './openBriefing';

export function OpenBriefingButton() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const onClick = async (): Promise<void> => {
    try {
      const result = await openBriefing();
      if (result.kind === 'display')
        void message.success(t('briefing.open.display', { label: result.label }));
      else if (result.kind === 'window') void message.info(t('briefing.open.window'));
      else void message.warning(t('briefing.open.blocked'));
    } catch (error) {
      void message.error(
        t('briefing.open.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  return (
    <Button
      size="small"
      icon={<DesktopOutlined />}
      onClick={() => void onClick()}
      data-testid="open-briefing"
    >
      {t('briefing.open')}
    </Button>
  );
}
