/**
 * 交接班记录 (route `#/handovers`): the handovers of a station day, newest first (by
 * `handedAt`), with a date picker. Every officer reads them — the chief sees every handover of
 * the day, a duty officer the same list, read-only. Opening one shows the sheet; a sheet waiting
 * for its incoming signature offers 签字接班 to any officer but the one who handed it over; a
 * signed sheet offers nothing but reading and printing (打印 / PDF, one A4 page).
 */
import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Drawer, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type HTMLAttributes } from 'react';
import { activateRow } from '#renderer/shared/activateRow';
import { dayOf } from '#common/domain/time';
import { handoverCounts } from '#common/domain/handoverDraft';
import type { Handover } from '#common/schemas/pass';
import { handoverStatusKey } from '#renderer/i18n/domainWords';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { useSession } from '#renderer/shared/session';
import { HandoverSheet, officerLabel } from './HandoverSheet';
import { printHandover } from './handoverPrintRoute';
import { SignHandoverDialog } from './SignHandoverDialog';
import { useHandover, useHandoversOfDay, useOfficerNames } from './useHandovers';
import './handover.css';

export function HandoverListScreen() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  // desktop: a PDF file through main; browser: the print dialog (handoverPrintRoute.ts)
  const savePdf = async (sheet: Handover): Promise<void> => {
    const outcome = await printHandover(sheet.id, dayOf(sheet.handedAt)).catch((error: unknown) => ({
      status: 'failed' as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    if (outcome === 'print-dialog' || outcome.status === 'cancelled') return;
    if (outcome.status === 'saved') message.success(t('handover.pdf.saved', { path: outcome.filePath }));
    else message.error(t('handover.pdf.failed', { reason: outcome.message }));
  };
  const session = useSession();
  const officer = useOfficerSession();
  const [today] = useState(() => dayOf(Date.now()));
  const [day, setDay] = useState(today);
  const rows = useHandoversOfDay(day);
  const names = useOfficerNames();
  const [openId, setOpenId] = useState<string | null>(null);
  const [signId, setSignId] = useState<string | null>(null);
  const open = useHandover(openId);

  return (
    <div className="handover-screen" data-testid="handover-list">
      <Space className="handover-toolbar" wrap>
        <span>{t('handover.list.date')}</span>
        <span data-testid="handover-date">
          <DatePicker
            allowClear={false}
            value={dayjs(day)}
            format="YYYY-MM-DD"
            disabledDate={(d: Dayjs) => d.format('YYYY-MM-DD') > today}
            onChange={(d: Dayjs | null) => d && setDay(d.format('YYYY-MM-DD'))}
          />
        </span>
        <span className="muted">
          {t(session.role === 'station-chief' ? 'handover.list.hint.chief' : 'handover.list.hint.duty')}
        </span>
      </Space>
      <Table<Handover>
        rowKey="id"
        size="small"
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: t('handover.list.empty') }}
        onRow={(h) =>
          ({
            ...activateRow(() => setOpenId(h.id)),
            'data-testid': 'handover-row',
            'data-id': h.id,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('handover.list.time'),
            key: 'handedAt',
            render: (_, h) => formatDateTime(h.handedAt, language),
          },
          {
            title: t('handover.outgoing'),
            key: 'outgoing',
            render: (_, h) => officerLabel(names, h.outgoingOfficerId),
          },
          {
            title: t('handover.incoming'),
            key: 'incoming',
            render: (_, h) => (h.incomingOfficerId ? officerLabel(names, h.incomingOfficerId) : '—'),
          },
          {
            title: t('handover.list.status'),
            key: 'status',
            render: (_, h) => (
              <Tag color={h.status === 'signed' ? 'green' : 'gold'}>{t(handoverStatusKey[h.status])}</Tag>
            ),
          },
          {
            title: t('handover.list.items'),
            key: 'items',
            render: (_, h) => t('handover.counts', handoverCounts(h.sections)),
          },
          {
            title: '',
            key: 'open',
            render: (_, h) => (
              <Button size="small" onClick={() => setOpenId(h.id)}>
                {t('handover.open')}
              </Button>
            ),
          },
        ]}
      />
      <Drawer
        open={openId !== null}
        onClose={() => setOpenId(null)}
        width={760}
        title={t('handover.nav')}
        destroyOnHidden
        extra={
          open ? (
            <Space>
              {open.status === 'awaiting-incoming' &&
              officer &&
              open.outgoingOfficerId !== officer.officerId ? (
                <Button type="primary" onClick={() => setSignId(open.id)} data-testid="handover-sign-open">
                  {t('handover.sign.open')}
                </Button>
              ) : null}
              <Button
                icon={<PrinterOutlined />}
                onClick={() => void savePdf(open)}
                data-testid="handover-print-button"
              >
                {t('handover.print')}
              </Button>
            </Space>
          ) : null
        }
      >
        {open ? (
          <div data-testid="handover-detail" data-id={open.id}>
            <HandoverSheet sheet={open} names={names} />
            {open.status === 'signed' ? (
              <p className="muted" data-testid="handover-readonly">
                {t('handover.readOnly')}
              </p>
            ) : null}
          </div>
        ) : null}
      </Drawer>
      {signId ? <SignHandoverDialog sheetId={signId} onClose={() => setSignId(null)} /> : null}
    </div>
  );
}
