/**
 * 中心审计 — the centre's audit trail for the station chief (GET /api/v1/audit through the auth
 * client): every applied change with who, which device, when and each field's before/after,
 * plus sign-ins, handovers, enrolments and revocations. Filters (officer, entity, time range)
 * go to the centre; pages are keyset (`before`), loaded with 加载更多. Without a centre session
 * it says the trail needs the centre.
 */
import { Button, Result, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import type { ServerAuditEntry } from '#common/auth/protocol';
import { entityNames } from '#common/schemas/entities';
import { useDb } from '#renderer/shared/DbContext';
import { useStationOfficers } from '#renderer/db/officerNames';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { centreErrorText, useCentreClient } from '#renderer/features/admin';
import { AuditFilterBar, type AuditFilterValue } from './AuditFilterBar';
import { centreDetailText } from './centreDetail';
import { nameKey, type ValueContext } from './auditValue';
import { keyIn } from '#renderer/i18n/domainWords';
import { auditCentreActionKey, auditCentreEntityKey, auditEntityKey } from '#renderer/i18n/keyTables';

const PAGE = 100;

export function CentreAuditTab() {
  const { t, language } = useI18n();
  const db = useDb();
  const centre = useCentreClient();
  const [filter, setFilter] = useState<AuditFilterValue>({ who: null, entity: null, range: null });
  const [entries, setEntries] = useState<ServerAuditEntry[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const officers = useStationOfficers(db);
  const ctx = useMemo<ValueContext>(
    () => ({ t, language, names: new Map((officers ?? []).map((o) => [nameKey('officers', o.id), o.name])) }),
    [t, language, officers],
  );

  const client = centre.status === 'ready' ? centre.client : null;
  const query = (before?: number) => ({
    ...(filter.who ? { officerId: filter.who } : {}),
    ...(filter.entity ? { entity: filter.entity } : {}),
    ...(filter.range ? { from: filter.range[0], to: filter.range[1] } : {}),
    ...(before ? { before } : {}),
    limit: PAGE,
  });

  useEffect(() => {
    if (!client) return;
    let live = true;
    client.audit(query()).then(
      (reply) => {
        if (!live) return;
        setEntries(reply.entries);
        setNext(reply.next);
        setError(null);
      },
      (e: unknown) => live && setError(centreErrorText(e, t)),
    );
    return () => {
      live = false;
    };
    // query() reads only `filter`
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, filter, t]);

  const more = async () => {
    if (!client || next === null) return;
    try {
      const reply = await client.audit(query(next));
      setEntries((list) => [...(list ?? []), ...reply.entries]);
      setNext(reply.next);
    } catch (e) {
      setError(centreErrorText(e, t));
    }
  };

  if (centre.status === 'unavailable')
    return (
      <Result
        status="info"
        title={t('admin.needsCentre')}
        subTitle={t(
          centre.reason === 'not-enrolled'
            ? 'admin.needsCentre.not-enrolled'
            : 'admin.needsCentre.no-centre-session',
        )}
        data-testid="centre-audit-needs-centre"
      />
    );

  const actionText = (action: string) => {
    const key = keyIn(auditCentreActionKey, action);
    return key ? t(key) : action;
  };
  const entityText = (entity: string | null) => {
    if (!entity) return '';
    const own = keyIn(auditEntityKey, entity);
    if (own) return t(own);
    const key = keyIn(auditCentreEntityKey, entity);
    return key ? t(key) : entity;
  };
  const columns: ColumnsType<ServerAuditEntry> = [
    { title: t('audit.col.at'), key: 'at', width: 150, render: (_, e) => formatDateTime(e.at, language) },
    {
      title: t('audit.col.who'),
      key: 'who',
      width: 100,
      render: (_, e) => e.officerName ?? e.officerId ?? '—',
    },
    { title: t('audit.col.workstation'), key: 'ws', width: 110, render: (_, e) => e.workstation ?? '—' },
    {
      title: t('audit.col.action'),
      key: 'action',
      width: 110,
      render: (_, e) => <Tag data-action={e.action}>{actionText(e.action)}</Tag>,
    },
    { title: t('audit.col.entity'), key: 'entity', width: 100, render: (_, e) => entityText(e.entity) },
    {
      title: t('audit.centre.detail'),
      key: 'changes',
      render: (_, e) => centreDetailText(e, ctx),
    },
  ];

  return (
    <div className="screen" data-testid="centre-audit">
      <AuditFilterBar
        testIdPrefix="centre-audit"
        value={filter}
        onChange={setFilter}
        people={(officers ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.badgeNo}）` }))}
        entities={entityNames.map((e) => ({ value: e, label: entityText(e) }))}
      />
      {error ? (
        <p className="warn" role="alert">
          {error}
        </p>
      ) : null}
      <Table<ServerAuditEntry>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={entries ?? []}
        loading={entries === null && error === null}
        pagination={false}
      />
      {next !== null ? (
        <Button onClick={() => void more()} style={{ marginTop: 8 }} data-testid="centre-audit-more">
          {t('audit.centre.more')}
        </Button>
      ) : null}
    </div>
  );
}
