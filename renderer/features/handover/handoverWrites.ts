/**
 * The handover's writes, through writeLocalChange (row + outbox + audit in one transaction):
 * - `handOver`: the outgoing officer hands over: the sheet is created `awaiting-incoming`,
 *   frozen as drafted (sections, notes, shift start, hand-over time), made by that officer;
 * - `signSheet`: the incoming officer signs: `signed`, with their id and the time, made by them.
 *   Refused here before anything is written when the sheet is already signed or the signer is
 *   the officer who handed over — the centre refuses both too (server/sync/handoverRule.ts).
 * - `draftOnSignIn`: another officer signed in over the outgoing one's session without a
 *   hand-over: the sheet is drafted for the outgoing shift and saved `awaiting-incoming` with
 *   no notes, made by the officer now at the keyboard.
 */
import { handoverSchema, type Handover } from '#common/schemas/pass';
import type { GridroomDb } from '#renderer/db/database';
import { writeLocalChange } from '#renderer/sync/localWrite';
import type { Role } from '#renderer/shared/session';
import { createLogger } from '#common/log';
import { readSettings } from '#renderer/shared/useSettings';
import { draftSections } from './draftInput';

const log = createLogger('handover');

export interface Actor {
  madeBy: string;
  workstation: string;
  role: Role;
}

export class HandoverRefusedError extends Error {
  constructor(readonly reason: 'signed' | 'same-officer' | 'not-found') {
    super(`handover sheet refused: ${reason}`);
    this.name = 'HandoverRefusedError';
  }
}

type SheetFields = Omit<Handover, 'id' | 'stationId' | 'version' | 'updatedAt' | 'updatedBy'>;

export async function handOver(
  db: GridroomDb,
  actor: Actor,
  sheet: Pick<Handover, 'shiftStart' | 'handedAt' | 'sections' | 'notes'>,
): Promise<string> {
  const id = crypto.randomUUID();
  const fields: SheetFields = {
    deleted: false,
    outgoingOfficerId: actor.madeBy,
    shiftStart: sheet.shiftStart,
    handedAt: sheet.handedAt,
    sections: sheet.sections,
    notes: sheet.notes.trim(),
    status: 'awaiting-incoming',
    incomingOfficerId: null,
    incomingSignedAt: null,
  };
  // the whole row must be valid before it is written (a create carries every field)
  handoverSchema.parse({ ...fields, id, stationId: id, version: 0, updatedAt: 0, updatedBy: actor.madeBy });
  await writeLocalChange(db, { entity: 'handovers', id, patch: fields, ...actor, now: sheet.handedAt });
  return id;
}

export async function signSheet(db: GridroomDb, actor: Actor, id: string, now = Date.now()): Promise<void> {
  const row = await db.handovers.get(id);
  if (!row || row.deleted) throw new HandoverRefusedError('not-found');
  if (row.status === 'signed') throw new HandoverRefusedError('signed');
  if (row.outgoingOfficerId === actor.madeBy) throw new HandoverRefusedError('same-officer');
  await writeLocalChange(db, {
    entity: 'handovers',
    id,
    patch: { status: 'signed', incomingOfficerId: actor.madeBy, incomingSignedAt: now },
    ...actor,
    now,
  });
}

/**
 * Drafts and saves the outgoing shift's sheet when `incoming` signs in over `outgoing`'s
 * session (the sign-in gate's handover hook). Never throws: a sign-in must not fail for it.
 */
export async function draftOnSignIn(
  db: GridroomDb,
  outgoing: { officerId: string; shiftStart: number },
  incoming: { id: string; access: Role },
  now = Date.now(),
): Promise<string | null> {
  try {
    const { workstation } = await readSettings(db);
    const id = crypto.randomUUID();
    const shiftStart = Math.min(outgoing.shiftStart, now);
    const fields: SheetFields = {
      deleted: false,
      outgoingOfficerId: outgoing.officerId,
      shiftStart,
      handedAt: now,
      sections: await draftSections(db, shiftStart, now),
      notes: '',
      status: 'awaiting-incoming',
      incomingOfficerId: null,
      incomingSignedAt: null,
    };
    const actor: Actor = { madeBy: incoming.id, workstation, role: incoming.access };
    await writeLocalChange(db, { entity: 'handovers', id, patch: fields, ...actor, now });
    return id;
  } catch (error) {
    log.warn('the handover sheet could not be drafted at sign-in', { error: String(error) });
    return null;
  }
}
