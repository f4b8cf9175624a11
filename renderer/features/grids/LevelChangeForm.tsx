/**
 * 调整管控等级 — the chief's form for a grid's control level: level, effective time (default
 * now) and a required reason. Shows the grid's recent history; refused input (no reason, a
 * time too far ahead or before the current decision, an unchanged level) is explained and
 * nothing is saved.
 */
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { controlLevels, type ControlLevel, type Grid } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { officerLabel, useOfficerNames } from '#renderer/db/officerNames';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatDateTime } from '#renderer/i18n/translate';
import { writeErrorMessage } from '#renderer/shared/roleMessage';
import { changeControlLevel, LevelChangeRefused } from './gridMutations';
import { useLevelHistory } from './useGridEditing';
import { levelKey } from '#renderer/i18n/domainWords';
import { levelChangeProblemKey } from '#renderer/i18n/keyTables';

interface Values {
  level: ControlLevel;
  from: Dayjs;
  reason: string;
}

export function LevelChangeForm(props: { grid: Grid; onClose: () => void }) {
  const { t, language } = useI18n();
  const db = useDb();
  const session = useSession();
  const history = useLevelHistory(props.grid.id);
  const deciders = useOfficerNames(
    db,
    (history ?? []).slice(0, 5).map((h) => h.decidedBy),
  );
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (): Promise<void> => {
    setError(null);
    const values = form.getFieldsValue();
    setSaving(true);
    try {
      await changeControlLevel(db, session, {
        gridId: props.grid.id,
        level: values.level,
        from: (values.from ?? dayjs()).valueOf(),
        reason: values.reason ?? '',
      });
      props.onClose();
    } catch (e) {
      setError(
        e instanceof LevelChangeRefused ? t(levelChangeProblemKey[e.problem]) : writeErrorMessage(t, e),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('levelChange.title', { grid: `${props.grid.code} ${props.grid.name}` })}
      okText={t('levelChange.save')}
      cancelText={t('gridEdit.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={props.onClose}
      okButtonProps={{ 'data-testid': 'level-change-save' } as Record<string, string>}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="level-change-form"
        initialValues={{ level: history?.[0]?.to === null ? history[0].level : 'precaution', from: dayjs() }}
      >
        <Form.Item name="level" label={t('levelChange.level')}>
          <Select
            data-testid="level-change-level"
            options={controlLevels.map((l) => ({ value: l, label: t(levelKey[l]) }))}
          />
        </Form.Item>
        <Form.Item name="from" label={t('levelChange.from')}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            data-testid="level-change-from"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('levelChange.reason')} required>
          <Input.TextArea rows={3} maxLength={500} data-testid="level-change-reason" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon message={error} data-testid="level-change-error" /> : null}
      <ul className="level-history" data-testid="level-history">
        {(history ?? []).slice(0, 5).map((h) => (
          <li key={h.id}>
            {t(levelKey[h.level])} · {formatDateTime(h.from, language)} →{' '}
            {h.to === null ? t('levelChange.inForce') : formatDateTime(h.to, language)} ·{' '}
            {officerLabel(h.decidedBy, deciders, t)} · {h.reason}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
