/**
 * The handover feature's reads, live from the cache: the sheets of a station day (by the
 * `handedAt` index, newest first), one sheet, the officers' names (officers are not residents:
 * their names are shown and printed), and the sheet handed over at THIS workstation that waits
 * for another officer's signature (found through this cache's own audit of the sheets it
 * created, so an officer signing in elsewhere is not asked).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { DAY_MS, startOfDay } from '#common/domain/time';
import type { Handover } from '#common/schemas/pass';
import type { GridroomDb } from '#renderer/db/database';
import { useDb } from '#renderer/shared/DbContext';

export interface OfficerName {
  name: string;
  badgeNo: string;
}

export async function handoversOfDay(db: GridroomDb, day: string): Promise<Handover[]> {
  const from = startOfDay(day);
  const rows = await db.handovers
    .where('handedAt')
    .between(from, from + DAY_MS, true, false)
    .reverse()
    .toArray();
  return rows.filter((h) => !h.deleted);
}

export function useHandoversOfDay(day: string): Handover[] | undefined {
  const db = useDb();
  return useLiveQuery(() => handoversOfDay(db, day), [db, day]);
}

/** The sheet, null when there is none (or it was deleted); undefined while reading. */
export function useHandover(id: string | null): Handover | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!id) return null;
    const row = await db.handovers.get(id);
    return row && !row.deleted ? row : null;
  }, [db, id]);
}

export function useOfficerNames(): ReadonlyMap<string, OfficerName> {
  const db = useDb();
  return (
    useLiveQuery(async () => {
      const rows = await db.officers.toArray();
      return new Map(rows.map((o) => [o.id, { name: o.name, badgeNo: o.badgeNo }]));
    }, [db]) ?? new Map<string, OfficerName>()
  );
}

export interface AwaitingSheet {
  sheet: Handover;
  /**
   * Handed over by its outgoing officer with 交班 (reviewed, with notes), not drafted when
   * another officer signed in over the session: only then is the incoming officer prompted.
   */
  handedOverInPerson: boolean;
}

/** The newest sheet handed over here that `officerId` may sign (awaiting, handed over by someone else). */
export async function awaitingHere(db: GridroomDb, officerId: string): Promise<AwaitingSheet | null> {
  const created = await db.audit
    .where('entity')
    .equals('handovers')
    .filter((a) => a.action === 'create')
    .toArray();
  const creator = new Map(created.map((a) => [a.entityId, a.who]));
  const rows = await db.handovers.bulkGet([...creator.keys()]);
  const waiting = rows
    .filter((h): h is Handover => h !== undefined && !h.deleted && h.status === 'awaiting-incoming')
    .filter((h) => h.outgoingOfficerId !== officerId)
    .sort((a, b) => b.handedAt - a.handedAt);
  const sheet = waiting[0];
  return sheet ? { sheet, handedOverInPerson: creator.get(sheet.id) === sheet.outgoingOfficerId } : null;
}

export function useAwaitingHere(officerId: string | null): AwaitingSheet | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (officerId ? awaitingHere(db, officerId) : null), [db, officerId]);
}
