/**
 * Shows one audited value in the user's words: enum values through their messages, ids of
 * grids, officers, checkpoints… by name, instants as zh-CN date and time in Asia/Shanghai,
 * yes/no, positions, and short summaries of nested lists (timeline, staff, assignments).
 * Pure: the names come in a lookup loaded by useAuditNames. Long texts are cut so the diff
 * column stays readable; unknown values fall back to their stored form, never to nothing.
 */
import { formatNumber, type Language, type Translate } from '#renderer/i18n/translate';
import { keyIn, type KeyTable } from '#renderer/i18n/domainWords';
import { auditTimelineKindKey, staffKindKey, volunteerRoleKey } from '#renderer/i18n/keyTables';
import { fieldKey, nullKey, valueKind, type NamedTable, type ValueKind } from './auditVocabulary';

/** Display names of records by table and id; `officers` also answers for `who`. */
export type AuditNames = ReadonlyMap<string, string>;

export const nameKey = (table: NamedTable, id: string): string => `${table}:${id}`;

export interface ValueContext {
  t: Translate;
  language: Language;
  names: AuditNames;
}

/** An instant (epoch ms) as the station reads it: 2026/11/20 10:05:00 (Asia/Shanghai). */
import { formatInstant } from '#renderer/i18n/format';

export { formatInstant };

const MAX = 60;
const cut = (text: string): string => (text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text);

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** The words for an enum value through its key table, or the stored value when there are none. */
function enumText(table: KeyTable, value: unknown, ctx: ValueContext): string {
  const key = keyIn(table, String(value));
  return key ? ctx.t(key) : String(value);
}

export function personName(who: string, ctx: ValueContext): string {
  if (who === 'system') return ctx.t('audit.who.system');
  return ctx.names.get(nameKey('officers', who)) ?? who;
}

function refName(table: NamedTable, id: unknown, ctx: ValueContext): string {
  if (typeof id !== 'string') return String(id);
  return ctx.names.get(nameKey(table, id)) ?? ctx.t('audit.value.unknownRecord', { id: id.slice(0, 8) });
}

function listText(items: readonly string[], ctx: ValueContext): string {
  if (items.length === 0) return ctx.t('audit.value.emptyList');
  return items.join(ctx.language === 'zh-CN' ? '、' : ', ');
}

function timelineEntryText(entry: unknown, ctx: ValueContext): string {
  const e = asRecord(entry);
  if (!e) return String(entry);
  return ctx.t('audit.value.timelineEntry', {
    kind: enumText(auditTimelineKindKey, e.kind, ctx),
    text: typeof e.text === 'string' ? e.text : '',
  });
}

function timelineText(value: unknown, ctx: ValueContext): string {
  if (!Array.isArray(value)) return String(value);
  if (value.length === 0) return ctx.t('audit.value.emptyList');
  return ctx.t('audit.value.timeline', {
    n: value.length,
    latest: timelineEntryText(value[value.length - 1], ctx),
  });
}

/** The entries a change appended to a timeline, in words; null when it did more than append. */
export function timelineAdded(before: unknown, after: unknown, ctx: ValueContext): string | null {
  if (!Array.isArray(before) || !Array.isArray(after) || after.length <= before.length) return null;
  if (before.some((e, i) => JSON.stringify(e) !== JSON.stringify(after[i]))) return null;
  return cut(
    ctx.t('audit.value.added', {
      items: listText(
        after.slice(before.length).map((e) => timelineEntryText(e, ctx)),
        ctx,
      ),
    }),
  );
}

function shiftStaffText(value: unknown, ctx: ValueContext): string {
  if (!Array.isArray(value)) return String(value);
  return listText(
    value.map((m) => {
      const member = asRecord(m);
      if (!member) return String(m);
      return `${enumText(staffKindKey, member.kind, ctx)} ${typeof member.name === 'string' ? member.name : ''}`;
    }),
    ctx,
  );
}

