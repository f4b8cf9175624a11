/**
 * 冲突 — the same field edited on two workstations while offline: both values side by side,
 * and the duty officer chooses. The choice goes to the central API and into the local audit
 * log (who, when, which value won); nothing is dropped silently.
 */
import { App, Button, Empty, Result, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import type { Conflict } from '#common/sync/protocol';
import { toSyncError } from '#common/sync/syncErrors';
import { useDb } from '#renderer/shared/DbContext';
import { officerLabel, useOfficerNames } from '#renderer/db/officerNames';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { RefusedChangesSection } from './RefusedChangesSection';
import { useSync } from './SyncContext';
import { conflictTransport, fetchOpenConflicts, type OpenConflicts } from './conflictQueries';
import { fieldLabel, valueLabel } from './conflictLabels';
import { useSyncConfig } from '#renderer/shared/useSyncConfig';
import { syncErrorKey } from '#renderer/i18n/domainWords';

export function ConflictsScreen() {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const officer = useOfficerSession();
  const config = useSyncConfig();
  const { client, snapshot } = useSync();
  const { message } = App.useApp();
  const [open, setOpen] = useState<OpenConflicts | null>(null);
  const [reloads, setReloads] = useState(0);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    if (!config) return;
    let live = true;
    void fetchOpenConflicts(db, config).then((result) => {
      if (live) setOpen(result);
    });
    return () => {
      live = false;
    };
  }, [db, config, snapshot.conflicts, snapshot.lastSyncedAt, reloads]);

  const conflicts = open?.ok ? open.conflicts : null;
  const officers = useOfficerNames(
    db,
    (conflicts ?? []).map((c) => c.madeBy),
  );
  const who = (id: string) => officerLabel(id, officers, t);
  const labels = open?.ok ? open.labels : new Map<string, string>();
  const error = actionError ?? (open && !open.ok ? t(syncErrorKey[open.error]) : null);

  const resolve = async (conflict: Conflict, choice: 'server' | 'client') => {
    if (!config) return;
    try {
      const reply = await (
        await conflictTransport(config, officer?.token ?? null)
      ).resolveConflict(conflict.id, {
        choice,
        resolvedBy: session.actor,
      });
      await db.audit.add({
        id: crypto.randomUUID(),
        stationId: config.stationId,
        at: Date.now(),
        who: session.actor,
        workstation: session.workstation,
        action: 'resolve-conflict',
        entity: conflict.entity,
        entityId: conflict.recordId,
        before: {
          field: conflict.field,
          serverValue: conflict.serverValue,
          clientValue: conflict.clientValue,
        },
        after: {
          choice,
          value: choice === 'server' ? conflict.serverValue : conflict.clientValue,
          version: reply.version,
        },
      });
      void message.success(t('conflicts.resolved'));
      setActionError(null);
      client?.syncNow();
      setReloads((n) => n + 1);
    } catch (e) {
      setActionError(t(syncErrorKey[toSyncError(e).kind]));
    }
  };

  if (!config)
    return (
      <div className="screen" data-testid="conflicts-screen">
        <Result status="info" title={t('conflicts.offline')} />
        <RefusedChangesSection />
      </div>
    );

  const columns: ColumnsType<Conflict> = [
    {
      title: t('conflicts.entity'),
      key: 'record',
      render: (_, c) => labels.get(c.recordId) ?? c.recordId,
      ellipsis: true,
    },
    { title: t('conflicts.field'), key: 'field', width: 110, render: (_, c) => fieldLabel(c.field, t) },
    {
      title: t('conflicts.server'),
      key: 'server',
      render: (_, c) => (
        <span className="conflict-value" data-testid="conflict-server">
          {valueLabel(c.field, c.serverValue, t)}
        </span>
      ),
    },
    {
      title: t('conflicts.client'),
      key: 'client',
      render: (_, c) => (
        <span>
          <span className="conflict-value" data-testid="conflict-client">
            {valueLabel(c.field, c.clientValue, t)}
          </span>
          <br />
          <span className="muted">
            {t('conflicts.madeBy', { who: who(c.madeBy), time: formatDateTime(c.createdAt, language) })}
          </span>
        </span>
      ),
    },
    {
      title: '',
      key: 'actions',
      width: 230,
      render: (_, c) => (
        <span className="conflict-actions">
          <Button size="small" onClick={() => void resolve(c, 'server')} data-testid="conflict-keep-server">
            {t('conflicts.keepServer')}
          </Button>
          <Button
            size="small"
            type="primary"
            onClick={() => void resolve(c, 'client')}
            data-testid="conflict-take-client"
          >
            {t('conflicts.takeClient')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <div className="screen" data-testid="conflicts-screen">
      <h2>{t('conflicts.title')}</h2>
      {error ? (
        <p className="warn" role="alert">
          {error}
        </p>
      ) : null}
      {conflicts && conflicts.length === 0 ? (
        <Empty description={t('conflicts.none')} />
      ) : (
        <Table<Conflict>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={conflicts ?? []}
          loading={open === null}
          pagination={false}
        />
      )}
      <RefusedChangesSection />
    </div>
  );
}
