/**
 * Checks a whole push batch before anything is applied (pure; no database). A batch passes
 * only if every mutation does: it belongs to the pushing client, seqs run consecutively,
 * every patched key is an own field of the entity (never a prototype member such as
 * `constructor`) and not server-owned, every value passes its
 * field's schema, and every create (baseVersion 0 of a record the server does not hold yet)
 * makes a row that passes the entity schema.
 * A `stationId` naming the device's own station is tolerated (and ignored); naming another
 * station is a scope violation, reported apart from mere invalidity so it can be audited.
 */
import { serverOwnedFields, type Mutation } from '#common/sync/mutation';
import { entityServerFields } from '#common/schemas/entities';
import { describeIssue, fieldSchema, rowSchema } from './entityFields';

export type BatchVerdict =
  | { kind: 'ok' }
  | { kind: 'invalid'; index: number; message: string }
  | { kind: 'forbidden'; index: number; message: string };

export interface BatchContext {
  clientId: string;
  stationId: string;
  now: number;
  /**
   * Whether the server already holds the record. A base-0 mutation is a create (and must make a
   * whole valid row) only when the record is neither stored nor created earlier in the batch;
   * otherwise it is an edit made before the client heard its create was accepted.
   */
  exists(entity: string, id: string): boolean;
}

const serverOwned = new Set<string>(serverOwnedFields);

/** The row a create makes: the patch plus the server's fields. */
export function createdRow(m: Mutation, stationId: string, now: number): Record<string, unknown> {
  const { stationId: _ignored, ...fields } = m.patch;
  return { deleted: false, ...fields, id: m.id, stationId, version: 1, updatedAt: now, updatedBy: m.madeBy };
}

function checkMutation(
  m: Mutation,
  index: number,
  ctx: BatchContext,
  firstSeq: number,
  created: Set<string>,
): BatchVerdict {
  const invalid = (message: string): BatchVerdict => ({ kind: 'invalid', index, message });
  if (m.clientId !== ctx.clientId)
    return invalid(`mutation ${index} belongs to client ${m.clientId}, not ${ctx.clientId}`);
  if (m.seq !== firstSeq + index)
    return invalid(`seqs must be consecutive: expected ${firstSeq + index}, got ${m.seq}`);
  if (Object.hasOwn(m.patch, 'stationId') && m.patch.stationId !== ctx.stationId)
    return { kind: 'forbidden', index, message: `${m.entity} ${m.id} names another station` };
  if (m.entity === 'stations' && m.baseVersion === 0)
    return invalid('stations are created by the server, not by a push');
  for (const [key, value] of Object.entries(m.patch)) {
    if (key === 'stationId') continue;
    if (serverOwned.has(key) || entityServerFields[m.entity]?.has(key))
      return invalid(`${m.entity}.${key} is set by the server; a patch may not set it`);
    const schema = fieldSchema(m.entity, key);
    if (!schema) return invalid(`${m.entity} has no field ${key}`);
    const parsed = schema.safeParse(value);
    if (!parsed.success) return invalid(describeIssue(parsed.error, `${m.entity}.${key}`));
  }
  const key = `${m.entity}:${m.id}`;
  if (m.baseVersion === 0 && !created.has(key) && !ctx.exists(m.entity, m.id)) {
    created.add(key);
    const parsed = rowSchema(m.entity).safeParse(createdRow(m, ctx.stationId, ctx.now));
    if (!parsed.success) return invalid(`create of ${m.entity} ${m.id}: ${describeIssue(parsed.error)}`);
  }
  return { kind: 'ok' };
}

export function validateBatch(mutations: readonly Mutation[], ctx: BatchContext): BatchVerdict {
  const firstSeq = mutations[0]?.seq ?? 1;
  let firstInvalid: BatchVerdict | null = null;
  const created = new Set<string>();
  for (const [index, m] of mutations.entries()) {
    const verdict = checkMutation(m, index, ctx, firstSeq, created);
    // A scope violation anywhere wins over invalidity elsewhere: it must be refused as such and audited.
    if (verdict.kind === 'forbidden') return verdict;
    if (verdict.kind === 'invalid' && firstInvalid === null) firstInvalid = verdict;
  }
  return firstInvalid ?? { kind: 'ok' };
}
