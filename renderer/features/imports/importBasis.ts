/**
 * What a check reads from the cache — the live rows its plan depends on — and a fingerprint
 * of exactly the fields the check uses. The check keeps the fingerprint; the apply reads the
 * basis again INSIDE its write transaction and writes only when the fingerprint is the same,
 * i.e. when a check run now would see what the check saw. Row versions are not enough (a
 * local edit keeps them), and a change elsewhere in a row (a version bump on confirm) does
 * not count: only what the check reads. Reads are IndexedDB only, so the write transaction
 * stays alive.
 */
import type { Grid, Household, Officer, PassRegistration, Station, VolunteerTeam } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { allHouseholds, householdTables, visitTables } from '#renderer/db/householdsAndVisits';
import { rowStores } from '#renderer/db/rowTables';
import type { ImportKind } from './importKinds';

export interface ImportBasis {
  grids: Grid[];
  households: Household[];
  officers: Officer[];
  volunteerTeams: VolunteerTeam[];
  /** Every registration the cache holds, deleted ones too (a replayed 登记编号 is refused). */
  passRegistrations: PassRegistration[];
  station: Station | undefined;
  fingerprint: string;
}

/** The tables a check of `kind` reads. */
export function basisTables(db: GridroomDb, kind: ImportKind) {
  switch (kind) {
    case 'grids':
      return [db.grids, db.stations];
    case 'households':
      return [db.grids, ...householdTables(db)];
    case 'officers':
      return [db.officers];
    case 'volunteerTeams':
      return [db.volunteerTeams];
    case 'passRegistrations':
      return [...householdTables(db), db.passRegistrations];
  }
}

/**
 * The apply's transaction: what the re-check reads and what writeLocalChanges writes (the
 * rows, outbox, audit, meta, the station; for households the aggregates) — and nothing else,
 * so the rest of the app (incidents, the board) is not held up by a long import.
 */
export function applyTables(db: GridroomDb, kind: ImportKind) {
  const aggregates = kind === 'households' ? [...visitTables(db), db.gridStats, db.sweepStats] : [];
  return [
    ...new Set([
      ...basisTables(db, kind),
      ...rowStores(db, [kind]),
      db.stations,
      db.outbox,
      db.audit,
      db.meta,
      ...aggregates,
    ]),
  ];
}

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

/** Two 32-bit FNV-1a hashes (different seeds) over a stream of texts: cheap, and collisions are negligible. */
function streamHash() {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  let n = 0;
  return {
    add(text: string) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
      }
      a = Math.imul(a ^ 0x1e, 0x01000193);
      n += 1;
    },
    value: () => `${n}:${(a >>> 0).toString(16)}:${(b >>> 0).toString(16)}`,
  };
}

const gridText = (g: Grid) =>
  [g.id, g.code, g.name, g.community, g.street, g.gridLeader, g.officerId, JSON.stringify(g.geometry)].join(
    '|',
  );
const householdText = (h: Household) =>
  [h.id, h.gridId, h.address, h.building, h.unit, h.room, h.point[0], h.point[1], h.registeredResidents].join(
    '|',
  );
/** What a registration check reads of a stored registration: its ref, person and address, status. */
const registrationText = (r: PassRegistration) =>
  [
    r.id,
    r.externalRef,
    r.idMasked,
    r.maskedName,
    r.claimedAddress.address,
    r.claimedAddress.building,
    r.claimedAddress.unit,
    r.claimedAddress.room,
    r.status,
    r.deleted,
  ].join('|');
/** Officers and teams are small: the whole row but the server's bookkeeping. */
const rowText = (r: { id: string; version: number; updatedAt: number; updatedBy: string }) =>
  JSON.stringify({ ...r, version: 0, updatedAt: 0, updatedBy: '' });

/** Reads the rows a check of `kind` depends on; call inside a transaction to see one state. */
export async function readImportBasis(db: GridroomDb, kind: ImportKind): Promise<ImportBasis> {
  const hash = streamHash();
  const basis: ImportBasis = {
    grids: [],
    households: [],
    officers: [],
    volunteerTeams: [],
    passRegistrations: [],
    station: undefined,
    fingerprint: '',
  };
  switch (kind) {
    case 'grids': {
      const [grids, station] = await Promise.all([db.grids.toArray(), db.stations.toCollection().first()]);
      basis.grids = live(grids);
      basis.station = station;
      hash.add(`district:${station?.district ?? ''}`);
      break;
    }
    case 'households': {
      const [grids, households] = await Promise.all([db.grids.toArray(), allHouseholds(db)]);
      basis.grids = live(grids);
      basis.households = live(households);
      for (const h of basis.households) hash.add(householdText(h));
      break;
    }
    case 'officers':
      basis.officers = live(await db.officers.toArray());
      for (const o of basis.officers) hash.add(rowText(o));
      break;
    case 'volunteerTeams':
      basis.volunteerTeams = live(await db.volunteerTeams.toArray());
      for (const t of basis.volunteerTeams) hash.add(rowText(t));
      break;
    case 'passRegistrations': {
      const [households, registrations] = await Promise.all([
        allHouseholds(db),
        db.passRegistrations.toArray(),
      ]);
      basis.households = live(households);
      basis.passRegistrations = registrations;
      for (const h of basis.households) hash.add(householdText(h));
      for (const r of registrations) hash.add(registrationText(r));
      break;
    }
  }
  for (const g of basis.grids) hash.add(gridText(g));
  basis.fingerprint = `${kind}/${hash.value()}`;
  return basis;
}