function siteStaffText(value: unknown, ctx: ValueContext): string {
  const staff = asRecord(value);
  if (!staff) return String(value);
  const parts: string[] = [];
  if (typeof staff.police === 'number') parts.push(`${ctx.t('site.staff.police')} ${staff.police}`);
  if (typeof staff.medical === 'number') parts.push(`${ctx.t('site.staff.medical')} ${staff.medical}`);
  if (typeof staff.volunteers === 'number')
    parts.push(`${ctx.t('site.staff.volunteers')} ${staff.volunteers}`);
  return parts.join(' · ');
}

function assignmentsText(value: unknown, ctx: ValueContext): string {
  if (!Array.isArray(value)) return String(value);
  return listText(
    value.map((a) => {
      const post = asRecord(a);
      if (!post) return String(a);
      const where =
        typeof post.checkpointId === 'string'
          ? refName('checkpoints', post.checkpointId, ctx)
          : refName('testingSites', post.siteId, ctx);
      return ctx.t('audit.value.assignment', {
        role: enumText(volunteerRoleKey, post.role, ctx),
        where,
        n: typeof post.members === 'number' ? post.members : 0,
      });
    }),
    ctx,
  );
}

function byKind(entity: string, kind: ValueKind, value: unknown, ctx: ValueContext): string {
  switch (kind.kind) {
    case 'bool':
      return typeof value === 'boolean' ? ctx.t(value ? 'audit.value.yes' : 'audit.value.no') : String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, ctx.language) : String(value);
    case 'time':
      return typeof value === 'number' ? formatInstant(value, ctx.language) : String(value);
    case 'day':
      return typeof value === 'string' ? value.replaceAll('-', '/') : String(value);
    case 'point': {
      const [lng, lat] = Array.isArray(value) ? (value as unknown[]) : [];
      return typeof lng === 'number' && typeof lat === 'number'
        ? ctx.t('audit.value.point', { lng: lng.toFixed(5), lat: lat.toFixed(5) })
        : String(value);
    }
    case 'geometry':
      return ctx.t('audit.value.geometry');
    case 'bytes':
      return typeof value === 'number'
        ? ctx.t('audit.value.kb', { n: Math.ceil(value / 1024) })
        : String(value);
    case 'upper':
      return String(value).toUpperCase();
    case 'enum':
      return enumText(kind.table, value, ctx);
    case 'enumList':
      return Array.isArray(value)
        ? listText(
            value.map((v) => enumText(kind.table, v, ctx)),
            ctx,
          )
        : String(value);
    case 'ref':
      return refName(kind.table, value, ctx);
    case 'refList':
      return Array.isArray(value)
        ? listText(
            value.map((v) => refName(kind.table, v, ctx)),
            ctx,
          )
        : String(value);
    case 'person':
      return typeof value === 'string' ? personName(value, ctx) : String(value);
    case 'timeline':
      return timelineText(value, ctx);
    case 'shiftStaff':
      return shiftStaffText(value, ctx);
    case 'siteStaff':
      return siteStaffText(value, ctx);
    case 'assignments':
      return assignmentsText(value, ctx);
    case 'fieldName':
      return typeof value === 'string' ? fieldLabel(entity, value, ctx) : String(value);
    case 'text':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A field's label in the user's language (its stored name when the app has none). */
export function fieldLabel(entity: string, field: string, ctx: Pick<ValueContext, 't'>): string {
  const key = fieldKey(entity, field);
  return key ? ctx.t(key) : field;
}

/**
 * One value of `entity.field` for display. `kindOf` overrides the field's kind (a resolved
 * conflict's values take the kind of the field the conflict was about).
 */
export function showValue(
  entity: string,
  field: string,
  value: unknown,
  ctx: ValueContext,
  kindOf: ValueKind = valueKind(entity, field),
): string {
  if (value === undefined) return '—';
  if (value === null) {
    const key = nullKey(entity, field);
    return key ? ctx.t(key) : ctx.t('audit.value.none');
  }
  return cut(byKind(entity, kindOf, value, ctx));
}
