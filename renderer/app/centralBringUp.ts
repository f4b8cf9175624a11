/**
 * First run against the central API: enrol this workstation with the host's enrolment code,
 * then run the initial sync (pull from cursor 0: the snapshot, page by page, each page
 * committed with its cursor, so a closed window resumes where it stopped) in the sync worker,
 * reporting progress. The cache is marked `ready` only after the first complete sync.
 */
import type { RuntimeConfig } from '#common/runtimeConfig';
import type { SyncSnapshot } from '#common/sync/syncStatus';
import type { GridroomDb } from '#renderer/db/database';
import { defaultSettings } from '#renderer/db/localRows';
import { enrolWorkstation } from '#renderer/features/sync/enrol';
import { readSyncConfig } from '#renderer/shared/useSyncConfig';
import { createSyncClient } from '#renderer/sync/syncClient';
import { recomputeAllAggregates } from '#renderer/sync/gridAggregates';
import { clearCache } from '#renderer/db/writeDataset';
import { CURRENT_SCHEMA } from '#renderer/db/schema';

export interface CentralProgress {
  stage: 'enrolling' | 'syncing';
  done: number;
  error: SyncSnapshot['lastError'];
}

export async function bringUpFromCentral(
  db: GridroomDb,
  config: RuntimeConfig & { apiUrl: string; enrolmentCode: string },
  onProgress: (p: CentralProgress) => void,
): Promise<void> {
  let sync = await readSyncConfig(db);
  if (!sync) {
    onProgress({ stage: 'enrolling', done: 0, error: null });
    await clearCache(db);
    sync = await enrolWorkstation(db, config.apiUrl, config.enrolmentCode, defaultSettings.workstation);
  }
  await db.meta.bulkPut([
    { key: 'schema', value: { version: CURRENT_SCHEMA.version } },
    { key: 'cacheState', value: { status: 'loading', source: 'central', startedAt: Date.now() } },
  ]);
  const client = createSyncClient(db);
  performance.mark('central:sync-start');
  try {
    await new Promise<void>((resolve) => {
      let done = 0;
      let sawCycle = false;
      const unsubscribe = client.subscribe((s) => {
        if (s.progress) done = Math.max(done, s.progress.done);
        sawCycle ||= s.running;
        onProgress({ stage: 'syncing', done, error: s.lastError });
        // Done after a cycle of this session finished cleanly (not a snapshot persisted earlier).
        if (sawCycle && !s.running && s.lastSyncedAt !== null && s.lastError === null) {
          unsubscribe();
          resolve();
        }
      });
      client.start('online');
    });
  } finally {
    client.stop();
  }
  await recomputeAllAggregates(db);
  performance.mark('central:sync-done');
  await db.meta.put({
    key: 'cacheState',
    value: { status: 'ready', source: 'central', readyAt: Date.now(), dataAsOf: Date.now() },
  });
}
