/**
 * The changed fields of one audit entry in the user's words: `状态：已指派 → 处置中`. A new
 * record lists its values without arrows; a timeline that grew lists what was added; a resolved
 * conflict shows its values in the kind of the field it was about. `limit` keeps the table's
 * cell short and says how many are left.
 */
import type { AuditEntry } from '#common/schemas';
import { useI18n } from '#renderer/i18n/I18nContext';
import { changedFields, type FieldChange } from './auditDiff';
import { fieldLabel, showValue, timelineAdded, type ValueContext } from './auditValue';
import { valueKind } from './auditVocabulary';

/** How to show one change's values: a conflict's values take the kind of its field. */
export function changeText(
  entry: AuditEntry,
  change: FieldChange,
  ctx: ValueContext,
): { label: string; before: string; after: string; appended: boolean } {
  const conflictField =
    entry.action === 'resolve-conflict' &&
    ['serverValue', 'clientValue', 'value'].includes(change.field) &&
    entry.before !== null &&
    typeof entry.before === 'object' &&
    'field' in entry.before &&
    typeof entry.before.field === 'string'
      ? entry.before.field
      : null;
  const kind = conflictField ? valueKind(entry.entity, conflictField) : undefined;
  const before = showValue(entry.entity, change.field, change.before, ctx, kind);
  // a timeline that only grew says what was added, not two summaries
  const added =
    valueKind(entry.entity, change.field).kind === 'timeline'
      ? timelineAdded(change.before, change.after, ctx)
      : null;
  return {
    label: fieldLabel(entry.entity, change.field, ctx),
    before,
    after: added ?? showValue(entry.entity, change.field, change.after, ctx, kind),
    appended: added !== null,
  };
}

export function AuditDiffList({
  entry,
  ctx,
  limit,
}: {
  entry: AuditEntry;
  ctx: ValueContext;
  limit?: number;
}) {
  const { t } = useI18n();
  const created = entry.action === 'create' || entry.before === null;
  // a new record's `deleted: false` says nothing
  const changes = changedFields(entry.before, entry.after, entry.entity).filter(
    (c) => !(created && c.field === 'deleted' && c.after === false),
  );
  const shown = limit === undefined ? changes : changes.slice(0, limit);
  const colon = ctx.language === 'zh-CN' ? '：' : ': ';
  return (
    <ul className="audit-diff">
      {shown.map((c) => {
        const text = changeText(entry, c, ctx);
        return (
          <li key={c.field} data-field={c.field}>
            <b>{text.label}</b>
            {colon}
            {created || text.appended ? text.after : `${text.before} → ${text.after}`}
          </li>
        );
      })}
      {changes.length > shown.length ? (
        <li className="muted">{t('audit.diff.more', { n: changes.length - shown.length })}</li>
      ) : null}
    </ul>
  );
}
