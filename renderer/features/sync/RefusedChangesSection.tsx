/**
 * 被中心拒绝的修改 — changes made on this workstation (often offline) that the centre refused
 * when they were pushed: what was changed, by whom and when, and why the centre said no, in
 * words. The change itself has been reverted to the centre's copy; this list keeps it visible
 * until the officer dismisses each entry.
 */
import { Button, Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '#renderer/shared/DbContext';
import { officerLabel, useOfficerNames } from '#renderer/db/officerNames';
import { rowTable } from '#renderer/db/rowTables';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { fieldLabel, valueLabel } from './conflictLabels';
import {
  dismissRefusedChange,
  refusalMessages,
  useRefusedChanges,
  type RefusedEntry,
} from './refusedChanges';
import { auditEntityKey } from '#renderer/i18n/keyTables';

export function RefusedChangesSection() {
  const { t, language } = useI18n();
  const db = useDb();
  const entries = useRefusedChanges();
  const officers = useOfficerNames(
    db,
    (entries ?? []).map((e) => e.change.madeBy),
  );
  const labels = useLiveQuery(async () => {
    const map = new Map<string, string>();
    for (const e of entries ?? []) {
      const row = await rowTable(db, e.change.entity).get(e.change.recordId);
      const label = [row?.code, row?.name, row?.description].find((v): v is string => typeof v === 'string');
      if (label) map.set(e.change.recordId, label);
    }
    return map;
  }, [db, entries]);

  const columns: ColumnsType<RefusedEntry> = [
    {
      title: t('conflicts.entity'),
      key: 'record',
      ellipsis: true,
      render: (_, { change }) => (
        <span>
          <Tag>{t(auditEntityKey[change.entity])}</Tag>
          {labels?.get(change.recordId) ?? change.recordId.slice(0, 8)}
        </span>
      ),
    },
    {
      title: t('trust.refused.change'),
      key: 'change',
      render: (_, { change }) => (
        <span data-testid="refused-fields">
          {Object.entries(change.patch)
            .map(([field, value]) => `${fieldLabel(field, t)}: ${valueLabel(field, value, t)}`)
            .join('；')}
        </span>
      ),
    },
    {
      title: t('trust.refused.madeBy'),
      key: 'who',
      width: 170,
      render: (_, { change }) =>
        t('conflicts.madeBy', {
          who: officerLabel(change.madeBy, officers, t),
          time: formatDateTime(change.madeAt, language),
        }),
    },
    {
      title: t('trust.refused.reason'),
      key: 'reason',
      render: (_, { change }) => (
        <span data-testid="refused-reason" data-refusal={change.refusal ?? ''}>
          {t(change.refusal ? refusalMessages[change.refusal] : 'trust.refusal.unknown')}
          {change.reason && !change.refusal ? <div className="muted">{change.reason}</div> : null}
        </span>
      ),
    },
    {
      title: '',
      key: 'dismiss',
      width: 90,
      render: (_, entry) => (
        <Button
          size="small"
          onClick={() => void dismissRefusedChange(db, entry.key)}
          data-testid="refused-dismiss"
        >
          {t('trust.refused.dismiss')}
        </Button>
      ),
    },
  ];

  return (
    <section data-testid="refused-changes" style={{ marginTop: 24 }}>
      <h3>{t('trust.refused.title')}</h3>
      <p className="muted">{t('trust.refused.help')}</p>
      {entries && entries.length === 0 ? (
        <Empty description={t('trust.refused.none')} />
      ) : (
        <Table
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={entries ?? []}
          pagination={false}
          loading={entries === undefined}
        />
      )}
    </section>
  );
}
