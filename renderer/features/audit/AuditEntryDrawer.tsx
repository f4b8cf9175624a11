/**
 * One audit entry in full: who, when, where and what; every changed field before → after; and
 * the record as it was left (or as it was before a delete), each field in the user's words.
 */
import { Descriptions, Drawer, Table } from 'antd';
import type { AuditEntry } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { changedFields, recordFields } from './auditDiff';
import { changeText } from './AuditDiffList';
import { entityLabel, recordLabel } from './auditRecord';
import { fieldLabel, formatInstant, personName, showValue, type ValueContext } from './auditValue';
import { actionLabel } from './auditActions';

export function AuditEntryDrawer({
  entry,
  ctx,
  onClose,
}: {
  entry: AuditEntry | null;
  ctx: ValueContext;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const removed = entry?.action === 'delete';
  const fields = entry ? recordFields(removed ? entry.before : entry.after, entry.entity) : [];
  const changes = entry ? changedFields(entry.before, entry.after, entry.entity) : [];
  return (
    <Drawer
      open={entry !== null}
      width={560}
      title={
        entry
          ? t('audit.drawer.title', {
              entity: entityLabel(entry.entity, ctx),
              record: recordLabel(entry, ctx),
            })
          : ''
      }
      onClose={onClose}
      data-testid="audit-drawer"
    >
      {entry ? (
        <div className="audit-entry" data-testid="audit-record">
          <p className="muted" data-testid="audit-meta">
            {t('audit.drawer.meta', {
              time: formatInstant(entry.at, ctx.language),
              who: personName(entry.who, ctx),
              workstation: entry.workstation,
              action: actionLabel(entry.action, ctx),
            })}
          </p>
          <h4>{t('audit.drawer.changes')}</h4>
          <Table
            size="small"
            pagination={false}
            rowKey="field"
            dataSource={changes.map((c) => ({ field: c.field, ...changeText(entry, c, ctx) }))}
            locale={{ emptyText: t('audit.drawer.noChanges') }}
            columns={[
              { title: t('audit.drawer.field'), dataIndex: 'label', width: 130 },
              { title: t('audit.drawer.before'), dataIndex: 'before' },
              { title: t('audit.drawer.afterValue'), dataIndex: 'after' },
            ]}
            data-testid="audit-changes"
          />
          {fields.length > 0 ? (
            <>
              <h4>{t(removed ? 'audit.drawer.removed' : 'audit.drawer.after')}</h4>
              <Descriptions
                size="small"
                bordered
                column={1}
                items={fields.map((f) => ({
                  key: f.field,
                  label: fieldLabel(entry.entity, f.field, ctx),
                  children: showValue(entry.entity, f.field, f.value, ctx),
                }))}
              />
            </>
          ) : null}
        </div>
      ) : null}
    </Drawer>
  );
}
