/**
 * One checkpoint's duty: its settings (mode, post type, 24-hour flag), the next 24 hours as a
 * timeline with uncovered hours shaded, the shift list with edit and delete, and the shift form.
 */
import { App, Button, Drawer, Form, Popconfirm, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { checkpointModes, postTypes, type DutyShift } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { deleteShift, editCheckpoint } from './checkpointMutations';
import type { CheckpointRow } from './checkpointQueries';
import { RosterTimeline } from './RosterTimeline';
import { ShiftForm } from './ShiftForm';
import { useCheckpointShifts } from './useCheckpoints';
import { checkpointModeKey } from '#renderer/i18n/domainWords';
import { postTypeKey, staffKindKey } from '#renderer/i18n/keyTables';

export interface FormRequest {
  shift: DutyShift | null;
  initial: { start: number; end: number } | null;
  /** Changes on every request so the form starts afresh. */
  key: number;
}

interface Props {
  row: CheckpointRow | null;
  from: number;
  to: number;
  form: FormRequest | null;
  onForm(form: FormRequest | null): void;
  onClose(): void;
}

export function RosterDrawer({ row, from, to, form, onForm, onClose }: Props) {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const { message } = App.useApp();
  const shifts = useCheckpointShifts(row?.checkpoint.id ?? null, from, to) ?? [];
  const [counter, setCounter] = useState(1);
  const request = (shift: DutyShift | null) => {
    setCounter((n) => n + 1);
    onForm({ shift, initial: null, key: counter });
  };
  const edit = async (patch: Parameters<typeof editCheckpoint>[3]) => {
    if (!row) return;
    await editCheckpoint(db, session, row.checkpoint.id, patch);
    void message.success(t('cp.saved'));
  };
  const cp = row?.checkpoint;

  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      size={720}
      title={cp ? t('cp.roster.title', { name: cp.name }) : ''}
      destroyOnHidden
    >
      {cp && row ? (
        <div data-testid="roster-drawer" data-checkpoint-id={cp.id}>
          <h4>{t('cp.roster.settings')}</h4>
          <Form layout="inline" size="small">
            <Form.Item label={t('cp.col.mode')}>
              <Select
                style={{ width: 120 }}
                value={cp.mode}
                options={checkpointModes.map((m) => ({ value: m, label: t(checkpointModeKey[m]) }))}
                onChange={(mode) => void edit({ mode })}
                data-testid="cp-mode"
              />
            </Form.Item>
            <Form.Item label={t('cp.col.postType')}>
              <Select
                style={{ width: 130 }}
                value={cp.postType}
                options={postTypes.map((p) => ({ value: p, label: t(postTypeKey[p]) }))}
                onChange={(postType) => void edit({ postType })}
                data-testid="cp-post-type"
              />
            </Form.Item>
            <Form.Item label={t('cp.col.24h')}>
              <Switch
                checked={cp.staffed24h}
                onChange={(staffed24h) => void edit({ staffed24h })}
                data-testid="cp-24h"
              />
            </Form.Item>
          </Form>

          <h4 style={{ marginTop: 16 }}>
            {t('cp.col.next24')}{' '}
            {row.roster.gapHours.length > 0 ? (
              <Tag color="red" data-testid="drawer-gap-flag">
                {t('cp.gapHours', { n: row.roster.gapHours.length })}
              </Tag>
            ) : null}
          </h4>
          <RosterTimeline
            from={from}
            to={to}
            shifts={shifts}
            gapHours={row.roster.gapHours}
            onSelect={request}
          />

          <div data-testid="shift-list">
            {shifts.length === 0 ? <p className="muted">{t('cp.roster.empty')}</p> : null}
            {shifts.map((s) => (
              <div
                key={s.id}
                data-testid="shift-row"
                style={{
                  display: 'flex',
                  gap: 8,
                  alignItems: 'center',
                  padding: '3px 0',
                  borderBottom: '1px solid rgba(255,255,255,0.06)',
                }}
              >
                <span style={{ width: 210 }}>
                  {formatDateTime(s.start, language)} – {formatDateTime(s.end, language)}
                </span>
                <span style={{ flex: 1 }}>
                  {s.staff.map((m) => `${t(staffKindKey[m.kind])} ${m.name}`).join('、')}
                </span>
                <Space size={4}>
                  <Button size="small" onClick={() => request(s)}>
                    {t('cp.roster.edit')}
                  </Button>
                  <Popconfirm
                    title={t('cp.roster.deleteConfirm')}
                    onConfirm={() =>
                      void deleteShift(db, session, s.id).then(() => message.success(t('cp.shift.deleted')))
                    }
                  >
                    <Button size="small" danger data-testid="shift-delete">
                      {t('cp.roster.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              </div>
            ))}
          </div>
          {form ? (
            <ShiftForm
              key={form.key}
              checkpointId={cp.id}
              shift={form.shift}
              initial={form.initial}
              windowFrom={from}
              onDone={() => onForm(null)}
            />
          ) : (
            <Button
              type="primary"
              style={{ marginTop: 12 }}
              onClick={() => request(null)}
              data-testid="shift-add"
            >
              {t('cp.roster.add')}
            </Button>
          )}
        </div>
      ) : null}
    </Drawer>
  );
}
