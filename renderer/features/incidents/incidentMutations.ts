/**
 * Incident changes made at this workstation: each goes through `writeLocalChange`, which puts
 * the row, its outbox entry and an audit entry in one cache transaction, so it syncs and can
 * be traced. Rules (allowed moves, times, timeline) come from incidentFlow.ts; those of a new
 * incident (validation, grid by point-in-polygon, first timeline entries) from newIncident.ts.
 */
import { gridSchema, incidentSchema, officerSchema } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { actorOf, type Session } from '#renderer/shared/session';
import { validRows } from '#renderer/db/validRows';
import { gridAtPoint } from './gridAtPoint';
import { incidentPatch, type IncidentEdit } from './incidentFlow';
import {
  checkNewIncident,
  newIncidentRow,
  type NewIncident,
  type NewIncidentErrors,
  type NewIncidentTexts,
} from './newIncident';

/** A new incident refused before anything was written; `errors` says which fields and why. */
export class NewIncidentError extends Error {
  constructor(readonly errors: NewIncidentErrors) {
    super(`new incident refused: ${JSON.stringify(errors)}`);
    this.name = 'NewIncidentError';
  }
}

export async function editIncident(
  db: GridroomDb,
  session: Session,
  id: string,
  edit: IncidentEdit,
): Promise<void> {
  const current = incidentSchema.parse(await db.incidents.get(id));
  const patch = incidentPatch(current, edit, session.actor, Date.now());
  incidentSchema.parse({ ...current, ...patch });
  await writeLocalChange(db, {
    entity: 'incidents',
    id,
    patch,
    ...actorOf(session),
  });
}

/**
 * Records a new incident: checks the entry, derives its grid from the point against the live
 * grids in the cache, checks the assignee exists, and writes it as one local change (row,
 * outbox, audit, aggregates). Throws NewIncidentError (nothing written) on bad input,
 * RoleForbiddenError when the role may not write. Resolves to the new id and its grid. `id`
 * is the new incident's (a caller that must not create the same one twice derives it).
 */
export async function createIncident(
  db: GridroomDb,
  session: Session,
  values: unknown,
  texts: (entry: NewIncident, assigneeName: string | null) => NewIncidentTexts,
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<{ id: string; gridId: string }> {
  const checked = checkNewIncident(values, now);
  if (!checked.ok) throw new NewIncidentError(checked.errors);
  const entry = checked.value;
  const grids = validRows('grids', await db.grids.toArray(), gridSchema).rows;
  const gridId = gridAtPoint(entry.point, grids);
  if (gridId === null) throw new NewIncidentError({ point: 'point-outside' });
  let assigneeName: string | null = null;
  if (entry.assigneeId !== null) {
    const officer = officerSchema.safeParse(await db.officers.get(entry.assigneeId));
    if (!officer.success || officer.data.deleted)
      throw new NewIncidentError({ assigneeId: 'assignee-unknown' });
    assigneeName = officer.data.name;
  }
  const row = newIncidentRow(entry, gridId, texts(entry, assigneeName), session.actor, now);
  await writeLocalChange(db, { entity: 'incidents', id, patch: row, now, ...actorOf(session) });
  return { id, gridId };
}
