/**
 * One day's testing sites: status with the next move, the layout checklist (警戒区, 等待区,
 * 采集区, 缓冲区, 一米线), staffing counts and the queue with quick −/+ buttons. Every change
 * is saved at once; a refused one says why under the table and writes nothing.
 */
import { App, Button, Checkbox, InputNumber, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { ZodError } from 'zod';
import { siteZones, type TestingSite } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { editSite, SiteRuleError, type SitePatch } from './siteMutations';
import type { SiteRow } from './siteQueries';
import { clampQueue, MAX_QUEUE, nextSiteStatus, toggleZone } from './siteRules';
import { siteStatusKey } from '#renderer/i18n/domainWords';
import { siteStaffKey, siteZoneKey } from '#renderer/i18n/keyTables';

type StaffKey = keyof TestingSite['staff'];
const staffKeys: readonly StaffKey[] = ['police', 'medical', 'volunteers'];

export function SiteTable({ rows, height }: { rows: readonly SiteRow[]; height: number }) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);

  const columns = useMemo<ColumnsType<SiteRow>>(() => {
    const save = async (site: TestingSite, patch: SitePatch) => {
      try {
        await editSite(db, session, site.id, patch);
        setError(null);
        void message.success(t('site.saved'));
      } catch (e) {
        if (e instanceof SiteRuleError) setError(t('site.error.move'));
        else if (e instanceof ZodError)
          setError(t('site.error.invalid', { reason: e.issues[0]?.message ?? '' }));
        else throw e;
      }
    };
    return [
      {
        title: t('site.col.name'),
        key: 'name',
        width: 200,
        render: (_, r) => (
          <span>
            {r.site.name}
            <br />
            <span className="muted">{r.gridLabel}</span>
          </span>
        ),
      },
      {
        title: t('site.col.status'),
        key: 'status',
        width: 170,
        render: (_, r) => {
          const next = nextSiteStatus(r.site.status);
          return (
            <Space size={4}>
              <Tag data-testid="site-status">{t(siteStatusKey[r.site.status])}</Tag>
              {next ? (
                <Button
                  size="small"
                  onClick={() => void save(r.site, { status: next })}
                  data-testid="site-next-status"
                >
                  {t('site.moveTo', { status: t(siteStatusKey[next]) })}
                </Button>
              ) : null}
            </Space>
          );
        },
      },
      {
        title: t('site.col.checklist'),
        key: 'zones',
        render: (_, r) => (
          <Space size={2} wrap>
            {siteZones.map((zone) => (
              <Checkbox
                key={zone}
                checked={r.site.zonesReady.includes(zone)}
                onChange={(e) =>
                  void save(r.site, {
                    zonesReady: toggleZone(r.site.zonesReady, zone, e.target.checked, siteZones),
                  })
                }
                data-testid={`zone-${zone}`}
              >
                {t(siteZoneKey[zone])}
              </Checkbox>
            ))}
          </Space>
        ),
      },
      {
        title: t('site.col.staff'),
        key: 'staff',
        width: 250,
        render: (_, r) => (
          <Space size={4}>
            {staffKeys.map((k) => (
              <InputNumber
                key={k}
                size="small"
                min={0}
                max={k === 'volunteers' ? 500 : 200}
                precision={0}
                style={{ width: 78 }}
                prefix={<span className="muted">{t(siteStaffKey[k])}</span>}
                value={r.site.staff[k]}
                onChange={(v) => {
                  if (typeof v === 'number') void save(r.site, { staff: { ...r.site.staff, [k]: v } });
                }}
                aria-label={t('a11y.rowField', { row: r.site.name, field: t(siteStaffKey[k]) })}
                data-testid={`staff-${k}`}
              />
            ))}
          </Space>
        ),
      },
      {
        title: t('site.col.queue'),
        key: 'queue',
        width: 210,
        render: (_, r) => {
          const q = r.site.queueLength;
          const step = (d: number) => void save(r.site, { queueLength: clampQueue(q + d) });
          return (
            <Space.Compact size="small">
              <Button onClick={() => step(-10)} data-testid="queue-minus10">
                −10
              </Button>
              <Button onClick={() => step(-1)} data-testid="queue-minus">
                −
              </Button>
              <InputNumber
                min={0}
                max={MAX_QUEUE}
                precision={0}
                style={{ width: 70 }}
                value={q}
                onChange={(v) => {
                  if (typeof v === 'number') void save(r.site, { queueLength: clampQueue(v) });
                }}
                aria-label={t('a11y.rowField', { row: r.site.name, field: t('site.col.queue') })}
                data-testid="queue-input"
              />
              <Button onClick={() => step(1)} data-testid="queue-plus">
                +
              </Button>
              <Button onClick={() => step(10)} data-testid="queue-plus10">
                +10
              </Button>
            </Space.Compact>
          );
        },
      },
    ];
  }, [t, db, session, message]);

  return (
    <>
      {error ? (
        <p className="warn" role="alert" data-testid="site-error">
          {error}
        </p>
      ) : null}
      <Table<SiteRow>
        size="small"
        rowKey={(r) => r.site.id}
        columns={columns}
        dataSource={[...rows]}
        pagination={false}
        scroll={{ y: height }}
        onRow={(r) => ({ 'data-site-id': r.site.id }) as React.HTMLAttributes<HTMLElement>}
        rowClassName="site-row"
      />
    </>
  );
}
