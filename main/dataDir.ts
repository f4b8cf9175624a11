/**
 * Where the app keeps its data (Chromium profile: IndexedDB, localStorage). GRIDROOM_DATA_DIR,
 * when given, must be an absolute path and becomes Electron's userData. In test mode
 * (GRIDROOM_TEST=1) it is required, so no test ever touches a real workstation's data.
 */
import path from 'node:path';

export type DataDirDecision =
  { ok: true; dataDir: string | undefined; testMode: boolean } | { ok: false; message: string };

export function decideDataDir(env: Record<string, string | undefined>): DataDirDecision {
  const testMode = env.GRIDROOM_TEST === '1';
  const given = env.GRIDROOM_DATA_DIR;
  if (given === undefined || given === '') {
    if (testMode) {
      return {
        ok: false,
        message:
          'GRIDROOM_TEST=1 requires GRIDROOM_DATA_DIR (a fresh directory per test); refusing to start.',
      };
    }
    return { ok: true, dataDir: undefined, testMode };
  }
  if (!path.isAbsolute(given) || given.includes('\0')) {
    return { ok: false, message: `GRIDROOM_DATA_DIR must be an absolute path, got ${JSON.stringify(given)}` };
  }
  return { ok: true, dataDir: path.resolve(given), testMode };
}
