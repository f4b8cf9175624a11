/**
 * The cache's life from the app's point of view, as a reducer-free async sequence: open it;
 * if empty or left half-loaded, load the demo dataset through the worker; if it cannot be
 * used, report why. Kept out of React so it can be reasoned about (and reused by the bench).
 */
import { deleteCache, openCache, requestPersistentStorage } from '#renderer/db/openCache';
import { DemoLoadError, loadDemoData } from '#renderer/db/loadDemoData';
import type { GridroomDb } from '#renderer/db/database';
import { DB_NAME } from '#renderer/db/schema';
import type { CacheFailure } from '#renderer/db/storageErrors';
import type { WriteProgress } from '#renderer/db/writeDataset';
import { bringUpFromCentral, type CentralProgress } from './centralBringUp';
import { loadRuntimeConfig } from '#renderer/shared/runtimeConfig';
import { readSyncConfig } from '#renderer/shared/useSyncConfig';
import { createLogger } from '#common/log';

const log = createLogger('cache');

/** Logs the states IT needs afterwards: why the cache failed, and how it came up. */
function logGateState(s: GateState, how: string): void {
  if (s.phase === 'failed')
    log.error('cache failed', { reason: s.failure.reason, detail: s.failure.detail, how });
  else if (s.phase === 'ready') log.info('cache ready', { how });
}

export type DemoSize = 'station' | 'district';

export type GateState =
  | { phase: 'opening' }
  | { phase: 'generating' }
  | { phase: 'loading'; progress: WriteProgress }
  | { phase: 'central'; progress: CentralProgress }
  | { phase: 'failed'; failure: CacheFailure }
  | { phase: 'ready'; db: GridroomDb };

/** `?demo=district` on the first run loads the large dataset (benches and scale tests). */
export function requestedDemoSize(): DemoSize {
  return new URLSearchParams(window.location.search).get('demo') === 'district' ? 'district' : 'station';
}

/**
 * The cache of this window. `?ws=2` gives a second, separate workstation cache in the same
 * browser — two tabs as two workstations, for demos; Electron windows use the default.
 */
export function workstationDbName(): string {
  const ws = new URLSearchParams(window.location.search).get('ws');
  return ws && /^[a-z0-9-]{1,16}$/i.test(ws) ? `${DB_NAME}-ws-${ws}` : DB_NAME;
}

/** `?demo=…` asks for local demo data even where a central API is configured. */
function demoExplicitlyRequested(): boolean {
  return new URLSearchParams(window.location.search).has('demo');
}

export async function bringUpCache(
  size: DemoSize,
  reportState: (s: GateState) => void,
  forceDemo = false,
): Promise<void> {
  let how = 'open';
  const report = (s: GateState) => {
    logGateState(s, how);
    reportState(s);
  };
  report({ phase: 'opening' });
  const opened = await openCache(workstationDbName());
  if (opened.kind === 'failed') return report({ phase: 'failed', failure: opened.failure });
  if (opened.kind === 'ready') {
    void requestPersistentStorage();
    return report({ phase: 'ready', db: opened.db });
  }
  const runtime = await loadRuntimeConfig();
  const central = await readSyncConfig(opened.db);
  if ((central || (runtime.apiUrl && runtime.enrolmentCode)) && !forceDemo && !demoExplicitlyRequested()) {
    how = 'central';
    try {
      await bringUpFromCentral(
        opened.db,
        { apiUrl: runtime.apiUrl ?? central?.apiUrl ?? '', enrolmentCode: runtime.enrolmentCode ?? '' },
        (progress) => report({ phase: 'central', progress }),
      );
    } catch (error) {
      opened.db.close();
      return report({ phase: 'failed', failure: { reason: 'central-unreachable', detail: String(error) } });
    }
    void requestPersistentStorage();
    return report({ phase: 'ready', db: opened.db });
  }
  how = `demo-${size}`;
  report({ phase: 'generating' });
  try {
    await loadDemoData({ size, now: Date.now(), dbName: workstationDbName() }, (m) => {
      if (m.type === 'progress') report({ phase: 'loading', progress: m });
    });
  } catch (error) {
    opened.db.close();
    const failure =
      error instanceof DemoLoadError ? error.failure : { reason: 'corrupt' as const, detail: String(error) };
    return report({ phase: 'failed', failure });
  }
  void requestPersistentStorage();
  report({ phase: 'ready', db: opened.db });
}

export async function rebuildCache(
  current: GridroomDb | null,
  size: DemoSize,
  report: (s: GateState) => void,
  forceDemo = false,
) {
  log.info('cache rebuild', { size, forceDemo });
  report({ phase: 'opening' });
  current?.close();
  try {
    await deleteCache(workstationDbName());
  } catch (error) {
    return report({ phase: 'failed', failure: { reason: 'corrupt', detail: String(error) } });
  }
  await bringUpCache(size, report, forceDemo);
}
