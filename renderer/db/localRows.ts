/**
 * Rows that live only in this workstation's cache: settings and cache state (`meta`), and
 * aggregates derived from synced rows so the board never scans hundreds of thousands of
 * households or visits. Aggregates are rebuilt from the synced tables whenever in doubt.
 */
import { refusedChangeSchema } from './refusedChange';
import { z } from 'zod';
import { daySchema, idSchema } from '#common/schemas';
import { syncErrorKinds } from '#common/sync/syncErrors';
import { identityKeyReplySchema } from '#common/identity/envelopeFormat';
import { passKeyReplySchema } from '#common/epass/passKey';
import { basemapSettingSchema, noBasemap } from './basemapSetting';
import { officerSessionRowSchema, officerVerifierSchema, signInLockoutSchema } from './officerRows';
import { deviceKindSchema } from '#common/auth/protocol';

/** Households in scope per grid (count of standard-address rows). */
export const gridStatsSchema = z.object({
  gridId: idSchema,
  households: z.number().int().nonnegative(),
});

/** Sweep results per campaign, grid and day. `covered` counts households covered for the first time that day. */
export const sweepStatsSchema = z.object({
  campaignId: idSchema,
  gridId: idSchema,
  day: daySchema,
  visits: z.number().int().nonnegative(),
  covered: z.number().int().nonnegative(),
  unregistered: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
});

export const cacheStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loading'), source: z.string(), startedAt: z.number() }),
  z.object({ status: z.literal('ready'), source: z.string(), readyAt: z.number(), dataAsOf: z.number() }),
]);

export const settingsSchema = z.object({
  language: z.enum(['zh-CN', 'en']),
  /** 底图: none, XYZ raster/vector URL or PMTiles file (older records: `basemapUrl`, see migrateBasemap). */
  basemap: basemapSettingSchema.default(noBasemap),
  workstation: z.string().min(1).max(40),
  /** 早会大屏: seconds each slide shows before the deck moves on (absent in older records). */
  briefingIntervalSec: z.number().int().min(5).max(600).default(20),
  /** 早会大屏: whether the deck moves on by itself. */
  briefingAutoAdvance: z.boolean().default(true),
  /** 早会大屏: minutes after the last sync (or data-as-of) when the deck says the data is stale. */
  briefingStaleMin: z.number().int().min(1).max(1440).default(30),
});

/**
 * How this workstation reaches the central API, from enrolment. Kept in IndexedDB (never
 * localStorage); in Electron the main process holds the credential with safeStorage too.
 */
export const syncConfigSchema = z.object({
  apiUrl: z.string().regex(/^https?:\/\/[^\s]+$/, 'an http(s) URL'),
  deviceId: idSchema,
  /** As issued (browser mode) or `sealed:` by the OS keychain (desktop app): renderer/sync/credentialVault.ts. */
  credential: z.string().min(20).max(4096),
  stationId: idSchema,
  /** The outbox's client id: (clientId, seq) is what the server applies exactly once. */
  clientId: z.string().min(1).max(64),
  /** When the credential was issued (enrolment or the last rotation); absent: rotate soon. */
  credentialIssuedAt: z.number().int().nonnegative().optional(),
  /** From the enrolment code: a display device (briefing screen) never signs anyone in. */
  kind: deviceKindSchema.default('workstation'),
});

export const syncSnapshotSchema = z.object({
  mode: z.enum(['online', 'offline', 'paused']),
  running: z.boolean(),
  progress: z
    .object({ phase: z.enum(['push', 'pull', 'initial']), done: z.number(), total: z.number().optional() })
    .nullable(),
  lastSyncedAt: z.number().nullable(),
  pending: z.number().int().nonnegative(),
  conflicts: z.number().int().nonnegative(),
  lastError: z
    .object({
      reason: z.enum(syncErrorKinds),
      message: z.string(),
      at: z.number(),
      retryInMs: z.number().nullable(),
    })
    .nullable(),
  readOnly: z.boolean(),
});

/**
 * The server's copy of a record with pending (unconfirmed) local changes, as last pulled or
 * confirmed — null when the server has not got it yet. Exists exactly while the record has
 * outbox entries; the cached row is always this base with the pending patches re-applied.
 */
export const syncBaseKey = (entity: string, id: string): `syncBase:${string}` => `syncBase:${entity}:${id}`;

export const metaRowSchema = z.union([
  z.discriminatedUnion('key', [
    z.object({ key: z.literal('cacheState'), value: cacheStateSchema }),
    z.object({ key: z.literal('settings'), value: settingsSchema }),
    z.object({ key: z.literal('schema'), value: z.object({ version: z.number().int() }) }),
    z.object({ key: z.literal('syncConfig'), value: syncConfigSchema }),
    z.object({ key: z.literal('syncCursor'), value: z.object({ cursor: z.number().int().nonnegative() }) }),
    /**
     * The seq the next local change gets (gapless from 1, as the server requires) and the
     * client id the outbox was numbered under, born with the first write; enrolment adopts it.
     */
    z.object({
      key: z.literal('syncSeq'),
      value: z.object({ next: z.number().int().positive(), clientId: z.string().min(1).max(64) }),
    }),
    z.object({ key: z.literal('syncStatus'), value: syncSnapshotSchema }),
    /** The centre's public key for residents' ID envelopes (renderer/sync/identityKey.ts). */
    z.object({
      key: z.literal('identityKey'),
      value: identityKeyReplySchema.extend({ fetchedAt: z.number().int().nonnegative() }),
    }),
    z.object({ key: z.literal('officerSession'), value: officerSessionRowSchema }),
    /** The centre's public key for pass codes at the gate (renderer/sync/passKey.ts). */
    z.object({
      key: z.literal('passKey'),
      value: passKeyReplySchema.extend({ fetchedAt: z.number().int().nonnegative() }),
    }),
  ]),
  z.object({ key: z.templateLiteral(['officerVerifier:', z.string()]), value: officerVerifierSchema }),
  z.object({ key: z.templateLiteral(['signInLockout:', z.string()]), value: signInLockoutSchema }),
  z.object({
    key: z.templateLiteral(['syncBase:', z.string()]),
    value: z.object({ row: z.record(z.string(), z.unknown()).nullable() }),
  }),
  /** A change the centre refused, kept until the officer dismisses it (refusedChange.ts). */
  z.object({ key: z.templateLiteral(['refused:', z.string()]), value: refusedChangeSchema }),
]);

export type GridStats = z.infer<typeof gridStatsSchema>;
export type SweepStats = z.infer<typeof sweepStatsSchema>;
export type CacheState = z.infer<typeof cacheStateSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type MetaRow = z.infer<typeof metaRowSchema>;
export type SyncConfig = z.infer<typeof syncConfigSchema>;

export const defaultSettings: Settings = {
  language: 'zh-CN',
  basemap: noBasemap,
  workstation: '值班台-1',
  briefingIntervalSec: 20,
  briefingAutoAdvance: true,
  briefingStaleMin: 30,
};
