/**
 * Incident changes made at this workstation: each goes through `writeLocalChange`, which puts
 * the row, its outbox entry and an audit entry in one cache transaction, so it syncs and can
 * be traced. Rules (allowed moves, times, timeline) come from incidentFlow.ts.
 */
import { incidentSchema } from '../../../common/schemas';
import type { GridroomDb } from '../../db/database';
import { writeLocalChange } from '../../sync/localWrite';
import { actorOf, type Session } from '../../app/session';
import { incidentPatch, type IncidentEdit } from './incidentFlow';

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
