/**
 * The review queue's reads (docs/architecture.md §9). Pending registrations are read through
 * the `[status+submittedAt]` index, oldest first, one window of QUEUE_WINDOW rows at a time
 * (IndexedDB advances its cursor to the window's offset without reading the rows before it), so
 * 5,000 pending cost the same as 50: the screen never holds the whole queue. The count comes
 * from the same index. Decided registrations are read the same way, newest submitted first.
 */
import { Dexie } from 'dexie';
import { passRegistrationSchema, type PassRegistration, type PassStatus } from '#common/schemas';
import type { GridroomDb } from '#renderer/db/database';
import { validRows } from '#renderer/db/validRows';
import { loadEvidence, type RegistrationEvidence } from './evidenceQuery';

/** Rows of the queue held at once: the list shows them, evidence is read for them. */
export const QUEUE_WINDOW = 50;

const statusRange = (db: GridroomDb, status: PassStatus) =>
  db.passRegistrations.where('[status+submittedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]);

/** How many registrations are pending review (the index's count: no row is read). */
export function countPending(db: GridroomDb): Promise<number> {
  return statusRange(db, 'pending').count();
}

export interface QueueWindow {
  /** Index of the window's first row in the whole queue. */
  offset: number;
  rows: PassRegistration[];
  evidence: ReadonlyMap<string, RegistrationEvidence>;
  /** Rows in the cache that fail their schema (shown as a count, never rendered). */
  problems: number;
}

/** One window of the pending queue, oldest first, with each row's evidence. */
export async function queryQueueWindow(db: GridroomDb, offset: number, now: number): Promise<QueueWindow> {
  const raw = await statusRange(db, 'pending').offset(offset).limit(QUEUE_WINDOW).toArray();
  const { rows, problems } = validRows('passRegistrations', raw, passRegistrationSchema);
  return { offset, rows, evidence: await loadEvidence(db, rows, now), problems: problems.length };
}

export const DECIDED_LIMIT = 100;

/** White space dropped: addresses are written with and without it. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** Whether a registration's masked name, registration no. or claimed address contains `needle` (squeezed). */
export function matchesDecidedSearch(
  r: Pick<PassRegistration, 'maskedName' | 'externalRef' | 'claimedAddress'>,
  needle: string,
): boolean {
  if (needle === '') return true;
  const a = r.claimedAddress;
  return [r.maskedName, r.externalRef, `${a.address}${a.building}${a.unit}${a.room}`].some((f) =>
    squeeze(String(f)).includes(needle),
  );
}

/**
 * The latest-submitted registrations of a decided status (the revoke list), or with a search
 * the latest-submitted that match it: the index range is walked newest first until
 * DECIDED_LIMIT match, so a search costs at most one pass over that status.
 */
export async function queryDecided(
  db: GridroomDb,
  status: PassStatus,
  search = '',
): Promise<PassRegistration[]> {
  const needle = squeeze(search);
  const range = statusRange(db, status).reverse();
  const raw = await (
    needle === '' ? range : range.filter((r: PassRegistration) => matchesDecidedSearch(r, needle))
  )
    .limit(DECIDED_LIMIT)
    .toArray();
  return validRows('passRegistrations', raw, passRegistrationSchema).rows;
}

export interface OpenedRegistration {
  reg: PassRegistration;
  evidence: RegistrationEvidence | null;
  reviewerName: string | null;
}

/** One registration with its evidence and its reviewer's name, for the detail drawer. */
export async function queryRegistration(
  db: GridroomDb,
  id: string,
  now: number,
): Promise<OpenedRegistration | null> {
  const parsed = passRegistrationSchema.safeParse(await db.passRegistrations.get(id));
  if (!parsed.success || parsed.data.deleted) return null;
  const reg = parsed.data;
  const [evidence, reviewer] = await Promise.all([
    loadEvidence(db, [reg], now),
    reg.reviewedBy ? db.officers.get(reg.reviewedBy) : undefined,
  ]);
  return { reg, evidence: evidence.get(reg.id) ?? null, reviewerName: reviewer?.name ?? null };
}
