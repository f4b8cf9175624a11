/**
 * 三数据融合 — the sweeps screen's fusion tab: the chosen campaign's sweep compared with the
 * standard addresses and the pass registrations (common/domain/passFusion.ts, computed in a
 * worker by the station's useFusion). Per grid: the four kinds counted; a row opens that
 * grid's addresses. Per address: each finding with what was found and "create follow-up"
 * (fusionFollowUp.ts says why a follow-up is an incident).
 */
import { App, Button, Input, Segmented, Select, Spin, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { fusionKinds, type FusionGridCounts, type FusionKind } from '#common/domain/passFusion';
import type { SweepCampaign } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { VirtualTable } from '#renderer/shared/VirtualTable';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber, type Translate } from '#renderer/i18n/translate';
import { fusionDetailKey, fusionFollowUpKey, fusionKindKey } from '#renderer/i18n/fusionWords';
import { healthCodeKey, incidentStatusKey, levelKey } from '#renderer/i18n/domainWords';
import { mayWrite } from '#common/domain/rolePolicy';
import type { FusionRow } from '#renderer/station/fusionRead';
import { useFusion } from '#renderer/station/useFusion';
import { useNow } from '#renderer/station/useBoardData';
import { createFusionFollowUp, followUpIncidentId } from './fusionFollowUp';
import type { GridName } from './sweepQueries';

type View = 'grid' | 'address';

function detailOf(row: FusionRow, t: Translate): string {
  switch (row.kind) {
    case 'suspected-unregistered':
      return t(fusionDetailKey[row.kind], { swept: row.swept, passes: row.passes, gap: row.gap });
    case 'unswept':
      return t(fusionDetailKey[row.kind], { passes: row.passes });
    case 'address-irregular':
      return t(fusionDetailKey[row.kind], { n: row.registrationIds.length });
    case 'code-in-zone':
      return t(fusionDetailKey[row.kind], {
        colour: t(healthCodeKey[row.colour]),
        level: t(levelKey[row.level]),
      });
  }
}

function followUpText(row: FusionRow, t: Translate): string {
  const address = row.label;
  switch (row.kind) {
    case 'suspected-unregistered':
      return t(fusionFollowUpKey[row.kind], { address, swept: row.swept, passes: row.passes });
    case 'unswept':
      return t(fusionFollowUpKey[row.kind], { address, passes: row.passes });
    case 'address-irregular':
      return t(fusionFollowUpKey[row.kind], { address, n: row.registrationIds.length });
    case 'code-in-zone':
      return t(fusionFollowUpKey[row.kind], {
        address,
        colour: t(healthCodeKey[row.colour]),
        level: t(levelKey[row.level]),
      });
  }
}

function FollowUpCell({ row, campaignId }: { row: FusionRow; campaignId: string | null }) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const id = useMemo(() => followUpIncidentId(campaignId, row.key), [campaignId, row.key]);
  const existing = useLiveQuery(() => db.incidents.get(id), [db, id]);
  if (existing && typeof existing.status === 'string') {
    const status = existing.status as keyof typeof incidentStatusKey;
    return (
      <Tag color="blue" data-testid="fusion-followed-up" data-incident-id={id}>
        {t('fusion.followUp.exists')} · {incidentStatusKey[status] ? t(incidentStatusKey[status]) : status}
      </Tag>
    );
  }
  const point = row.point;
  const allowed = mayWrite(session.role, 'incidents', {});
  return (
    <Button
      size="small"
      disabled={point === null || !allowed}
      title={point === null ? t('fusion.followUp.noPoint') : undefined}
      loading={busy}
      data-testid="fusion-follow-up"
      onClick={() => {
        if (point === null) return;
        setBusy(true);
        void createFusionFollowUp(db, session, {
          kind: row.kind,
          key: row.key,
          campaignId,
          point,
          description: followUpText(row, t),
          reportedText: t('fusion.followUp.reported', { kind: t(fusionKindKey[row.kind]) }),
        })
          .then(({ created }) =>
            created
              ? message.success(t('fusion.followUp.created', { address: row.label }))
              : message.info(t('fusion.followUp.already')),
          )
          .catch((error: unknown) =>
            message.error(
              t('fusion.followUp.failed', { reason: error instanceof Error ? error.message : String(error) }),
            ),
          )
          .finally(() => setBusy(false));
      }}
    >
      {t('fusion.followUp.create')}
    </Button>
  );
}

