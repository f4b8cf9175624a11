/**
 * Persons found in the campaign's grids (masked name and ID only), with editable follow-up
 * status and the centre's repeat check (`idSeen`: 另见于 N 处地址).
 */
import { Select } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import {
  followUpStatuses,
  type FollowUpStatus,
  type PersonFinding,
  type SweepCampaign,
} from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useWindowHeight } from '#renderer/shared/useWindowHeight';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime, type Translate } from '#renderer/i18n/translate';
import type { GridName } from './sweepQueries';
import { setFollowUp } from './sweepMutations';
import { useFindings } from './useSweeps';
import { VirtualTable } from '#renderer/shared/VirtualTable';
import { sweepsFindingKindKey, sweepsFollowUpKey } from '#renderer/i18n/keyTables';

export function FindingsPanel({ campaign, grids }: { campaign: SweepCampaign; grids: readonly GridName[] }) {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const targetKey = campaign.targetGridIds.join(',');
  const gridIds = useMemo(() => (targetKey === '' ? [] : targetKey.split(',')), [targetKey]);
  const rows = useFindings(gridIds);
  const height = useWindowHeight() - 230;
  const byId = useMemo(() => new Map(grids.map((g) => [g.id, g])), [grids]);
  const columns = useMemo<ColumnsType<PersonFinding>>(
    () => [
      {
        title: t('sweeps.col.updatedAt'),
        dataIndex: 'updatedAt',
        width: 120,
        render: (v: number) => formatDateTime(v, language),
      },
      {
        title: t('sweeps.col.grid'),
        width: 180,
        render: (_, r) => {
          const g = byId.get(r.gridId);
          return g ? `${g.code} ${g.name}` : r.gridId;
        },
      },
      {
        title: t('sweeps.col.findingKind'),
        dataIndex: 'kind',
        width: 110,
        render: (v: PersonFinding['kind']) => t(sweepsFindingKindKey[v]),
      },
      { title: t('sweeps.col.maskedName'), dataIndex: 'maskedName', width: 90 },
      { title: t('sweeps.col.idMasked'), dataIndex: 'idMasked', width: 190 },
      {
        title: t('sweeps.col.idSeen'),
        width: 150,
        render: (_, r) => <span data-testid="finding-id-seen">{idSeenText(r, t)}</span>,
      },
      {
        title: t('sweeps.col.followUp'),
        width: 140,
        render: (_, r) => (
          <Select
            size="small"
            style={{ width: 110 }}
            value={r.followUp}
            onChange={(s: FollowUpStatus) => void setFollowUp(db, session, r.id, s)}
            options={followUpStatuses.map((s) => ({ value: s, label: t(sweepsFollowUpKey[s]) }))}
            aria-label={t('sweeps.col.followUp')}
            data-testid="finding-follow-up"
          />
        ),
      },
    ],
    [t, language, byId, db, session],
  );
  return (
    <div data-testid="findings-panel">
      <p className="muted">{t('sweeps.findings.count', { n: rows?.length ?? 0 })}</p>
      <VirtualTable<PersonFinding>
        rows={rows}
        rowKey="id"
        columns={columns}
        scroll={{ y: height }}
        rowClassName="finding-row"
      />
    </div>
  );
}

/** The centre's repeat check in words; empty when the person was seen only here. */
function idSeenText(r: PersonFinding, t: Translate): string {
  if (r.idEnvelope) return t('sweeps.idSeen.pending');
  const seen = r.idSeen;
  if (!seen || seen.findings <= 1) return '';
  if (seen.addresses > 1) return t('sweeps.idSeen.addresses', { n: seen.addresses - 1 });
  return t('sweeps.idSeen.sameAddress', { n: seen.findings - 1 });
}
