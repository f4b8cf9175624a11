/**
 * Add or edit one shift of a checkpoint: start and end (half-hour slots in station time),
 * officers, guards and volunteers. On save every rule is checked (shiftRules.ts); a broken one
 * is shown next to its field and nothing is written.
 */
import { App, Button, Form, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { DutyShift } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { saveShift, ShiftRuleError } from './checkpointMutations';
import { emptyValues, staffOf, timeSlots, valuesOf, type ShiftFormValues } from './shiftDraft';
import type { ShiftErrors } from './shiftRules';
import { useRosterNames } from './useCheckpoints';
import { cpErrorKey } from '#renderer/i18n/keyTables';

interface Props {
  checkpointId: string;
  /** The shift being edited, or null for a new one. */
  shift: DutyShift | null;
  /** Prefill of a new shift (e.g. a gap being filled). */
  initial: { start: number; end: number } | null;
  windowFrom: number;
  onDone(): void;
}

export function ShiftForm({ checkpointId, shift, initial, windowFrom, onDone }: Props) {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const names = useRosterNames();
  const { message } = App.useApp();
  const [values, setValues] = useState<ShiftFormValues>(() =>
    shift ? valuesOf(shift) : emptyValues(initial?.start ?? null, initial?.end ?? null),
  );
  const [errors, setErrors] = useState<ShiftErrors>({});
  const set = (patch: Partial<ShiftFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const slotOptions = useMemo(
    () =>
      timeSlots(windowFrom, [values.start, values.end]).map((ms) => ({
        value: ms,
        label: formatDateTime(ms, language),
      })),
    [windowFrom, values.start, values.end, language],
  );
  const officerOptions = (names?.officers ?? []).map((o) => ({
    value: o.id,
    label: `${o.name}（${t(o.role === 'auxiliary' ? 'staffKind.auxiliary' : 'staffKind.police')} ${o.badgeNo}）`,
  }));
  const teamOptions = (names?.teams ?? []).map((team) => ({ value: team.id, label: team.name }));

  const staffMessage = (e: ShiftErrors): string | undefined => {
    if (e.staff === 'no-staff') return t('cp.error.no-staff');
    if (e.staff === 'overlap')
      return e.overlapping && e.overlapping.length > 0
        ? t('cp.error.overlap', { names: e.overlapping.join('、') })
        : t('cp.error.duplicate');
    return undefined;
  };
  const fieldProps = (msg: string | undefined, testId: string) =>
    msg
      ? { validateStatus: 'error' as const, help: <span data-testid={testId}>{msg}</span> }
      : { validateStatus: '' as const, help: undefined };

  const save = async () => {
    if (values.start === null || values.end === null) {
      setErrors({ end: 'end-before-start' });
      return;
    }
    const draft = { start: values.start, end: values.end, staff: staffOf(values, names?.officers ?? []) };
    try {
      await saveShift(db, session, checkpointId, shift?.id ?? null, draft);
      setErrors({});
      void message.success(t('cp.shift.saved'));
      onDone();
    } catch (e) {
      if (e instanceof ShiftRuleError) setErrors(e.errors);
      else throw e;
    }
  };

  return (
    <Form layout="vertical" size="small" data-testid="shift-form" style={{ marginTop: 8 }}>
      <h4>{shift ? t('cp.shift.editing') : t('cp.shift.new')}</h4>
      <Space.Compact block>
        <Form.Item
          label={t('cp.shift.start')}
          style={{ flex: 1 }}
          {...fieldProps(errors.start ? t(cpErrorKey[errors.start]) : undefined, 'shift-start-error')}
        >
          <Select
            showSearch
            optionFilterProp="label"
            value={values.start ?? undefined}
            options={slotOptions}
            onChange={(start: number) => set({ start })}
            data-testid="shift-start"
          />
        </Form.Item>
        <Form.Item
          label={t('cp.shift.end')}
          style={{ flex: 1 }}
          {...fieldProps(errors.end ? t(cpErrorKey[errors.end]) : undefined, 'shift-end-error')}
        >
          <Select
            showSearch
            optionFilterProp="label"
            value={values.end ?? undefined}
            options={slotOptions}
            onChange={(end: number) => set({ end })}
            data-testid="shift-end"
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item label={t('cp.shift.officers')} {...fieldProps(staffMessage(errors), 'shift-staff-error')}>
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          value={values.officerIds}
          options={officerOptions}
          onChange={(officerIds: string[]) => set({ officerIds })}
          data-testid="shift-officers"
        />
      </Form.Item>
      <Form.Item label={t('cp.shift.guards')}>
        <Select
          mode="tags"
          value={values.guards}
          onChange={(guards: string[]) => set({ guards })}
          data-testid="shift-guards"
        />
      </Form.Item>
      <Space.Compact block>
        <Form.Item label={t('cp.shift.team')} style={{ width: 200 }}>
          <Select
            allowClear
            value={values.teamId ?? undefined}
            options={teamOptions}
            onChange={(teamId?: string) => set({ teamId: teamId ?? null })}
            data-testid="shift-team"
          />
        </Form.Item>
        <Form.Item label={t('cp.shift.volunteers')} style={{ flex: 1 }}>
          <Select
            mode="tags"
            value={values.volunteers}
            onChange={(volunteers: string[]) => set({ volunteers })}
            data-testid="shift-volunteers"
          />
        </Form.Item>
      </Space.Compact>
      <Space>
        <Button type="primary" onClick={() => void save()} data-testid="shift-save">
          {t('cp.shift.save')}
        </Button>
        <Button onClick={onDone}>{t('cp.shift.cancel')}</Button>
      </Space>
    </Form>
  );
}
