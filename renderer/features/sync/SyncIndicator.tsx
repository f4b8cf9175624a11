/**
 * Always-visible sync status in the title bar: online/offline/paused, last synced, changes
 * waiting to upload, open conflicts (a link to their review), the last error in words, and
 * "sync now" / pause. A workstation that is not enrolled says it works on this machine only.
 */
import { PauseOutlined, CaretRightOutlined, SyncOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatTime } from '#renderer/i18n/translate';
import { navigate } from '#renderer/shared/useHashRoute';
import { useRefusedCount } from './refusedChanges';
import { useSync } from './SyncContext';
import { useOutboxCount } from '#renderer/shared/useOutboxCount';
import { syncErrorKey } from '#renderer/i18n/domainWords';
import { syncModeKey } from '#renderer/i18n/keyTables';

export function SyncIndicator() {
  const { t, language } = useI18n();
  const { client, snapshot, enrolled } = useSync();
  // Read from the outbox itself: exact at once after a local write, whatever the runner is doing.
  const pending = useOutboxCount() ?? snapshot.pending;
  const refused = useRefusedCount();
  if (!enrolled) {
    return (
      <span className="sync-indicator" data-testid="sync-indicator" data-mode="local">
        <i className="dot local" /> {t('sync.notConfigured')}
      </span>
    );
  }
  const error = snapshot.lastError;
  const errorText = error
    ? `${t(syncErrorKey[error.reason])}${error.retryInMs ? ` · ${t('sync.retryIn', { s: Math.ceil(error.retryInMs / 1000) })}` : ''}`
    : null;
  return (
    <span
      className="sync-indicator"
      data-testid="sync-indicator"
      data-mode={snapshot.mode}
      data-pending={pending}
      data-conflicts={snapshot.conflicts}
      data-refused={refused}
    >
      <i className={`dot ${snapshot.mode}`} aria-hidden /> {t(syncModeKey[snapshot.mode])}
      <span className="muted">
        {snapshot.running
          ? t('sync.running')
          : snapshot.lastSyncedAt
            ? t('sync.lastSynced', { time: formatTime(snapshot.lastSyncedAt, language) })
            : t('sync.never')}
      </span>
      {pending > 0 ? <span data-testid="sync-pending">{t('sync.pending', { n: pending })}</span> : null}
      {snapshot.conflicts > 0 ? (
        <Button
          size="small"
          danger
          type="link"
          onClick={() => navigate('conflicts')}
          data-testid="sync-conflicts"
        >
          {t('sync.conflicts', { n: snapshot.conflicts })}
        </Button>
      ) : null}
      {refused > 0 ? (
        <Button
          size="small"
          danger
          type="link"
          onClick={() => navigate('conflicts')}
          data-testid="sync-refused"
        >
          {t('trust.refused.count', { n: refused })}
        </Button>
      ) : null}
      {errorText ? (
        <Tooltip title={errorText}>
          <WarningOutlined className="warn" data-testid="sync-error" aria-label={errorText} />
        </Tooltip>
      ) : null}
      <Tooltip title={t('sync.now')}>
        <Button
          size="small"
          type="text"
          icon={<SyncOutlined spin={snapshot.running} />}
          onClick={() => client?.syncNow()}
          aria-label={t('sync.now')}
          data-testid="sync-now"
        />
      </Tooltip>
      {snapshot.mode === 'paused' ? (
        <Tooltip title={t('sync.resume')}>
          <Button
            size="small"
            type="text"
            icon={<CaretRightOutlined />}
            onClick={() => client?.resume()}
            aria-label={t('sync.resume')}
          />
        </Tooltip>
      ) : (
        <Tooltip title={t('sync.pause')}>
          <Button
            size="small"
            type="text"
            icon={<PauseOutlined />}
            onClick={() => client?.pause()}
            aria-label={t('sync.pause')}
          />
        </Tooltip>
      )}
    </span>
  );
}
