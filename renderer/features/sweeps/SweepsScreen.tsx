/** 摸排 screen (placeholder until its workflow lands). */
import { Empty } from 'antd';
import { useI18n } from '../../i18n/I18nContext';

export function SweepsScreen() {
  const { t } = useI18n();
  return (
    <div className="placeholder">
      <Empty description={t('nav.comingSoon')} />
    </div>
  );
}
