/** The checkpoint list: name, grid, mode, post type, 24-hour flag, staffed now and gap hours ahead. */
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useI18n } from '#renderer/i18n/I18nContext';
import { activateRow } from '#renderer/shared/activateRow';
import type { CheckpointRow } from './checkpointQueries';
import { checkpointModeKey } from '#renderer/i18n/domainWords';
import { postTypeKey } from '#renderer/i18n/keyTables';

interface Props {
  rows: readonly CheckpointRow[];
  height: number;
  onOpen(row: CheckpointRow): void;
}

export function CheckpointTable({ rows, height, onOpen }: Props) {
  const { t } = useI18n();
  const columns = useMemo<ColumnsType<CheckpointRow>>(
    () => [
      { title: t('cp.col.name'), key: 'name', render: (_, r) => r.checkpoint.name },
      { title: t('cp.col.grid'), key: 'grid', width: 170, ellipsis: true, render: (_, r) => r.gridLabel },
      {
        title: t('cp.col.mode'),
        key: 'mode',
        width: 90,
        render: (_, r) => t(checkpointModeKey[r.checkpoint.mode]),
      },
      {
        title: t('cp.col.postType'),
        key: 'post',
        width: 100,
        render: (_, r) => t(postTypeKey[r.checkpoint.postType]),
      },
      {
        title: t('cp.col.24h'),
        key: '24h',
        width: 90,
        render: (_, r) =>
          r.checkpoint.staffed24h ? t('cp.yes') : <span className="muted">{t('cp.no')}</span>,
      },
      {
        title: t('cp.col.staffedNow'),
        key: 'now',
        width: 70,
        render: (_, r) =>
          r.roster.staffedNow ? t('cp.staffed') : <span className="warn">{t('cp.unstaffed')}</span>,
      },
      {
        title: t('cp.col.gaps'),
        key: 'gaps',
        width: 110,
        render: (_, r) =>
          !r.checkpoint.staffed24h ? (
            <span className="muted">—</span>
          ) : r.roster.gapHours.length > 0 ? (
            <Tag color="red" data-testid="gap-flag">
              {t('cp.gapHours', { n: r.roster.gapHours.length })}
            </Tag>
          ) : (
            <span className="muted">{t('cp.noGaps')}</span>
          ),
      },
    ],
    [t],
  );
  return (
    <Table<CheckpointRow>
      virtual
      size="small"
      rowKey={(r) => r.checkpoint.id}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ y: height }}
      onRow={(r) =>
        ({
          ...activateRow(() => onOpen(r)),
          'data-checkpoint-id': r.checkpoint.id,
        }) as React.HTMLAttributes<HTMLElement>
      }
      rowClassName="checkpoint-row"
    />
  );
}
