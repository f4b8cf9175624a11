/**
 * Shows the app only over a usable cache: a progress bar while the first-run load runs in its
 * worker, and for a cache that can't be used, what went wrong in words with an offer to
 * rebuild — never a blank window.
 */
import { Button, Collapse, Progress, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import { cacheFailureKey, syncErrorKey } from '#renderer/i18n/domainWords';
import {
  bringUpCache,
  rebuildCache,
  requestedDemoSize,
  type DemoSize,
  type GateState,
} from './cacheLifecycle';
import { DbContext, type CacheHandle } from '#renderer/shared/DbContext';
import { expose, signal } from '#renderer/shared/testBridge';

export function CacheGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [state, setState] = useState<GateState>({ phase: 'opening' });
  const started = useRef(false);
  const current = state.phase === 'ready' ? state.db : null;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void bringUpCache(requestedDemoSize(), setState);
  }, []);

  useEffect(() => {
    if (state.phase === 'failed') signal('cache-failed');
    if (state.phase === 'ready') {
      performance.mark('app:cache-ready');
      expose('db', state.db);
      signal('cache-ready');
    }
  }, [state]);

  const rebuild = useCallback(
    (size: DemoSize, forceDemo = false) => void rebuildCache(current, size, setState, forceDemo),
    [current],
  );
  const handle = useMemo<CacheHandle | null>(
    () => (current ? { db: current, rebuild } : null),
    [current, rebuild],
  );

  if (handle) return <DbContext.Provider value={handle}>{children}</DbContext.Provider>;

  if (state.phase === 'failed') {
    return (
      <div className="gate" role="alert" data-testid="cache-failed">
        <Result
          status="warning"
          title={t('cache.failed.title')}
          subTitle={
            <>
              <p data-testid="cache-failed-reason">{t(cacheFailureKey[state.failure.reason])}</p>
              <p>{t('cache.failed.offer')}</p>
            </>
          }
          extra={
            state.failure.reason === 'central-unreachable' ? (
              <>
                <Button type="primary" onClick={() => rebuild(requestedDemoSize())} data-testid="cache-retry">
                  {t('cache.central.retry')}
                </Button>
                <Button onClick={() => rebuild(requestedDemoSize(), true)} data-testid="cache-offline-demo">
                  {t('cache.central.offline')}
                </Button>
              </>
            ) : (
              <Button
                type="primary"
                danger
                onClick={() => rebuild(requestedDemoSize())}
                data-testid="cache-rebuild"
              >
                {t('cache.rebuild')}
              </Button>
            )
          }
        >
          <Collapse
            ghost
            items={[
              { key: 'detail', label: t('cache.detail'), children: <code>{state.failure.detail}</code> },
            ]}
          />
        </Result>
      </div>
    );
  }

  if (state.phase === 'central') {
    const { stage, done, error } = state.progress;
    return (
      <div className="gate" data-testid="cache-central">
        <h2>{stage === 'enrolling' ? t('cache.connecting') : t('cache.syncing')}</h2>
        <Progress
          percent={stage === 'enrolling' ? 0 : 100}
          status="active"
          showInfo={false}
          aria-label={stage === 'enrolling' ? t('cache.connecting') : t('cache.syncing')}
          style={{ width: 480 }}
        />
        <p className="muted" data-testid="cache-central-done" data-done={done}>
          {t('cache.syncing.detail', { done })}
        </p>
        {error ? (
          <>
            <p className="warn" role="alert">
              {t(syncErrorKey[error.reason])}
            </p>
            <Button onClick={() => rebuild(requestedDemoSize(), true)}>{t('cache.central.offline')}</Button>
          </>
        ) : null}
      </div>
    );
  }

  if (state.phase === 'loading' || state.phase === 'generating') {
    const p = state.phase === 'loading' ? state.progress : null;
    const percent = p ? Math.floor((p.done / Math.max(1, p.total)) * 100) : 0;
    return (
      <div className="gate" data-testid="cache-loading">
        <h2>{t('cache.loading')}</h2>
        <Progress percent={percent} status="active" style={{ width: 480 }} aria-label={t('cache.loading')} />
        <p className="muted">
          {p
            ? t('cache.loading.detail', { table: p.table, done: p.done, total: p.total })
            : t('cache.loading.generating')}
        </p>
      </div>
    );
  }

  return (
    <div className="gate" data-testid="cache-opening">
      <Spin />
      <p className="muted">{t('cache.opening')}</p>
    </div>
  );
}
