/**
 * 早会大屏: the morning-meeting briefing deck at `#/briefing`, full screen, read-only, outside
 * the shell's chrome.
 */
import { Empty } from 'antd';
import { useI18n } from '../../i18n/I18nContext';

export function BriefingDeck() {
  const { t } = useI18n();
  return <Empty description={`${t('nav.briefing')} — ${t('nav.comingSoon')}`} />;
}
