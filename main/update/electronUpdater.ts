/**
 * Adapts electron-updater's autoUpdater to the controller's `UpdaterPort`, with the settings the
 * issue asks for: nothing is downloaded before main verified latest.yml (autoDownload off),
 * nothing installs on quit (autoInstallOnAppQuit off), downgrade only when the controller turns
 * it on for a verified pinned release, the generic provider at the centre's update route with
 * the device credential on every request. The one file that imports electron-updater.
 */
import { autoUpdater } from 'electron-updater';
import type { UpdaterPort } from './updateController';

export interface ElectronUpdaterOptions {
  /** Lets an unpackaged run (the Electron e2e) update from a local centre. */
  forceDev: boolean;
  /** app-update.yml for an unpackaged run (the packaged app has its own in resources/). */
  configPath?: string;
  logger: { info(message: string): void; warn(message: string): void; error(message: string): void };
}

export function createElectronUpdater(options: ElectronUpdaterOptions): UpdaterPort {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.allowDowngrade = false;
  autoUpdater.forceDevUpdateConfig = options.forceDev;
  if (options.configPath) autoUpdater.updateConfigPath = options.configPath;
  autoUpdater.logger = {
    info: (message?: unknown) => options.logger.info(String(message)),
    warn: (message?: unknown) => options.logger.warn(String(message)),
    error: (message?: unknown) => options.logger.error(String(message)),
    debug: () => undefined,
  };
  // errors also reject the promise the controller awaits; without a listener the emitter throws
  autoUpdater.on('error', () => undefined);

  return {
    configure({ feedUrl, requestHeaders, allowDowngrade }) {
      autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
      autoUpdater.requestHeaders = requestHeaders;
      autoUpdater.allowDowngrade = allowDowngrade;
    },
    async check() {
      const result = await autoUpdater.checkForUpdates();
      return result ? { updateInfo: result.updateInfo, isUpdateAvailable: result.isUpdateAvailable } : null;
    },
    async download(onProgress) {
      const listener = (p: { percent: number; transferred: number; total: number }) =>
        onProgress({ percent: p.percent, transferred: p.transferred, total: p.total });
      autoUpdater.on('download-progress', listener);
      try {
        const files = await autoUpdater.downloadUpdate();
        const installer = files[0];
        if (installer === undefined) throw new Error('the updater downloaded no file');
        return installer;
      } finally {
        autoUpdater.off('download-progress', listener);
      }
    },
    quitAndInstall() {
      // silent: false shows the installer's progress; true: relaunch the app afterwards
      autoUpdater.quitAndInstall(false, true);
    },
  };
}
