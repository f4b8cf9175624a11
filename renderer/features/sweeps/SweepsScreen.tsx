/**
 * 摸排 — sweeps: choose a campaign (default: the one in force, as on the board), then fast
 * visit entry, the campaign list and create form, the households not yet covered per grid,
 * and the persons found with their follow-up.
 */
import { Empty, Select, Tabs } from 'antd';
import { useState } from 'react';
import { activeCampaign } from '#renderer/station/gridStateQuery';
import { useI18n } from '#renderer/i18n/I18nContext';
import { campaignLabel } from './campaignLabel';
import { CampaignsPanel } from './CampaignsPanel';
import { FindingsPanel } from './FindingsPanel';
import { FusionPanel } from './FusionPanel';
import { UncoveredPanel } from './UncoveredPanel';
import { useAddressIndex, useCampaigns, useGrids } from './useSweeps';
import { VisitEntry } from './VisitEntry';
import './sweeps.css';

export function SweepsScreen() {
  const { t } = useI18n();
  const campaigns = useCampaigns();
  const grids = useGrids() ?? [];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [tab, setTab] = useState('entry');
  // The default campaign is the one in force when the screen opened.
  const [openedAt] = useState(() => Date.now());
  const all = campaigns?.map((c) => c.campaign) ?? [];
  const campaign = all.find((c) => c.id === chosenId) ?? activeCampaign(all, openedAt);
  const index = useAddressIndex(campaign);

  return (
    <div className="screen sweeps" data-testid="sweeps-screen" data-campaign-id={campaign?.id ?? ''}>
      <div className="filters">
        <span>{t('sweeps.campaign')}</span>
        <Select
          aria-label={t('sweeps.campaign')}
          style={{ minWidth: 280 }}
          value={campaign?.id}
          onChange={(id: string) => setChosenId(id)}
          options={all.map((c) => ({
            value: c.id,
            label: campaignLabel(c, t),
          }))}
          data-testid="sweeps-campaign"
        />
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'entry',
            label: t('sweeps.tab.entry'),
            children: campaign ? (
              <VisitEntry key={campaign.id} campaign={campaign} index={index} />
            ) : (
              <Empty description={t('sweeps.campaign.none')} />
            ),
          },
          {
            key: 'campaigns',
            label: t('sweeps.tab.campaigns'),
            children: <CampaignsPanel campaigns={campaigns ?? []} grids={grids} />,
          },
          {
            key: 'uncovered',
            label: t('sweeps.tab.uncovered'),
            children: campaign ? <UncoveredPanel campaign={campaign} grids={grids} /> : null,
          },
          {
            key: 'findings',
            label: t('sweeps.tab.findings'),
            children: campaign ? <FindingsPanel campaign={campaign} grids={grids} /> : null,
          },
          {
            key: 'fusion',
            label: t('fusion.tab'),
            children: campaign ? <FusionPanel campaign={campaign} grids={grids} /> : null,
          },
        ]}
      />
    </div>
  );
}
