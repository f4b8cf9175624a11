/**
 * The title bar's officer: name and role (from the officer's record), 演示模式 / 离线登录 when
 * so, a lock button (锁屏) and sign-out (交班/退出). Nothing on a display device.
 */
import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tag } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { useSignInControls } from '#renderer/shared/signInContext';
import { rolesKey } from '#renderer/i18n/keyTables';

export function SignedInBar() {
  const { t } = useI18n();
  const officer = useOfficerSession();
  const controls = useSignInControls();
  if (!officer || !controls) return null;
  return (
    <span
      className="signed-in"
      data-testid="signed-in"
      data-officer={officer.officerId}
      data-role={officer.access}
    >
      {controls.mode === 'demo' ? (
        <Tag color="gold" data-testid="demo-mode">
          {t('signin.demo')}
        </Tag>
      ) : controls.mode === 'offline' ? (
        <Tag color="orange">{t('signin.offlineMode')}</Tag>
      ) : null}
      <span className="signed-in-name" data-testid="signed-in-name">
        {officer.name}
      </span>
      <span className="muted" data-testid="signed-in-role">
        {t(rolesKey[officer.access])}
      </span>
      <Button size="small" icon={<LockOutlined />} onClick={controls.lock} data-testid="lock-button">
        {t('lock.button')}
      </Button>
      <Popconfirm title={t('signin.signOut.confirm')} onConfirm={controls.signOut}>
        <Button size="small" icon={<LogoutOutlined />} data-testid="signout-button">
          {t('signin.signOut')}
        </Button>
      </Popconfirm>
    </span>
  );
}
