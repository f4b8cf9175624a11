/**
 * The workstation's frame: title bar with station, the signed-in officer (name, role, lock,
 * sign-out), data freshness and language; navigation naming every screen; and the routed screen.
 */
import { Empty, Layout, Menu, Segmented, Spin } from 'antd';
import { Suspense } from 'react';
import { saveSettings } from '#renderer/shared/useSettings';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { Language } from '#renderer/i18n/translate';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { routes } from './routes';
import { useTestWriteBridge } from './useTestWriteBridge';
import { DataAsOf, StationName } from './HeaderFacts';
import { SyncIndicator } from '#renderer/features/sync/SyncIndicator';
import { SignedInBar } from '#renderer/features/signin';
import { HandoverTitleBar } from '#renderer/features/handover';
import { SyncProvider } from '#renderer/features/sync/SyncProvider';
import { UpdateBridge } from '#renderer/features/updates';
import { HighSeverityAlerts } from '#renderer/features/incidents/HighSeverityAlerts';
import { OpenBriefingButton } from '#renderer/features/briefing/OpenBriefingButton';
import { navigate, useHashRoute } from '#renderer/shared/useHashRoute';
import { VisuallyHidden } from '#renderer/shared/VisuallyHidden';

export function Shell() {
  const { t, language } = useI18n();
  const db = useDb();
  const route = useHashRoute();
  const session = useSession();
  useTestWriteBridge();
  const current = routes.find((r) => r.path === route) ?? routes[0]!;
  const Screen = current.screen;

  if (current.bare && Screen)
    return (
      <SyncProvider>
        <Suspense fallback={<Spin className="screen-loading" />}>
          <Screen />
        </Suspense>
      </SyncProvider>
    );

  return (
    <SyncProvider>
      <HighSeverityAlerts />
      <UpdateBridge />
      <Layout className="shell">
        <Layout.Header className="shell-header">
          <div className="shell-title">
            <span className="brand">{t('app.title')}</span>
            <StationName />
          </div>
          <div className="shell-status">
            <OpenBriefingButton />
            <SyncIndicator />
            <HandoverTitleBar />
            <SignedInBar />
            <DataAsOf />
            <Segmented<Language>
              size="small"
              aria-label={t('shell.language')}
              data-testid="language-switch"
              value={language}
              options={[
                { label: '中文', value: 'zh-CN' },
                { label: 'EN', value: 'en' },
              ]}
              onChange={(value) => void saveSettings(db, { language: value })}
            />
          </div>
        </Layout.Header>
        <Layout>
          <Layout.Sider width={132} className="shell-nav">
            <Menu
              theme="dark"
              mode="inline"
              selectedKeys={[current?.path ?? 'board']}
              onClick={({ key }) => navigate(key)}
              items={routes
                .filter((r) => !r.hidden && (!r.chiefOnly || session.role === 'station-chief'))
                .map((r) => ({ key: r.path, icon: r.icon, label: t(r.label) }))}
            />
          </Layout.Sider>
          <Layout.Content className="shell-content">
            <VisuallyHidden as="h1">{t(current.label)}</VisuallyHidden>
            {Screen ? (
              <Suspense fallback={<Spin className="screen-loading" />}>
                <Screen />
              </Suspense>
            ) : (
              <div className="placeholder">
                <Empty description={`${t(current.label)} — ${t('nav.comingSoon')}`} />
              </div>
            )}
          </Layout.Content>
        </Layout>
      </Layout>
    </SyncProvider>
  );
}
