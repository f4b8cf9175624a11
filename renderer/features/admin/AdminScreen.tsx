/**
 * 设备管理 — the station chief's screen: the station's devices (revoke a lost workstation),
 * enrolment codes, and the city registration system's credentials. Everything here is the centre's: offline, not enrolled, or signed in
 * without a centre session, the screen says so; an officer who is not the chief is refused
 * here too (the centre refuses them anyway, 403).
 */
import { Result, Spin, Tabs } from 'antd';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { useSyncConfig } from '#renderer/shared/useSyncConfig';
import { CodesPanel } from './CodesPanel';
import { DevicesPanel } from './DevicesPanel';
import { IntakeCredentialsPanel } from './IntakeCredentialsPanel';
import { useCentreClient } from './useCentreClient';

export function AdminScreen() {
  const { t } = useI18n();
  const session = useSession();
  const config = useSyncConfig();
  const centre = useCentreClient();

  if (session.role !== 'station-chief')
    return <Result status="403" title={t('admin.chiefOnly')} data-testid="admin-screen" />;
  if (centre.status === 'loading') return <Spin className="screen-loading" />;
  if (centre.status === 'unavailable')
    return (
      <div className="screen" data-testid="admin-screen">
        <Result
          status="info"
          title={t('admin.needsCentre')}
          subTitle={t(
            centre.reason === 'not-enrolled'
              ? 'admin.needsCentre.not-enrolled'
              : centre.reason === 'credential'
                ? 'admin.needsCentre.credential'
                : 'admin.needsCentre.no-centre-session',
          )}
          data-testid="admin-needs-centre"
        />
      </div>
    );
  return (
    <div className="screen" data-testid="admin-screen">
      <h2>{t('admin.title')}</h2>
      <Tabs
        items={[
          {
            key: 'devices',
            label: t('admin.tab.devices'),
            children: <DevicesPanel client={centre.client} ownDeviceId={config?.deviceId ?? null} />,
          },
          { key: 'codes', label: t('admin.tab.codes'), children: <CodesPanel client={centre.client} /> },
          {
            key: 'intake',
            label: t('admin.tab.intake'),
            children: <IntakeCredentialsPanel client={centre.intake} />,
          },
        ]}
      />
    </div>
  );
}
