/**
 * Checkpoint and shift changes made at this workstation. Each is checked (shiftRules.ts and the
 * zod schemas) before `writeLocalChange` puts row, outbox entry and audit entry in one
 * transaction (which also checks the row against its schema); a refused change throws ShiftRuleError with per-field errors and writes nothing.
 */
import { checkpointSchema, type Checkpoint, type StaffMember } from '#common/schemas';
import { actorOf, type Session } from '#renderer/shared/session';
import type { GridroomDb } from '#renderer/db/database';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { queryShiftsOverlapping } from './checkpointQueries';
import { hasErrors, shiftErrors, type ShiftDraft, type ShiftErrors } from './shiftRules';

export class ShiftRuleError extends Error {
  constructor(readonly errors: ShiftErrors) {
    super('shift refused');
    this.name = 'ShiftRuleError';
  }
}

export async function editCheckpoint(
  db: GridroomDb,
  session: Session,
  id: string,
  patch: Partial<Pick<Checkpoint, 'mode' | 'postType' | 'staffed24h'>>,
): Promise<void> {
  const current = checkpointSchema.parse(await db.checkpoints.get(id));
  checkpointSchema.parse({ ...current, ...patch });
  await writeLocalChange(db, { entity: 'checkpoints', id, patch, ...actorOf(session) });
}

/** Validates against every overlapping shift in the cache; returns the per-field errors. */
export async function checkShift(
  db: GridroomDb,
  draft: ShiftDraft,
  selfId: string | null,
  now: number,
): Promise<ShiftErrors> {
  const others = draft.end > draft.start ? await queryShiftsOverlapping(db, draft.start, draft.end) : [];
  return shiftErrors(draft, others, selfId, now);
}

/** Creates (id null) or updates a checkpoint's shift; resolves to its id. */
export async function saveShift(
  db: GridroomDb,
  session: Session,
  checkpointId: string,
  id: string | null,
  draft: ShiftDraft,
): Promise<string> {
  const errors = await checkShift(db, draft, id, Date.now());
  if (hasErrors(errors)) throw new ShiftRuleError(errors);
  const staff: StaffMember[] = draft.staff.map((m) => ({ ...m, name: m.name.trim() }));
  if (id === null) {
    const newId = crypto.randomUUID();
    const patch = { checkpointId, siteId: null, start: draft.start, end: draft.end, staff };
    await writeLocalChange(db, { entity: 'shifts', id: newId, patch, ...actorOf(session) });
    return newId;
  }
  await writeLocalChange(db, {
    entity: 'shifts',
    id,
    patch: { start: draft.start, end: draft.end, staff },
    ...actorOf(session),
  });
  return id;
}

export async function deleteShift(db: GridroomDb, session: Session, id: string): Promise<void> {
  await writeLocalChange(db, { entity: 'shifts', id, patch: { deleted: true }, ...actorOf(session) });
}