export function FusionPanel({ campaign, grids }: { campaign: SweepCampaign; grids: readonly GridName[] }) {
  const { t, language } = useI18n();
  const now = useNow();
  const summary = useFusion({ at: now, campaignId: campaign.id, rows: true });
  const [view, setView] = useState<View>('grid');
  const [kind, setKind] = useState<FusionKind | null>(null);
  const [gridId, setGridId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const height = useWindowHeight() - 300;
  const byId = useMemo(() => new Map(grids.map((g) => [g.id, g])), [grids]);
  const gridName = (id: string | null) => {
    if (id === null) return t('fusion.noGrid');
    const g = byId.get(id);
    return g ? `${g.code} ${g.name}` : id;
  };

  // grids by code, the registrations that name no grid last
  const gridRows = useMemo(
    () =>
      [...(summary?.byGrid ?? [])].sort((a, b) => {
        if (a.gridId === null || b.gridId === null) return a.gridId === null ? 1 : -1;
        return (byId.get(a.gridId)?.code ?? a.gridId).localeCompare(byId.get(b.gridId)?.code ?? b.gridId);
      }),
    [summary, byId],
  );
  // the address search ignores white space, as standard addresses are written with and without it
  const needle = search.replace(/\s+/g, '');
  const addressRows = useMemo(
    () =>
      (summary?.rows ?? []).filter(
        (r) =>
          (kind === null || r.kind === kind) &&
          (gridId === null || r.gridId === gridId) &&
          (needle === '' || r.label.replace(/\s+/g, '').includes(needle)),
      ),
    [summary, kind, gridId, needle],
  );

  const gridColumns: ColumnsType<FusionGridCounts> = [
    {
      title: t('fusion.col.grid'),
      width: 220,
      render: (_, r) => (
        <span data-testid="fusion-grid-cell" data-grid-id={r.gridId ?? ''}>
          {gridName(r.gridId)}
        </span>
      ),
    },
    ...fusionKinds.map((k) => ({
      title: t(fusionKindKey[k]),
      width: 130,
      render: (_: unknown, r: FusionGridCounts) => (
        <span data-kind={k} data-count={r.counts[k]}>
          {formatNumber(r.counts[k], language)}
        </span>
      ),
    })),
    { title: t('fusion.col.gap'), width: 110, render: (_, r) => formatNumber(r.gap, language) },
  ];
  const addressColumns: ColumnsType<FusionRow> = [
    { title: t('fusion.col.kind'), width: 130, render: (_, r) => t(fusionKindKey[r.kind]) },
    { title: t('fusion.col.grid'), width: 190, render: (_, r) => gridName(r.gridId) },
    { title: t('fusion.col.address'), dataIndex: 'label' },
    { title: t('fusion.col.detail'), width: 300, render: (_, r) => detailOf(r, t) },
    {
      title: t('fusion.col.followUp'),
      width: 150,
      render: (_, r) => <FollowUpCell row={r} campaignId={summary?.campaignId ?? null} />,
    },
  ];

  if (!summary)
    return (
      <div data-testid="fusion-panel" data-state="computing">
        <Spin /> <span className="muted">{t('fusion.computing')}</span>
      </div>
    );

  return (
    <div data-testid="fusion-panel" data-state="ready" data-at={summary.at}>
      <p className="muted">
        {t('fusion.intro', {
          campaign: summary.campaignName ?? t('fusion.noCampaign'),
          passes: summary.passes,
        })}
      </p>
      <div className="filters fusion-totals">
        {fusionKinds.map((k) => (
          <Tag
            key={k}
            color={kind === k ? 'processing' : undefined}
            style={{ cursor: 'pointer' }}
            data-testid={`fusion-total-${k}`}
            data-value={summary.totals[k]}
            onClick={() => {
              setKind(kind === k ? null : k);
              setView('address');
            }}
          >
            {t(fusionKindKey[k])} <b>{formatNumber(summary.totals[k], language)}</b>
          </Tag>
        ))}
      </div>
      <div className="filters">
        <Segmented<View>
          value={view}
          onChange={setView}
          data-testid="fusion-view"
          options={[
            { label: t('fusion.view.grid'), value: 'grid' },
            { label: t('fusion.view.address'), value: 'address' },
          ]}
        />
        {view === 'address' ? (
          <>
            <Select
              allowClear
              aria-label={t('fusion.filter.kind')}
              placeholder={t('fusion.filter.kindAll')}
              style={{ minWidth: 180 }}
              value={kind ?? undefined}
              onChange={(k?: FusionKind) => setKind(k ?? null)}
              options={fusionKinds.map((k) => ({ value: k, label: t(fusionKindKey[k]) }))}
              data-testid="fusion-kind"
            />
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              aria-label={t('fusion.filter.grid')}
              placeholder={t('fusion.filter.grid')}
              style={{ minWidth: 240 }}
              value={gridId ?? undefined}
              onChange={(g?: string) => setGridId(g ?? null)}
              options={gridRows
                .filter((g) => g.gridId !== null)
                .map((g) => ({ value: g.gridId as string, label: gridName(g.gridId) }))}
              data-testid="fusion-grid"
            />
            <Input.Search
              allowClear
              aria-label={t('fusion.filter.address')}
              placeholder={t('fusion.filter.address')}
              style={{ width: 240 }}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              maxLength={120}
              data-testid="fusion-address-search"
            />
            <span className="muted" data-testid="fusion-row-count" data-value={addressRows.length}>
              {t('fusion.rows', { n: addressRows.length })}
            </span>
          </>
        ) : null}
      </div>
      {view === 'grid' ? (
        <VirtualTable<FusionGridCounts>
          rows={gridRows}
          rowKey={(r) => r.gridId ?? '-'}
          columns={gridColumns}
          rowHeight={36}
          scroll={{ y: height }}
          rowClassName="fusion-grid-row"
          aria-label={t('fusion.view.grid')}
          onRow={(r) => ({
            onClick: () => {
              setGridId(r.gridId);
              setView('address');
            },
          })}
        />
      ) : (
        <VirtualTable<FusionRow>
          rows={addressRows}
          rowKey="key"
          columns={addressColumns}
          rowHeight={40}
          scroll={{ y: height }}
          rowClassName="fusion-address-row"
          aria-label={t('fusion.view.address')}
        />
      )}
    </div>
  );
}
