/**
 * Settings → 版本 (issue 17): the running version, the update channel, the last check and the
 * update's state — up to date / available / downloading (a named progress bar) / ready with
 * 重启以更新 (disabled, with the reason, while the outbox holds unsynced changes) / refused with
 * the reason in Chinese and English. The browser build shows its version and that updates are
 * installed by the desktop app.
 */
import { Alert, Button, Descriptions, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import type { UpdateStatus } from '#common/ipc/updateContract';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, makeTranslate, type Translate } from '#renderer/i18n/translate';
import type { MessageKey } from '#renderer/i18n/zh';
import { APP_VERSION } from '#common/update/appVersion';
import { useOutboxCount } from '#renderer/shared/useOutboxCount';
import { useUpdateStatus } from './useUpdateStatus';
import { updateRefusalKey } from '#renderer/i18n/domainWords';
import { updateDisabledKey } from './updateWords';

/** A message in the interface's language, then in the other one (refusals are read by IT too). */
function bilingual(t: Translate, other: Translate, key: MessageKey): string {
  return `${t(key)} / ${other(key)}`;
}

function stateLine(t: Translate, status: UpdateStatus): string {
  if (status.disabled) return t(updateDisabledKey[status.disabled]);
  const version = status.offeredVersion ?? '';
  switch (status.state) {
    case 'idle':
      return t('version.state.idle');
    case 'checking':
      return t('version.state.checking');
    case 'up-to-date':
      return t('version.state.up-to-date');
    case 'available':
      return t(status.downgrade ? 'version.state.downgrade' : 'version.state.available', { version });
    case 'downloading':
      return t('version.state.downloading', { version });
    case 'ready':
      return t('version.state.ready', { version });
    case 'installing':
      return t('version.state.installing', { version });
    case 'refused':
      return t('version.state.refused');
    case 'error':
      return t('version.state.error');
  }
}

export function VersionSection() {
  const { t, language } = useI18n();
  const other = makeTranslate(language === 'en' ? 'zh-CN' : 'en');
  const { status, checkNow, installNow } = useUpdateStatus();
  const pending = useOutboxCount();
  const [checking, setChecking] = useState(false);
  const [installRefusal, setInstallRefusal] = useState<string | null>(null);
  const desktop = typeof window !== 'undefined' && window.gridroom !== undefined;

  const onInstall = async () => {
    setInstallRefusal(null);
    const reply = await installNow();
    if (reply?.status === 'refused') setInstallRefusal(bilingual(t, other, updateRefusalKey[reply.refusal]));
  };
  const onCheck = async () => {
    setChecking(true);
    try {
      await checkNow();
    } finally {
      setChecking(false);
    }
  };

  const waiting = pending ?? status?.outboxPending ?? null;
  const title = (
    <h3 id="version-title" style={{ marginTop: 32 }}>
      {t('version.title')}
    </h3>
  );

  if (!desktop || status === null) {
    return (
      <section aria-labelledby="version-title" data-testid="version-section" data-mode="browser">
        {title}
        <Descriptions column={1} size="small" bordered style={{ maxWidth: 640 }}>
          <Descriptions.Item label={t('version.current')}>
            <span data-testid="version-current">v{APP_VERSION}</span>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }} data-testid="version-browser-note">
          {bilingual(t, other, 'version.browser')}
        </Typography.Paragraph>
      </section>
    );
  }

  const canCheck =
    status.disabled === null && !['checking', 'downloading', 'installing'].includes(status.state);
  return (
    <section
      aria-labelledby="version-title"
      data-testid="version-section"
      data-mode="desktop"
      data-state={status.state}
    >
      {title}
      <Descriptions column={1} size="small" bordered style={{ maxWidth: 640 }}>
        <Descriptions.Item label={t('version.current')}>
          <span data-testid="version-current">v{status.runningVersion}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('version.channel')}>{status.channel}</Descriptions.Item>
        <Descriptions.Item label={t('version.lastCheck')}>
          {status.lastCheckedAt === null
            ? t('version.never')
            : formatDateTime(status.lastCheckedAt, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('version.state')}>
          <span data-testid="version-state">{stateLine(t, status)}</span>
        </Descriptions.Item>
      </Descriptions>

      {status.state === 'downloading' && status.progress && (
        <div style={{ maxWidth: 640, marginTop: 12 }}>
          <Progress
            percent={Math.round(status.progress.percent)}
            aria-label={t('version.progress')}
            data-testid="version-progress"
          />
        </div>
      )}

      {status.state === 'refused' && status.refusal && (
        <Alert
          type="warning"
          showIcon
          style={{ maxWidth: 640, marginTop: 12 }}
          title={t('version.state.refused')}
          description={t('version.refusedDetail', {
            reason: bilingual(t, other, updateRefusalKey[status.refusal]),
          })}
          data-testid="version-refusal"
        />
      )}

      <Space style={{ marginTop: 12 }} wrap>
        <Button
          onClick={() => void onCheck()}
          loading={checking}
          disabled={!canCheck}
          data-testid="version-check"
        >
          {t('version.checkNow')}
        </Button>
        {status.state === 'ready' && (
          <Button
            type="primary"
            disabled={waiting !== 0}
            onClick={() => void onInstall()}
            data-testid="version-install"
            aria-describedby="version-install-reason"
          >
            {t('version.install')}
          </Button>
        )}
      </Space>
      {status.state === 'ready' && (
        <Typography.Paragraph
          id="version-install-reason"
          type="secondary"
          style={{ marginTop: 8, maxWidth: 640 }}
        >
          {waiting === null
            ? t('version.install.outboxUnknown')
            : waiting > 0
              ? t('version.install.outbox', { count: waiting })
              : t('version.install.atStart')}
        </Typography.Paragraph>
      )}
      {installRefusal && (
        <Alert
          type="error"
          showIcon
          style={{ maxWidth: 640, marginTop: 12 }}
          title={t('version.install.refused', { reason: installRefusal })}
        />
      )}
    </section>
  );
}
