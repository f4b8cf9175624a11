/**
 * 卡口 — checkpoints and their 24-hour rosters: the list with staffing now and uncovered hours
 * in the next 24 hours, a small map, and the roster gaps across all checkpoints. A row (or a
 * gap's "fill") opens the checkpoint's roster drawer.
 */
import { Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { useI18n } from '#renderer/i18n/I18nContext';
import { GateTab } from '#renderer/features/gate';
import { CheckpointMap } from './CheckpointMap';
import { CheckpointTable } from './CheckpointTable';
import { RosterDrawer, type FormRequest } from './RosterDrawer';
import { RosterGapsList } from './RosterGapsList';
import { useCheckpointOverview, useMinuteClock } from './useCheckpoints';

export function CheckpointsScreen() {
  const { t } = useI18n();
  const now = useMinuteClock();
  const overview = useCheckpointOverview(now);
  const height = useWindowHeight();
  const [openId, setOpenId] = useState<string | null>(null);
  const [form, setForm] = useState<FormRequest | null>(null);
  if (!overview) return <Spin />;
  const open = overview.rows.find((r) => r.checkpoint.id === openId) ?? null;
  const gapCount = overview.rows.filter((r) => r.roster.gapHours.length > 0).length;

  return (
    <div className="screen" data-testid="checkpoints-screen">
      <Tabs
        size="small"
        items={[
          {
            key: 'list',
            label: t('cp.tab.list'),
            children: (
              <div style={{ display: 'flex', gap: 12 }}>
                <div style={{ flex: 3, minWidth: 0 }}>
                  <div className="muted" data-testid="checkpoint-count">
                    {t('cp.count', { n: overview.rows.length, gaps: gapCount })}
                  </div>
                  <CheckpointTable
                    rows={overview.rows}
                    height={height - 220}
                    onOpen={(r) => {
                      setForm(null);
                      setOpenId(r.checkpoint.id);
                    }}
                  />
                </div>
                <div style={{ flex: 2, minWidth: 0 }}>
                  <h4>{t('cp.map')}</h4>
                  <CheckpointMap rows={overview.rows} now={now} />
                </div>
              </div>
            ),
          },
          {
            key: 'gaps',
            label: (
              <span data-testid="tab-gaps">
                {t('cp.tab.gaps')} {gapCount > 0 ? `(${gapCount})` : ''}
              </span>
            ),
            children: (
              <RosterGapsList
                rows={overview.rows}
                onFill={(row, run) => {
                  setOpenId(row.checkpoint.id);
                  setForm({ shift: null, initial: run, key: Date.now() });
                }}
              />
            ),
          },
          {
            key: 'gate',
            label: <span data-testid="tab-gate">{t('gate.tab')}</span>,
            children: <GateTab now={now} />,
          },
        ]}
      />
      <RosterDrawer
        row={open}
        from={overview.from}
        to={overview.to}
        form={form}
        onForm={setForm}
        onClose={() => {
          setOpenId(null);
          setForm(null);
        }}
      />
    </div>
  );
}
