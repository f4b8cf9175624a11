/**
 * Campaigns 摸排行动: the list (name, kind, target grids, period, progress from the aggregates)
 * and the create form, validated field by field; a refused form saves nothing.
 */
import { App, Button, DatePicker, Form, Input, Progress, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { campaignKinds, type CampaignKind } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import type { CampaignField, CampaignProblem } from './campaignForm';
import type { CampaignProgress } from './campaignProgress';
import type { GridName } from './sweepQueries';
import { createCampaign } from './sweepMutations';
import { sweepsErrorKey } from '#renderer/i18n/keyTables';
import { sweepsCampaignKindKey } from '#renderer/i18n/keyTables';

export function CampaignsPanel({
  campaigns,
  grids,
}: {
  campaigns: readonly CampaignProgress[];
  grids: readonly GridName[];
}) {
  const { t, language } = useI18n();
  const columns = useMemo<ColumnsType<CampaignProgress>>(
    () => [
      { title: t('sweeps.col.name'), render: (_, r) => r.campaign.name },
      {
        title: t('sweeps.col.kind'),
        width: 150,
        render: (_, r) => t(sweepsCampaignKindKey[r.campaign.kind]),
      },
      { title: t('sweeps.col.grids'), width: 90, render: (_, r) => r.campaign.targetGridIds.length },
      {
        title: t('sweeps.col.period'),
        width: 220,
        render: (_, r) =>
          `${formatDateTime(r.campaign.start, language)} – ${formatDateTime(r.campaign.end, language)}`,
      },
      {
        title: t('sweeps.col.progress'),
        width: 260,
        render: (_, r) => (
          <span data-testid="campaign-progress" data-value={`${r.covered}/${r.inScope}`}>
            <Progress
              percent={Math.floor(r.ratio * 100)}
              aria-label={t('a11y.campaignProgress', { campaign: r.campaign.name })}
              size="small"
              style={{ width: 120, marginRight: 8 }}
            />
            {t('sweeps.progress.detail', { covered: r.covered, total: r.inScope })}
          </span>
        ),
      },
    ],
    [t, language],
  );
  return (
    <div className="campaigns-panel">
      <Table<CampaignProgress>
        size="small"
        rowKey={(r) => r.campaign.id}
        columns={columns}
        dataSource={[...campaigns]}
        pagination={false}
        rowClassName="campaign-row"
      />
      <CampaignForm grids={grids} />
    </div>
  );
}

function CampaignForm({ grids }: { grids: readonly GridName[] }) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<CampaignKind | null>(null);
  const [targets, setTargets] = useState<string[]>([]);
  const [start, setStart] = useState<number | null>(null);
  const [end, setEnd] = useState<number | null>(null);
  const [errors, setErrors] = useState<Partial<Record<CampaignField, CampaignProblem>>>({});
  const item = (f: CampaignField) => ({
    validateStatus: errors[f] ? ('error' as const) : undefined,
    help: errors[f] ? (
      <span data-testid={`campaign-error-${f}`}>{t(sweepsErrorKey[errors[f]])}</span>
    ) : undefined,
  });
  const submit = async () => {
    const r = await createCampaign(db, session, { name, kind, targetGridIds: targets, start, end });
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    setName('');
    setTargets([]);
    void message.success(t('sweeps.create.saved'));
  };
  return (
    <Form layout="vertical" component="div" className="campaign-form" data-testid="campaign-form">
      <h4>{t('sweeps.create')}</h4>
      <div className="visit-row">
        <Form.Item label={t('sweeps.create.name')} {...item('name')}>
          <Input
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.target.value)}
            aria-label={t('sweeps.create.name')}
            data-testid="campaign-name"
          />
        </Form.Item>
        <Form.Item label={t('sweeps.create.kind')} {...item('kind')}>
          <Select
            style={{ width: 200 }}
            value={kind ?? undefined}
            onChange={(k: CampaignKind) => setKind(k)}
            options={campaignKinds.map((k) => ({ value: k, label: t(sweepsCampaignKindKey[k]) }))}
            aria-label={t('sweeps.create.kind')}
            data-testid="campaign-kind"
          />
        </Form.Item>
        <Form.Item label={t('sweeps.create.start')} {...item('start')}>
          <DatePicker
            showTime
            onChange={(d) => setStart(d ? d.valueOf() : null)}
            aria-label={t('sweeps.create.start')}
            data-testid="campaign-start"
          />
        </Form.Item>
        <Form.Item label={t('sweeps.create.end')} {...item('end')}>
          <DatePicker
            showTime
            onChange={(d) => setEnd(d ? d.valueOf() : null)}
            aria-label={t('sweeps.create.end')}
            data-testid="campaign-end"
          />
        </Form.Item>
      </div>
      <Form.Item label={t('sweeps.create.grids')} {...item('targetGridIds')}>
        <Select
          mode="multiple"
          allowClear
          optionFilterProp="label"
          value={targets}
          onChange={setTargets}
          options={grids.map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))}
          aria-label={t('sweeps.create.grids')}
          data-testid="campaign-grids"
        />
      </Form.Item>
      <Button type="primary" onClick={() => void submit()} data-testid="campaign-submit">
        {t('sweeps.create.submit')}
      </Button>
    </Form>
  );
}
