/**
 * Advisory-lock keys, in one place so no two uses collide. Two-int form
 * `pg_advisory_xact_lock(namespace, key)`: the namespace says what is locked.
 */
/** Held while migrations run, so processes starting together migrate one at a time. */
export const MIGRATION_LOCK = [0x4752, 1] as const;
/** Namespace of the per-station change lock; the key is `hashtext(station_id::text)`. */
export const STATION_LOCK_NAMESPACE = 0x4753;
