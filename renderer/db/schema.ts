/**
 * The cache's IndexedDB schema, one named constant per version. Indexes serve the queries the
 * screens make and nothing more: every index costs time on each of the ~200k writes of a
 * district load. Add a version (never edit a released one) with its upgrade function.
 */
export const DB_NAME = 'gridroom';

export const SCHEMA_V1 = {
  version: 1,
  stores: {
    stations: 'id',
    officers: 'id',
    grids: 'id, code, officerId',
    controlLevels: 'id, gridId',
    households: 'id, gridId',
    campaigns: 'id',
    visits: 'id, [gridId+day], [campaignId+householdId]',
    findings: 'id, visitId, gridId',
    checkpoints: 'id, gridId',
    shifts: 'id, checkpointId, siteId, end',
    incidents: 'id, status, gridId, reportedAt',
    testingSites: 'id, day, gridId',
    volunteerTeams: 'id',
    outbox: '++seq, entity',
    audit: 'id, at, who, entity',
    meta: 'key',
    gridStats: 'gridId',
    sweepStats: '[campaignId+gridId+day], day, gridId',
  },
} as const;

/**
 * v2: incidents indexed by `resolvedAt` (open ones have none and stay out of the index), so a
 * past day's report finds the incidents open at its end — the currently open ones plus those
 * resolved since — without reading every incident the station ever had.
 */
export const SCHEMA_V2 = {
  version: 2,
  stores: {
    ...SCHEMA_V1.stores,
    incidents: 'id, status, gridId, reportedAt, resolvedAt',
  },
} as const;

/**
 * v3: no index change. Its upgrade (scrubResidentIds) deletes the old salted ID hashes and
 * re-masks residents' IDs in findings, the outbox, rebase copies and the audit log (issue 12).
 */
export const SCHEMA_V3 = {
  version: 3,
  stores: SCHEMA_V2.stores,
} as const;

/**
 * v4: unique derived keys (uniqueKeys.ts): `grids.codeKey` (a live grid's code) and
 * `households.addressKey` (a live household's standard-address key). The store's own `code`
 * stays a plain index: the server allows duplicates, the cache mirrors it. The upgrade
 * (keyUniqueRows) re-puts every grid and household so each gets its key; of rows that
 * already share one, the first by id keeps it and the others get it suffixed with their id —
 * nothing is dropped and the upgrade cannot fail on a duplicate.
 */
export const SCHEMA_V4 = {
  version: 4,
  stores: {
    ...SCHEMA_V3.stores,
    grids: 'id, code, officerId, &codeKey',
    households: 'id, gridId, &addressKey',
  },
} as const;

/**
 * v5: the electronic pass and the duty handover (issue 15): `passRegistrations` (the review
 * queue reads pending ones oldest first by `[status+submittedAt]`; evidence and fusion read by
 * household and grid; intake finds a replay by `externalRef`), `gateChecks` (counted per
 * checkpoint and hour) and `handovers` (listed by day). New tables only: no upgrade function.
 */
export const SCHEMA_V5 = {
  version: 5,
  stores: {
    ...SCHEMA_V4.stores,
    passRegistrations: 'id, [status+submittedAt], householdId, gridId, externalRef',
    gateChecks: 'id, [checkpointId+checkedAt], checkedAt',
    handovers: 'id, handedAt',
  },
} as const;

export const CURRENT_SCHEMA = SCHEMA_V5;
