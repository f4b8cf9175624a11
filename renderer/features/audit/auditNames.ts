/**
 * Names for the ids the shown audit entries mention (who, grids, officers, checkpoints, sites,
 * campaigns, households, visits, teams), read by primary key for just those ids — never a
 * scan of the 200k households of a district. A visit is named by its household's address.
 */
import type { AuditEntry } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { visitsById } from '#renderer/db/householdsAndVisits';
import { rowTable } from '#renderer/db/rowTables';
import { nameKey, type AuditNames } from './auditValue';
import { isNamedTable, valueKind, type NamedTable } from './auditVocabulary';

type Wanted = Map<NamedTable, Set<string>>;

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

function want(wanted: Wanted, table: NamedTable, id: unknown): void {
  if (typeof id !== 'string' || id === '') return;
  let set = wanted.get(table);
  if (!set) wanted.set(table, (set = new Set()));
  set.add(id);
}

function wantFromRow(wanted: Wanted, entity: string, row: unknown): void {
  const record = asRecord(row);
  if (!record) return;
  for (const [field, value] of Object.entries(record)) {
    const kind = valueKind(entity, field);
    if (kind.kind === 'ref') want(wanted, kind.table, value);
    else if (kind.kind === 'refList' && Array.isArray(value))
      for (const v of value) want(wanted, kind.table, v);
    else if (kind.kind === 'person') want(wanted, 'officers', value);
    else if ((kind.kind === 'shiftStaff' || kind.kind === 'assignments') && Array.isArray(value)) {
      for (const item of value) {
        const nested = asRecord(item);
        if (!nested) continue;
        want(wanted, 'officers', nested.officerId);
        want(wanted, 'volunteerTeams', nested.teamId);
        want(wanted, 'checkpoints', nested.checkpointId);
        want(wanted, 'testingSites', nested.siteId);
      }
    }
  }
}

/** Every id the entries mention, by the table that names it. Pure. */
export function referencedIds(entries: readonly AuditEntry[]): Wanted {
  const wanted: Wanted = new Map();
  for (const e of entries) {
    want(wanted, 'officers', e.who);
    if (isNamedTable(e.entity)) want(wanted, e.entity, e.entityId);
    wantFromRow(wanted, e.entity, e.before);
    wantFromRow(wanted, e.entity, e.after);
    if (e.action === 'resolve-conflict') {
      // the values of a resolved conflict are values of the field it was about
      const field = asRecord(e.before)?.field;
      if (typeof field === 'string') {
        wantFromRow(wanted, e.entity, { [field]: asRecord(e.before)?.serverValue });
        wantFromRow(wanted, e.entity, { [field]: asRecord(e.before)?.clientValue });
      }
    }
  }
  return wanted;
}

function label(table: NamedTable, row: Record<string, unknown>): string | null {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  if (table === 'grids') return `${text(row.code)} ${text(row.name)}`.trim() || null;
  if (table === 'households') return text(row.address) || null;
  return text(row.name) || null;
}

async function load(db: GridroomDb, table: NamedTable, ids: Set<string>, names: Map<string, string>) {
  const keys = [...ids];
  const rows = await rowTable(db, table).bulkGet(keys);
  rows.forEach((row, i) => {
    const id = keys[i];
    const name = row && id ? label(table, row) : null;
    if (id && name) names.set(nameKey(table, id), name);
  });
}

export async function queryAuditNames(
  db: GridroomDb,
  entries: readonly AuditEntry[],
  people: readonly string[] = [],
): Promise<AuditNames> {
  const wanted = referencedIds(entries);
  for (const who of people) want(wanted, 'officers', who);
  const names = new Map<string, string>();
  // a visit is named by its household: read the visits first, then their households with the rest
  const visitIds = [...(wanted.get('visits') ?? [])];
  wanted.delete('visits');
  const visits = await visitsById(db, visitIds);
  for (const v of visits) if (v) want(wanted, 'households', v.householdId);
  await Promise.all([...wanted].map(([table, ids]) => load(db, table, ids, names)));
  visits.forEach((v, i) => {
    const id = visitIds[i];
    const address = v ? names.get(nameKey('households', v.householdId)) : undefined;
    if (id && address) names.set(nameKey('visits', id), address);
  });
  return names;
}
