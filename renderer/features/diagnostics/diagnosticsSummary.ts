/**
 * What the diagnostics zip says about this workstation, read from the cache without a single
 * resident's row: app and protocol versions, the cache's schema versions and state, how many
 * rows each table holds (counts only), and the sync state — enrolment (ids and the centre's
 * address, never the credential), outbox size, cursor, last sync and last failure, refused
 * changes. Officers, residents and the signed-in session are left out on purpose.
 */
import { API_VERSION } from '#common/sync/protocol';
import { redactText } from '#common/log';
import type { AppInfo } from '#common/ipc/contract';
import type { GridroomDb } from '#renderer/db/database';
import { CURRENT_SCHEMA } from '#renderer/db/schema';
import { REFUSED_PREFIX } from '#renderer/db/refusedChange';

export interface DiagnosticsSummary {
  format: 1;
  generatedAt: string;
  app: {
    desktop: boolean;
    version: string | null;
    electron: string | null;
    chrome: string | null;
    node: string | null;
    platform: string | null;
    packaged: boolean | null;
    userAgent: string;
    language: string | null;
  };
  protocol: { apiVersion: number };
  cache: {
    database: string;
    appSchemaVersion: number;
    writtenSchemaVersion: number | null;
    indexedDbVersion: number;
    state: string | null;
    source: string | null;
    dataAsOf: string | null;
    tables: Record<string, number>;
  };
  sync: {
    enrolled: boolean;
    apiUrl: string | null;
    deviceId: string | null;
    stationId: string | null;
    deviceKind: string | null;
    credentialIssuedAt: string | null;
    cursor: number | null;
    outbox: number;
    nextSeq: number | null;
    refusedChanges: number;
    status: {
      mode: string;
      lastSyncedAt: string | null;
      pending: number;
      conflicts: number;
      readOnly: boolean;
      lastError: { reason: string; message: string; at: string; retryInMs: number | null } | null;
    } | null;
  };
}

const iso = (t: number | null | undefined): string | null =>
  typeof t === 'number' && Number.isFinite(t) ? new Date(t).toISOString() : null;

/** Tables whose rows are counted (never read): the entity tables plus the outbox and audit. */
async function tableCounts(db: GridroomDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) {
    if (table.name === 'meta') continue;
    counts[table.name] = await table.count();
  }
  return counts;
}

export async function readDiagnosticsSummary(
  db: GridroomDb,
  appInfo: AppInfo | null,
  language: string | null,
  now = Date.now(),
): Promise<DiagnosticsSummary> {
  const [schema, cacheState, syncConfig, syncCursor, syncSeq, syncStatus] = await Promise.all(
    (['schema', 'cacheState', 'syncConfig', 'syncCursor', 'syncSeq', 'syncStatus'] as const).map((k) =>
      db.meta.get(k),
    ),
  );
  const refused = await db.meta.where('key').startsWith(REFUSED_PREFIX).count();
  const config = syncConfig?.key === 'syncConfig' ? syncConfig.value : null;
  const state = cacheState?.key === 'cacheState' ? cacheState.value : null;
  const status = syncStatus?.key === 'syncStatus' ? syncStatus.value : null;
  return {
    format: 1,
    generatedAt: new Date(now).toISOString(),
    app: {
      desktop: appInfo !== null,
      version: appInfo?.version ?? null,
      electron: appInfo?.electronVersion ?? null,
      chrome: appInfo?.chromeVersion ?? null,
      node: appInfo?.nodeVersion ?? null,
      platform: appInfo?.platform ?? null,
      packaged: appInfo?.isPackaged ?? null,
      userAgent: navigator.userAgent,
      language,
    },
    protocol: { apiVersion: API_VERSION },
    cache: {
      database: db.name,
      appSchemaVersion: CURRENT_SCHEMA.version,
      writtenSchemaVersion: schema?.key === 'schema' ? schema.value.version : null,
      indexedDbVersion: db.verno,
      state: state?.status ?? null,
      source: state?.source ?? null,
      dataAsOf: state?.status === 'ready' ? iso(state.dataAsOf) : null,
      tables: await tableCounts(db),
    },
    sync: {
      enrolled: config !== null,
      apiUrl: config?.apiUrl ?? null,
      deviceId: config?.deviceId ?? null,
      stationId: config?.stationId ?? null,
      deviceKind: config?.kind ?? null,
      credentialIssuedAt: iso(config?.credentialIssuedAt),
      cursor: syncCursor?.key === 'syncCursor' ? syncCursor.value.cursor : null,
      outbox: await db.outbox.count(),
      nextSeq: syncSeq?.key === 'syncSeq' ? syncSeq.value.next : null,
      refusedChanges: refused,
      status: status && {
        mode: status.mode,
        lastSyncedAt: iso(status.lastSyncedAt),
        pending: status.pending,
        conflicts: status.conflicts,
        readOnly: status.readOnly,
        lastError: status.lastError && {
          reason: status.lastError.reason,
          message: redactText(status.lastError.message),
          at: iso(status.lastError.at) ?? '',
          retryInMs: status.lastError.retryInMs,
        },
      },
    },
  };
}
