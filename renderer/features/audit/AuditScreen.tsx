/**
 * 审计 — the audit log: who changed what, when, from which workstation, with the fields that
 * changed (before → after); filterable by person, entity and time range. Clicking a row opens
 * the record: incidents on the incidents screen, anything else as its after-state in a drawer.
 */
import { DatePicker, Drawer, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState, type HTMLAttributes } from 'react';
import type { AuditEntry } from '../../../common/schemas';
import { navigate } from '../../app/useHashRoute';
import { useWindowHeight } from '../../app/useWindowHeight';
import { useI18n } from '../../i18n/I18nContext';
import { formatDateTime } from '../../i18n/translate';
import { changedFields, showValue } from './auditDiff';
import { useAuditEntries, useAuditFacets, type AuditFilter } from './useAuditEntries';
import { VirtualTable } from '../../app/VirtualTable';

export function AuditScreen() {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>({ who: null, entity: null, range: null });
  const entries = useAuditEntries(filter);
  const facets = useAuditFacets();
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const height = useWindowHeight() - 170;

  const columns = useMemo<ColumnsType<AuditEntry>>(() => {
    const time = (ms: number): string => formatDateTime(ms, language);
    return [
      { title: t('audit.col.at'), key: 'at', width: 110, render: (_, e) => formatDateTime(e.at, language) },
      { title: t('audit.col.who'), key: 'who', width: 110, render: (_, e) => e.who },
      { title: t('audit.col.workstation'), key: 'ws', width: 110, render: (_, e) => e.workstation },
      {
        title: t('audit.col.action'),
        key: 'action',
        width: 80,
        render: (_, e) => t(`audit.action.${e.action}`),
      },
      { title: t('audit.col.entity'), key: 'entity', width: 110, render: (_, e) => e.entity },
      { title: t('audit.col.record'), key: 'record', width: 100, render: (_, e) => e.entityId.slice(0, 8) },
      {
        title: t('audit.col.diff'),
        key: 'diff',
        render: (_, e) => (
          <ul className="audit-diff">
            {changedFields(e.before, e.after)
              .slice(0, 6)
              .map((c) => (
                <li key={c.field}>
                  <b>{c.field}</b>: {showValue(c.before, c.field, time)} → {showValue(c.after, c.field, time)}
                </li>
              ))}
          </ul>
        ),
      },
    ];
  }, [t, language]);

  const openRecord = (e: AuditEntry): void => {
    if (e.entity === 'incidents') navigate('incidents');
    else setOpen(e);
  };

  return (
    <div className="screen" data-testid="audit-screen">
      <div className="filters">
        <Select
          allowClear
          showSearch
          placeholder={t('audit.filter.who')}
          style={{ width: 180 }}
          data-testid="audit-filter-who"
          value={filter.who}
          onChange={(who: string | undefined) => setFilter((f) => ({ ...f, who: who ?? null }))}
          options={(facets?.people ?? []).map((p) => ({ value: p, label: p }))}
        />
        <Select
          allowClear
          placeholder={t('audit.filter.entity')}
          style={{ width: 180 }}
          data-testid="audit-filter-entity"
          value={filter.entity}
          onChange={(entity: string | undefined) => setFilter((f) => ({ ...f, entity: entity ?? null }))}
          options={(facets?.entities ?? []).map((p) => ({ value: p, label: p }))}
        />
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="MM-DD HH:mm"
          data-testid="audit-filter-range"
          onChange={(v) =>
            setFilter((f) => ({
              ...f,
              range: v?.[0] && v[1] ? [v[0].valueOf(), v[1].valueOf()] : null,
            }))
          }
        />
        <span className="muted" data-testid="audit-count">
          {t('audit.count', { n: entries?.length ?? 0 })}
        </span>
      </div>
      <VirtualTable<AuditEntry>
        rows={entries}
        rowKey="id"
        columns={columns}
        scroll={{ x: 1000, y: height }}
        onRow={(e) =>
          ({ onClick: () => openRecord(e), 'data-entity': e.entity }) as HTMLAttributes<HTMLElement>
        }
      />
      <Drawer
        open={open !== null}
        width={520}
        title={open ? `${open.entity} · ${open.entityId}` : ''}
        onClose={() => setOpen(null)}
        data-testid="audit-drawer"
      >
        <pre className="audit-json" data-testid="audit-json">
          {open ? JSON.stringify(open.after, null, 2) : ''}
        </pre>
      </Drawer>
    </div>
  );
}
