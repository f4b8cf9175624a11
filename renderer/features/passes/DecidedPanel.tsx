/**
 * 已审核 — the latest reviewed registrations of one status (approved, rejected or revoked),
 * newest submitted first, read through the `[status+submittedAt]` index (DECIDED_LIMIT rows),
 * narrowed by a search on the masked name, registration no. or address; a row opens the registration (Enter or a click), where an approved pass can be revoked.
 */
import { Input, Segmented, Table } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import type { PassRegistration, PassStatus } from '#common/schemas';
import { activateRow } from '#renderer/shared/activateRow';
import { useI18n } from '#renderer/i18n/I18nContext';
import { passStatusKey } from '#renderer/i18n/domainWords';
import { formatDateTime } from '#renderer/i18n/translate';
import { claimLabel } from './claimLabel';
import { DECIDED_LIMIT } from './passQueries';
import { RegistrationDrawer } from './RegistrationDrawer';
import { useDecided } from './usePasses';

const decidedStatuses = ['approved', 'rejected', 'revoked'] as const satisfies readonly PassStatus[];

export function DecidedPanel() {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<(typeof decidedStatuses)[number]>('approved');
  const [openId, setOpenId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const rows = useDecided(status, search);
  return (
    <div className="decided-panel" data-testid="decided-panel">
      <div className="filters">
        <Segmented<(typeof decidedStatuses)[number]>
          value={status}
          onChange={(v) => setStatus(v)}
          options={decidedStatuses.map((s) => ({ value: s, label: t(passStatusKey[s]) }))}
          data-testid="decided-status"
        />
        <Input.Search
          allowClear
          aria-label={t('epass.decided.search')}
          placeholder={t('epass.decided.search')}
          style={{ width: 280 }}
          maxLength={120}
          onSearch={(value) => setSearch(value)}
          data-testid="decided-search"
        />
        <span className="muted">{t('epass.decided.limit', { n: DECIDED_LIMIT })}</span>
      </div>
      <Table<PassRegistration>
        size="small"
        rowKey="id"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: t('epass.decided.empty') }}
        onRow={(row) =>
          ({
            ...activateRow(() => setOpenId(row.id)),
            'data-registration-id': row.id,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('epass.decided.col.name'), dataIndex: 'maskedName', width: 120 },
          {
            title: t('epass.decided.col.address'),
            key: 'address',
            render: (_: unknown, r) => claimLabel(r.claimedAddress),
          },
          {
            title: t('epass.decided.col.status'),
            key: 'status',
            width: 100,
            render: (_: unknown, r) => t(passStatusKey[r.status]),
          },
          {
            title: t('epass.decided.col.reviewed'),
            key: 'reviewed',
            width: 170,
            render: (_: unknown, r) => (r.reviewedAt === null ? '—' : formatDateTime(r.reviewedAt, language)),
          },
        ]}
      />
      {openId ? <RegistrationDrawer id={openId} onClose={() => setOpenId(null)} /> : null}
    </div>
  );
}
