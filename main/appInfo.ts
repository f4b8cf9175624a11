/**
 * Builds the `app-get-info` reply from what Electron and Node report. Pure: the caller passes
 * the values in, so the shape is testable without Electron.
 */
import type { AppInfo } from '#common/ipc/contract';

export interface AppInfoSource {
  name: string;
  version: string;
  versions: Record<string, string | undefined>;
  platform: string;
  dataDir: string;
  isPackaged: boolean;
}

export function buildAppInfo(source: AppInfoSource): AppInfo {
  return {
    name: source.name,
    version: source.version,
    electronVersion: source.versions.electron ?? 'unknown',
    chromeVersion: source.versions.chrome ?? 'unknown',
    nodeVersion: source.versions.node ?? 'unknown',
    platform: source.platform,
    dataDir: source.dataDir,
    isPackaged: source.isPackaged,
  };
}
