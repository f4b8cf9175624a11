/**
 * How fresh the deck's data is, said honestly on the wall. A workstation enrolled with the
 * central API is as fresh as its last successful sync (live status, else the persisted one,
 * else the moment the cache was brought up from the server); a demo cache is offline demo data
 * as of its `dataAsOf`. Stale when older than the threshold; offline when sync cannot reach the
 * server (or there is none). Pure.
 */
export type FreshnessSource = 'synced' | 'demo' | 'unknown';

export interface FreshnessInput {
  now: number;
  staleAfterMs: number;
  enrolled: boolean;
  /** From the sync client of this window (null before its first report). */
  liveLastSyncedAt: number | null;
  /** As persisted by the sync runner (another window may run it). */
  persistedLastSyncedAt: number | null;
  /** The cache's `dataAsOf` (demo load or central bring-up); null while not ready. */
  dataAsOf: number | null;
  /** The sync client says it is offline or failing. */
  syncOffline: boolean;
}

export interface Freshness {
  source: FreshnessSource;
  /** The instant the data is as of; null when unknown. */
  asOf: number | null;
  /** now − asOf, never negative; null when unknown. */
  ageMs: number | null;
  stale: boolean;
  offline: boolean;
}

function latest(...instants: Array<number | null>): number | null {
  const known = instants.filter((t): t is number => t !== null && Number.isFinite(t));
  return known.length > 0 ? Math.max(...known) : null;
}

export function freshness(input: FreshnessInput): Freshness {
  const asOf = input.enrolled
    ? latest(input.liveLastSyncedAt, input.persistedLastSyncedAt, input.dataAsOf)
    : input.dataAsOf;
  const source: FreshnessSource = asOf === null ? 'unknown' : input.enrolled ? 'synced' : 'demo';
  const ageMs = asOf === null ? null : Math.max(0, input.now - asOf);
  return {
    source,
    asOf,
    ageMs,
    // Not knowing how old the data is counts as stale: the wall must not look authoritative.
    stale: ageMs === null || ageMs > input.staleAfterMs,
    offline: !input.enrolled || input.syncOffline,
  };
}
