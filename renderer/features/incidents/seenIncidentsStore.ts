/**
 * Where the high-severity alert keeps the incidents it has accounted for: the window's
 * sessionStorage, one record per cache. Why sessionStorage and not the cache's meta table:
 * "seen" belongs to one display session, not to the workstation's data — a reload keeps it
 * (so nothing alerts twice across a reload, and an incident that arrived during the reload
 * still alerts), while a new window starts a new session whose start is, by definition,
 * everything already in the cache. It also keeps alert bookkeeping out of the synced cache's
 * transactions. Storage that is unavailable or full only costs the reload guarantee.
 */
import { seenIncidentsSchema, type SeenIncidents } from './highSeverityTracker';

const key = (dbName: string) => `gridroom:high-severity-seen:${dbName}`;

export function readSeenIncidents(dbName: string): SeenIncidents | null {
  try {
    const raw = window.sessionStorage.getItem(key(dbName));
    if (raw === null) return null;
    const parsed = seenIncidentsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeSeenIncidents(dbName: string, seen: SeenIncidents): void {
  try {
    window.sessionStorage.setItem(key(dbName), JSON.stringify(seen));
  } catch {
    // private mode or a full store: alerts still work for this page's life
  }
}
