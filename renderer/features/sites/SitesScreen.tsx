/**
 * 检测点 — testing sites per day and grid (layout checklist, staffing, queue, status) and, on a
 * second tab, the volunteer teams 志愿者队伍 with their assignments to checkpoints and sites.
 */
import { Select, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { dayOf } from '#common/domain/time';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDay } from '#renderer/i18n/translate';
import { SiteTable } from './SiteTable';
import { TeamTable } from './TeamTable';
import { useGridOptions, useSiteDays, useSites, useTeams } from './useSites';

export function SitesScreen() {
  const { t, language } = useI18n();
  const height = useWindowHeight();
  const days = useSiteDays();
  const grids = useGridOptions();
  const [today] = useState(() => dayOf(Date.now()));
  const [chosenDay, setDay] = useState<string | null>(null);
  const day = chosenDay ?? (days?.includes(today) ? today : (days?.[0] ?? null));
  const [gridId, setGridId] = useState<string | null>(null);
  const sites = useSites(day, gridId);
  const teams = useTeams(today);

  return (
    <div className="screen" data-testid="sites-screen">
      <Tabs
        size="small"
        items={[
          {
            key: 'sites',
            label: t('site.tab.sites'),
            children: (
              <>
                <div className="filters">
                  <Select
                    style={{ width: 140 }}
                    value={day ?? undefined}
                    placeholder={t('site.day')}
                    aria-label={t('site.day')}
                    options={(days ?? []).map((d) => ({ value: d, label: formatDay(d, language) }))}
                    onChange={(d: string) => setDay(d)}
                    data-testid="site-day"
                  />
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    style={{ width: 240 }}
                    placeholder={t('site.allGrids')}
                    aria-label={t('site.allGrids')}
                    value={gridId ?? undefined}
                    options={grids ?? []}
                    onChange={(g?: string) => setGridId(g ?? null)}
                    data-testid="site-grid"
                  />
                  <span className="muted" data-testid="site-count">
                    {t('site.count', { n: sites?.length ?? 0 })}
                  </span>
                </div>
                {sites ? <SiteTable rows={sites} height={height - 240} /> : <Spin />}
              </>
            ),
          },
          {
            key: 'teams',
            label: <span data-testid="tab-teams">{t('site.tab.teams')}</span>,
            children: teams ? <TeamTable data={teams} height={height - 200} /> : <Spin />,
          },
        ]}
      />
    </div>
  );
}
