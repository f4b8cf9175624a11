/**
 * Field-level merge of one mutation into the record as the server holds it (pure).
 *
 * - No record: a create (baseVersion 0) makes version 1; anything else is rejected.
 * - baseVersion = current version: every patched field applies (`applied`).
 * - Older base: a field changed on the server after baseVersion (fieldVersions[f] > base) by
 *   another client (fieldClients[f] ≠ clientId), whose value differs from the client's, is a
 *   conflict — the server value stays and a conflict is opened; every other field applies
 *   (`merged`, or `conflict` when any field clashed). A client's own earlier change is no clash.
 * - Append-only fields (an incident's timeline) never clash and are never overwritten: whatever
 *   the base (same, older, or the client's own earlier change), the new value is the union of
 *   the server's entries and the patch's. A patch that differs from the server's value is
 *   written even when the union equals the server's value, so the version moves and the client,
 *   whose optimistic copy lacked some entries, pulls the whole list.
 * - The merged row must pass the entity schema, or the mutation is `rejected` whole.
 * A change bumps the version, stamps updatedAt/updatedBy and the fieldVersions of the fields it
 * changed; a mutation that changes no value leaves the record as it is.
 */
import type { Mutation } from '#common/sync/mutation';
import { createdRow } from './validateBatch';
import { changedRowIssue, describeIssue, rowSchema } from './entityFields';
import { jsonEqual } from './jsonEqual';
import { isAppendOnly, mergeAppendOnly } from './appendOnlyFields';
import type { StoredRecord } from './storedRecord';

export interface FieldConflict {
  field: string;
  serverValue: unknown;
  clientValue: unknown;
}

export type MergeOutcome =
  | {
      status: 'applied' | 'merged' | 'conflict';
      /** The record after the change, or null when nothing changed. */
      next: StoredRecord | null;
      version: number;
      conflicts: FieldConflict[];
    }
  | { status: 'rejected'; version: number; reason: string };

export interface MergeContext {
  stationId: string;
  now: number;
  /**
   * The patch's values already passed their field schemas (sync/validateBatch, which a push
   * runs first): a field set to its patch value is not checked again. Append-only unions and
   * the stamped fields still are, and so is the whole row of an entity with refinements.
   */
  patchChecked?: boolean;
}

function create(m: Mutation, ctx: MergeContext): MergeOutcome {
  if (m.baseVersion !== 0)
    return {
      status: 'rejected',
      version: 0,
      reason: `${m.entity} ${m.id} does not exist on the server (base version ${m.baseVersion})`,
    };
  const data = createdRow(m, ctx.stationId, ctx.now);
  const parsed = rowSchema(m.entity).safeParse(data);
  if (!parsed.success) return { status: 'rejected', version: 0, reason: describeIssue(parsed.error) };
  const next: StoredRecord = {
    entity: m.entity,
    id: m.id,
    stationId: ctx.stationId,
    version: 1,
    changeSeq: 0,
    data,
    fieldVersions: {},
    // The creator owns every field it set: its own later edits made against base 0 are no clash.
    fieldClients: Object.fromEntries(Object.keys(m.patch).map((f) => [f, m.clientId])),
    deleted: data.deleted === true,
  };
  return { status: 'applied', next, version: 1, conflicts: [] };
}

/** The fields every change sets besides its own. */
const STAMPED_FIELDS = ['version', 'updatedAt', 'updatedBy'] as const;

/** Applies `values` to `current` as version current.version + 1 (validated), or says why not. */
export function applyFields(
  current: StoredRecord,
  values: Readonly<Record<string, unknown>>,
  madeBy: string,
  now: number,
  clientId: string,
  /** Fields of `values` whose value already passed its field schema. */
  checked?: ReadonlySet<string>,
): { ok: true; next: StoredRecord } | { ok: false; reason: string } {
  const version = current.version + 1;
  const data: Record<string, unknown> = {
    ...current.data,
    ...values,
    version,
    updatedAt: now,
    updatedBy: madeBy,
  };
  // Built as data properties (never `obj[field] = …`), so no field name can reach a prototype setter.
  const fields = Object.keys(values);
  const toCheck = checked ? fields.filter((f) => !checked.has(f)) : fields;
  const issue = changedRowIssue(current.entity, data, [...toCheck, ...STAMPED_FIELDS]);
  if (issue !== null) return { ok: false, reason: issue };
  const fieldVersions = { ...current.fieldVersions, ...Object.fromEntries(fields.map((f) => [f, version])) };
  const fieldClients = { ...current.fieldClients, ...Object.fromEntries(fields.map((f) => [f, clientId])) };
  return {
    ok: true,
    next: { ...current, version, data, fieldVersions, fieldClients, deleted: data.deleted === true },
  };
}

export function mergeMutation(current: StoredRecord | null, m: Mutation, ctx: MergeContext): MergeOutcome {
  if (current === null) return create(m, ctx);
  const sameBase = m.baseVersion === current.version;
  const changed = new Map<string, unknown>();
  const checked = new Set<string>();
  const conflicts: FieldConflict[] = [];
  for (const [field, value] of Object.entries(m.patch)) {
    if (field === 'stationId') continue;
    const serverValue = Object.hasOwn(current.data, field) ? current.data[field] : undefined;
    if (jsonEqual(serverValue, value)) continue;
    if (isAppendOnly(m.entity, field)) {
      changed.set(field, mergeAppendOnly(serverValue, value));
      continue;
    }
    const fieldVersion = Object.hasOwn(current.fieldVersions, field)
      ? current.fieldVersions[field]
      : undefined;
    const fieldClient = Object.hasOwn(current.fieldClients, field) ? current.fieldClients[field] : undefined;
    const changedByOther = (fieldVersion ?? 1) > m.baseVersion && fieldClient !== m.clientId;
    if (!sameBase && changedByOther) conflicts.push({ field, serverValue, clientValue: value });
    else {
      changed.set(field, value);
      if (ctx.patchChecked) checked.add(field);
    }
  }
  const status = sameBase ? 'applied' : conflicts.length > 0 ? 'conflict' : 'merged';
  if (changed.size === 0) return { status, next: null, version: current.version, conflicts };
  const result = applyFields(current, Object.fromEntries(changed), m.madeBy, ctx.now, m.clientId, checked);
  if (!result.ok) return { status: 'rejected', version: current.version, reason: result.reason };
  return { status, next: result.next, version: result.next.version, conflicts };
}
