/** "另有 n 项未列出" under a fitted table or list, when some of it did not fit; nothing otherwise. */
import { useI18n } from '#renderer/i18n/I18nContext';

export function MoreLine({ hidden }: { hidden: number }) {
  const { t } = useI18n();
  if (hidden <= 0) return null;
  return <div className="briefing-more">{t('briefing.more', { n: hidden })}</div>;
}
