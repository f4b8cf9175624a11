/**
 * 审计 — the audit log: who changed what, when, from which workstation, with the fields that
 * changed (before → after); filterable by person, entity and time range. Everything reads in
 * the user's words: entity and field names, enum values, officers and records by name, times
 * in zh-CN (Asia/Shanghai). Clicking a row opens the record: incidents on the incidents
 * screen, anything else in a drawer with the whole change and the record as it was left.
 */
import { Tabs } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type HTMLAttributes } from 'react';
import type { AuditEntry } from '#common/schemas';
import { useSession } from '#renderer/shared/session';
import { navigate } from '#renderer/shared/useHashRoute';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { VirtualTable } from '#renderer/shared/VirtualTable';
import { activateRow } from '#renderer/shared/activateRow';
import { useI18n } from '#renderer/i18n/I18nContext';
import { actionLabel } from './auditActions';
import { AuditDiffList } from './AuditDiffList';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { CentreAuditTab } from './CentreAuditTab';
import { entityLabel, recordLabel } from './auditRecord';
import { formatInstant, personName, type ValueContext } from './auditValue';
import { useAuditEntries, useAuditFacets, useAuditNames, type AuditFilter } from './useAuditEntries';

const DIFF_LINES = 6;
const noPeople: string[] = [];

/** The workstation's own audit log (the cache's `audit` table). */
function LocalAuditLog() {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>({ who: null, entity: null, range: null });
  const entries = useAuditEntries(filter);
  const facets = useAuditFacets();
  const names = useAuditNames(entries, facets?.people ?? noPeople);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const height = useWindowHeight() - 170;
  const ctx = useMemo<ValueContext>(() => ({ t, language, names }), [t, language, names]);

  const columns = useMemo<ColumnsType<AuditEntry>>(
    () => [
      { title: t('audit.col.at'), key: 'at', width: 150, render: (_, e) => formatInstant(e.at, language) },
      { title: t('audit.col.who'), key: 'who', width: 100, render: (_, e) => personName(e.who, ctx) },
      { title: t('audit.col.workstation'), key: 'ws', width: 100, render: (_, e) => e.workstation },
      {
        title: t('audit.col.action'),
        key: 'action',
        width: 80,
        render: (_, e) => actionLabel(e.action, ctx),
      },
      {
        title: t('audit.col.entity'),
        key: 'entity',
        width: 110,
        render: (_, e) => entityLabel(e.entity, ctx),
      },
      {
        title: t('audit.col.record'),
        key: 'record',
        width: 200,
        ellipsis: true,
        render: (_, e) => recordLabel(e, ctx),
      },
      {
        title: t('audit.col.diff'),
        key: 'diff',
        render: (_, e) => <AuditDiffList entry={e} ctx={ctx} limit={DIFF_LINES} />,
      },
    ],
    [t, language, ctx],
  );

  const openRecord = (e: AuditEntry): void => {
    if (e.entity === 'incidents') navigate('incidents');
    else setOpen(e);
  };

  return (
    <div className="screen" data-testid="audit-screen">
      <AuditFilterBar
        testIdPrefix="audit-filter"
        value={filter}
        onChange={setFilter}
        people={(facets?.people ?? []).map((p) => ({ value: p, label: personName(p, ctx) }))}
        entities={(facets?.entities ?? []).map((p) => ({ value: p, label: entityLabel(p, ctx) }))}
      >
        <span className="muted" data-testid="audit-count">
          {t('audit.count', { n: entries?.length ?? 0 })}
        </span>
      </AuditFilterBar>
      <VirtualTable<AuditEntry>
        rows={entries}
        rowKey="id"
        columns={columns}
        scroll={{ x: 1100, y: height }}
        onRow={(e) =>
          ({ ...activateRow(() => openRecord(e)), 'data-entity': e.entity }) as HTMLAttributes<HTMLElement>
        }
      />
      <AuditEntryDrawer entry={open} ctx={ctx} onClose={() => setOpen(null)} />
    </div>
  );
}

/** The station chief also sees the centre's audit trail, in a second tab. */
export function AuditScreen() {
  const { t } = useI18n();
  const session = useSession();
  if (session.role !== 'station-chief') return <LocalAuditLog />;
  return (
    <Tabs
      style={{ padding: '0 12px' }}
      className="audit-tabs"
      destroyOnHidden
      items={[
        { key: 'local', label: t('audit.tab.local'), children: <LocalAuditLog /> },
        {
          key: 'centre',
          label: <span data-testid="audit-tab-centre">{t('audit.tab.centre')}</span>,
          children: <CentreAuditTab />,
        },
      ]}
    />
  );
}
