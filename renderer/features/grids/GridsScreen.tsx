/**
 * 网格 — every grid of the station in one table: code, community, officer (flagging the
 * one-grid-one-officer gaps), grid leader, control level, sweep coverage and open incidents;
 * sortable, searchable, filterable by level, virtualised for a district's 725 grids. The
 * chief's actions per row (reassign the officer, change the control level) are shown only to
 * a role the policy allows (common/domain/rolePolicy.ts); the cache refuses the rest.
 */
import { Button, Checkbox, Input, Progress, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { controlLevels, type ControlLevel, type Grid } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatPercent } from '#renderer/i18n/translate';
import { levelColours } from '#renderer/theme/palette';
import { queryStationPicture, type GridState } from '#renderer/station/gridStateQuery';
import { useNow } from '#renderer/station/useBoardData';
import { mayAssignOfficer, mayChangeLevel } from '#common/domain/rolePolicy';
import { AssignOfficerForm } from './AssignOfficerForm';
import { LevelChangeForm } from './LevelChangeForm';
import { VirtualTable } from '#renderer/shared/VirtualTable';
import { levelKey } from '#renderer/i18n/domainWords';

type Editing = { kind: 'level' | 'assign'; grid: Grid } | null;

export function GridsScreen() {
  const { t, language } = useI18n();
  const db = useDb();
  const now = useNow();
  const picture = useLiveQuery(() => queryStationPicture(db, now), [db, now]);
  const [text, setText] = useState('');
  const [levels, setLevels] = useState<ControlLevel[]>([]);
  const [onlyGaps, setOnlyGaps] = useState(false);
  const height = useWindowHeight() - 170;
  const { role } = useSession();
  const canLevel = mayChangeLevel(role);
  const canAssign = mayAssignOfficer(role);
  const [editing, setEditing] = useState<Editing>(null);

  const officers = useMemo(() => new Map((picture?.officers ?? []).map((o) => [o.id, o])), [picture]);
  const rows = useMemo(() => {
    const needle = text.trim();
    return (picture?.grids ?? []).filter(
      (g) =>
        (levels.length === 0 || levels.includes(g.level)) &&
        (!onlyGaps || g.grid.officerId === null || !officers.has(g.grid.officerId)) &&
        (needle === '' || `${g.grid.code} ${g.grid.name} ${g.grid.community}`.includes(needle)),
    );
  }, [picture, text, levels, onlyGaps, officers]);

  const columns = useMemo<ColumnsType<GridState>>(
    () => [
      {
        title: t('grids.col.code'),
        key: 'code',
        width: 90,
        render: (_, g) => g.grid.code,
        sorter: (a, b) => a.grid.code.localeCompare(b.grid.code),
        defaultSortOrder: 'ascend',
      },
      { title: t('grids.col.name'), key: 'name', width: 170, render: (_, g) => g.grid.name },
      {
        title: t('grids.col.community'),
        key: 'community',
        width: 150,
        render: (_, g) => `${g.grid.community} · ${g.grid.street}`,
      },
      {
        title: t('grids.col.officer'),
        key: 'officer',
        width: 140,
        render: (_, g) => {
          const o = g.grid.officerId ? officers.get(g.grid.officerId) : undefined;
          return o ? `${o.name}（${o.badgeNo}）` : <span className="warn">{t('panel.noOfficer')}</span>;
        },
      },
      { title: t('grids.col.leader'), key: 'leader', width: 90, render: (_, g) => g.grid.gridLeader },
      {
        title: t('grids.col.level'),
        key: 'level',
        width: 100,
        sorter: (a, b) => controlLevels.indexOf(a.level) - controlLevels.indexOf(b.level),
        render: (_, g) => (
          <span data-level={g.level}>
            <i className="swatch" style={{ background: levelColours[g.level] }} />
            {t(levelKey[g.level])}
          </span>
        ),
      },
      {
        title: t('grids.col.households'),
        key: 'households',
        width: 80,
        align: 'right',
        sorter: (a, b) => a.households - b.households,
        render: (_, g) => g.households,
      },
      {
        title: t('grids.col.coverage'),
        key: 'coverage',
        width: 150,
        sorter: (a, b) => a.coverage - b.coverage,
        render: (_, g) => (
          <Progress
            percent={Math.round(g.coverage * 100)}
            aria-label={t('a11y.gridCoverage', { grid: `${g.grid.code} ${g.grid.name}` })}
            size="small"
            format={() => formatPercent(g.coverage, language)}
          />
        ),
      },
      {
        title: t('grids.col.incidents'),
        key: 'incidents',
        width: 90,
        align: 'right',
        sorter: (a, b) => a.openIncidents - b.openIncidents,
        render: (_, g) => g.openIncidents,
      },
      ...(canLevel || canAssign
        ? [
            {
              title: t('gridEdit.actions'),
              key: 'actions',
              width: 170,
              render: (_: unknown, g: GridState) => (
                <Space size={0}>
                  {canAssign ? (
                    <Button
                      size="small"
                      type="link"
                      data-testid={`assign-${g.grid.code}`}
                      onClick={() => setEditing({ kind: 'assign', grid: g.grid })}
                    >
                      {t('gridEdit.assign')}
                    </Button>
                  ) : null}
                  {canLevel ? (
                    <Button
                      size="small"
                      type="link"
                      data-testid={`change-level-${g.grid.code}`}
                      onClick={() => setEditing({ kind: 'level', grid: g.grid })}
                    >
                      {t('gridEdit.changeLevel')}
                    </Button>
                  ) : null}
                </Space>
              ),
            },
          ]
        : []),
    ],
    [t, language, officers, canLevel, canAssign],
  );

  return (
    <div className="screen" data-testid="grids-screen">
      <div className="filters">
        <Input.Search
          allowClear
          placeholder={t('grids.search')}
          style={{ width: 260 }}
          onChange={(e) => setText(e.target.value)}
        />
        <Select
          mode="multiple"
          allowClear
          placeholder={t('grids.filter.level')}
          aria-label={t('grids.filter.level')}
          style={{ minWidth: 220 }}
          value={levels}
          onChange={setLevels}
          options={controlLevels.map((l) => ({ value: l, label: t(levelKey[l]) }))}
        />
        <Checkbox checked={onlyGaps} onChange={(e) => setOnlyGaps(e.target.checked)}>
          {t('grids.onlyGaps')}
        </Checkbox>
        <span className="muted" data-testid="grid-count">
          {t('grids.count', { n: rows.length })}
        </span>
      </div>
      <VirtualTable<GridState>
        rows={picture ? rows : undefined}
        rowKey={(g) => g.grid.id}
        columns={columns}
        scroll={{ x: 1230, y: height }}
      />
      {editing?.kind === 'level' ? (
        <LevelChangeForm grid={editing.grid} onClose={() => setEditing(null)} />
      ) : null}
      {editing?.kind === 'assign' ? (
        <AssignOfficerForm grid={editing.grid} onClose={() => setEditing(null)} />
      ) : null}
    </div>
  );
}
