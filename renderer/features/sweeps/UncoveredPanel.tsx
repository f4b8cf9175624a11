/** Households a campaign has not yet covered, filterable by grid, so the officer can phone the team. */
import { Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { SweepCampaign } from '#common/schemas';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { useI18n } from '#renderer/i18n/I18nContext';
import type { GridName, UncoveredHousehold } from './sweepQueries';
import { useUncovered } from './useSweeps';
import { VirtualTable } from '#renderer/shared/VirtualTable';

export function UncoveredPanel({ campaign, grids }: { campaign: SweepCampaign; grids: readonly GridName[] }) {
  const { t } = useI18n();
  const [gridId, setGridId] = useState<string | null>(null);
  const rows = useUncovered(campaign, gridId);
  const height = useWindowHeight() - 260;
  const byId = useMemo(() => new Map(grids.map((g) => [g.id, g])), [grids]);
  const targets = useMemo(() => new Set(campaign.targetGridIds), [campaign]);
  const columns = useMemo<ColumnsType<UncoveredHousehold>>(
    () => [
      {
        title: t('sweeps.col.grid'),
        width: 200,
        render: (_, r) => {
          const g = byId.get(r.gridId);
          return g ? `${g.code} ${g.name}` : r.gridId;
        },
      },
      { title: t('sweeps.col.address'), dataIndex: 'label' },
      { title: t('sweeps.col.attempts'), dataIndex: 'attempts', width: 130 },
    ],
    [t, byId],
  );
  return (
    <div data-testid="uncovered-panel">
      <div className="filters">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 260 }}
          placeholder={t('sweeps.uncovered.allGrids')}
          aria-label={t('sweeps.uncovered.allGrids')}
          value={gridId ?? undefined}
          onChange={(g?: string) => setGridId(g ?? null)}
          options={grids
            .filter((g) => targets.has(g.id))
            .map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))}
          data-testid="uncovered-grid"
        />
        <span className="muted" data-testid="uncovered-count" data-count={rows?.length ?? 0}>
          {t('sweeps.uncovered.count', { n: rows?.length ?? 0 })}
        </span>
      </div>
      <VirtualTable<UncoveredHousehold> rows={rows} rowKey="id" columns={columns} scroll={{ y: height }} />
    </div>
  );
}
