/**
 * 分配责任民警 — the chief assigns or reassigns a grid's officer. Before saving, the form warns
 * of what the choice does to one-grid-one-officer: the grid left without an officer, or the
 * officer over the station's load limit. A warning does not block the save; it is a decision.
 */
import { Alert, Modal, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { Grid } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { writeErrorMessage } from '#renderer/shared/roleMessage';
import { assignmentWarnings } from './assignmentWarnings';
import { assignOfficer } from './gridMutations';
import { useStaffingFacts } from './useGridEditing';

const NONE = '__none__';

export function AssignOfficerForm(props: { grid: Grid; onClose: () => void }) {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const facts = useStaffingFacts();
  const [choice, setChoice] = useState<string>(props.grid.officerId ?? NONE);
  const [error, setError] = useState<string | null>(null);
  const officerId = choice === NONE ? null : choice;

  const loads = useMemo(() => {
    const counts = new Map<string, number>();
    for (const g of facts?.grids ?? [])
      if (g.officerId) counts.set(g.officerId, (counts.get(g.officerId) ?? 0) + 1);
    return counts;
  }, [facts]);
  const warnings = facts
    ? assignmentWarnings(facts.grids, facts.officers, facts.gridLoadLimit, props.grid.id, officerId)
    : null;
  const officerName = facts?.officers.find((o) => o.id === warnings?.overload?.officerId)?.name ?? '';

  const save = async (): Promise<void> => {
    setError(null);
    try {
      await assignOfficer(db, session, props.grid.id, officerId);
      props.onClose();
    } catch (e) {
      setError(writeErrorMessage(t, e));
    }
  };

  return (
    <Modal
      open
      title={t('assign.title', { grid: `${props.grid.code} ${props.grid.name}` })}
      okText={t('assign.save')}
      cancelText={t('gridEdit.cancel')}
      onOk={() => void save()}
      onCancel={props.onClose}
      okButtonProps={{ 'data-testid': 'assign-save' } as Record<string, string>}
      destroyOnHidden
    >
      <Space direction="vertical" style={{ width: '100%' }} className="assign-form">
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          data-testid="assign-officer"
          value={choice}
          onChange={setChoice}
          options={[
            { value: NONE, label: t('assign.none') },
            ...(facts?.officers ?? []).map((o) => ({
              value: o.id,
              label: t('assign.option', { name: o.name, badge: o.badgeNo, n: loads.get(o.id) ?? 0 }),
            })),
          ]}
        />
        {warnings?.leavesGridWithoutOfficer ? (
          <Alert type="warning" showIcon data-testid="assign-warning-gap" message={t('assign.warn.gap')} />
        ) : null}
        {warnings?.overload ? (
          <Alert
            type="warning"
            showIcon
            data-testid="assign-warning-load"
            message={t('assign.warn.load', {
              name: officerName,
              n: warnings.overload.gridCount,
              limit: warnings.overload.limit,
            })}
          />
        ) : null}
        {error ? <Alert type="error" showIcon message={error} data-testid="assign-error" /> : null}
      </Space>
    </Modal>
  );
}
