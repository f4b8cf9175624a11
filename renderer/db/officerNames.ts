/**
 * Officers named for people: `张伟（35020001）` for an id that changes carry (`madeBy`,
 * `updatedBy`, `decidedBy`), read by primary key for just the ids on screen. An id the cache
 * does not hold is shown short (`未知民警 1a2b3c4d`), never as a bare UUID; `system` is the
 * system. Any screen that shows who did something uses this, so every screen says it alike.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { GridroomDb } from './database';

export type OfficerNames = ReadonlyMap<string, { name: string; badgeNo: string }>;

/** Reads the named officers (ids not held are simply absent). */
export async function readOfficerNames(db: GridroomDb, ids: Iterable<string>): Promise<OfficerNames> {
  const wanted = [...new Set(ids)].filter((id) => id !== '' && id !== 'system');
  const rows = await db.officers.bulkGet(wanted);
  const names = new Map<string, { name: string; badgeNo: string }>();
  for (const row of rows) if (row) names.set(row.id, { name: row.name, badgeNo: row.badgeNo });
  return names;
}

/** Live names of the given officers; empty until read. */
export function useOfficerNames(db: GridroomDb, ids: readonly string[]): OfficerNames {
  const key = [...new Set(ids)].sort().join(',');
  return useLiveQuery(() => readOfficerNames(db, key === '' ? [] : key.split(',')), [db, key]) ?? EMPTY;
}

const EMPTY: OfficerNames = new Map();

/** The messages a label needs (the app's `t` is one). */
export type OfficerLabelText = (
  key: 'audit.who.system' | 'trust.officer.unknown',
  params?: { id: string },
) => string;

/** `姓名（警号）`, the system, or a short unknown — never a raw id. */
export function officerLabel(id: string, names: OfficerNames, t: OfficerLabelText): string {
  if (id === 'system') return t('audit.who.system');
  const officer = names.get(id);
  return officer
    ? `${officer.name}（${officer.badgeNo}）`
    : t('trust.officer.unknown', { id: id.slice(0, 8) });
}

/** Every officer of the station (a small table), by badge number: for pickers and filters. */
export function useStationOfficers(
  db: GridroomDb,
): { id: string; name: string; badgeNo: string }[] | undefined {
  return useLiveQuery(
    async () =>
      (await db.officers.toArray())
        .map((o) => ({ id: o.id, name: o.name, badgeNo: o.badgeNo }))
        .sort((a, b) => a.badgeNo.localeCompare(b.badgeNo)),
    [db],
  );
}
