/**
 * 警情 — the incident list: filters by status, type, grid, time and text; a virtualised table
 * that stays smooth at 20,000 incidents; a row opens the incident's drawer. "新建警情" opens
 * the new-incident dialog; a saved incident opens in the drawer. `#/incidents?open=<id>` (the
 * high-severity alert's link) opens that incident's drawer.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Input, Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { incidentStatuses, incidentTypes, type Incident } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { severityColours } from '#renderer/theme/palette';
import { IncidentDrawer } from './IncidentDrawer';
import { NewIncidentDialog } from './NewIncidentDialog';
import { clearOpenRequest, useOpenRequest } from './useOpenRequest';
import { useSession } from '#renderer/shared/session';
import { mayWrite } from '#common/domain/rolePolicy';
import { openFilter, type IncidentFilter } from './incidentQueries';
import { useIncidents, useNameLookups } from './useIncidents';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { VirtualTable } from '#renderer/shared/VirtualTable';
import { activateRow } from '#renderer/shared/activateRow';
import { incidentStatusKey, incidentTypeKey, severityKey } from '#renderer/i18n/domainWords';

export function IncidentsScreen() {
  const { t, language } = useI18n();
  const [filter, setFilter] = useState<IncidentFilter>(openFilter);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const requestedId = useOpenRequest();
  // a request in the address wins until the drawer is closed or another row is chosen
  const openId = requestedId ?? chosenId;
  const openIncident = (id: string | null): void => {
    setChosenId(id);
    if (requestedId !== null) clearOpenRequest();
  };
  const [creating, setCreating] = useState(false);
  const session = useSession();
  const { message } = App.useApp();
  const result = useIncidents(filter);
  const names = useNameLookups();
  const tableHeight = useWindowHeight() - 170;

  const columns = useMemo<ColumnsType<Incident>>(
    () => [
      {
        title: t('incidents.col.reportedAt'),
        dataIndex: 'reportedAt',
        width: 120,
        render: (v: number) => formatDateTime(v, language),
      },
      {
        title: t('incidents.col.type'),
        dataIndex: 'type',
        width: 110,
        render: (v: Incident['type']) => t(incidentTypeKey[v]),
      },
      {
        title: t('incidents.col.severity'),
        dataIndex: 'severity',
        width: 70,
        render: (v: Incident['severity']) => (
          <span>
            <i className="swatch round" style={{ background: severityColours[v] }} />
            {t(severityKey[v])}
          </span>
        ),
      },
      {
        title: t('incidents.col.status'),
        dataIndex: 'status',
        width: 90,
        // a plain span drawn like antd's Tag: a Tag's hooks and style cost every row mounted while scrolling
        render: (v: Incident['status']) => <span className="windowed-tag">{t(incidentStatusKey[v])}</span>,
      },
      {
        title: t('incidents.col.grid'),
        dataIndex: 'gridId',
        width: 170,
        render: (v: string) => {
          const g = names?.grids.get(v);
          return g ? `${g.code} ${g.name}` : v;
        },
      },
      {
        title: t('incidents.col.assignee'),
        dataIndex: 'assigneeId',
        width: 100,
        render: (v: string | null) => (v ? (names?.officers.get(v)?.name ?? v) : t('incident.unassigned')),
      },
      { title: t('incidents.col.description'), dataIndex: 'description', ellipsis: true },
    ],
    [t, language, names],
  );

  const gridOptions = useMemo(
    () =>
      [...(names?.grids ?? new Map()).entries()].map(([id, g]) => ({
        value: id,
        label: `${g.code} ${g.name}`,
      })),
    [names],
  );

  return (
    <div className="screen incidents" data-testid="incidents-screen">
      <div className="filters">
        <Select
          mode="multiple"
          allowClear
          placeholder={t('incidents.filter.status')}
          aria-label={t('incidents.filter.status')}
          style={{ minWidth: 220 }}
          value={filter.statuses}
          onChange={(statuses) => setFilter({ ...filter, statuses })}
          options={incidentStatuses.map((s) => ({ value: s, label: t(incidentStatusKey[s]) }))}
          data-testid="filter-status"
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('incidents.filter.type')}
          aria-label={t('incidents.filter.type')}
          style={{ minWidth: 200 }}
          value={filter.types}
          onChange={(types) => setFilter({ ...filter, types })}
          options={incidentTypes.map((s) => ({ value: s, label: t(incidentTypeKey[s]) }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('incidents.filter.grid')}
          aria-label={t('incidents.filter.grid')}
          style={{ minWidth: 220 }}
          value={filter.gridId ?? undefined}
          onChange={(gridId?: string) => setFilter({ ...filter, gridId: gridId ?? null })}
          options={gridOptions}
        />
        <DatePicker.RangePicker
          showTime
          placeholder={[t('incidents.filter.time'), t('incidents.filter.time')]}
          onChange={(range) =>
            setFilter({ ...filter, from: range?.[0]?.valueOf() ?? null, to: range?.[1]?.valueOf() ?? null })
          }
        />
        <Input.Search
          allowClear
          placeholder={t('incidents.filter.search')}
          style={{ width: 220 }}
          onSearch={(text) => setFilter({ ...filter, text })}
          data-testid="filter-text"
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          disabled={!mayWrite(session.role, 'incidents', {})}
          data-testid="new-incident"
        >
          {t('newIncident.create')}
        </Button>
        <span className="muted" data-testid="incident-count">
          {t('incidents.count', { n: result?.rows.length ?? 0 })}
        </span>
      </div>
      <VirtualTable<Incident>
        aria-label={t('nav.incidents')}
        rows={result?.rows}
        rowKey="id"
        rowHeight={36}
        columns={columns}
        scroll={{ x: 1000, y: tableHeight }}
        onRow={(row) => activateRow(() => openIncident(row.id))}
        rowClassName={(row) => `incident-row sev-${row.severity}`}
      />
      <IncidentDrawer id={openId} onClose={() => openIncident(null)} />
      {creating ? (
        <NewIncidentDialog
          onClose={() => setCreating(false)}
          onSaved={({ id, gridId }) => {
            setCreating(false);
            openIncident(id);
            const g = names?.grids.get(gridId);
            void message.success(t('newIncident.saved', { grid: g ? `${g.code} ${g.name}` : gridId }));
          }}
        />
      ) : null}
    </div>
  );
}
