/**
 * Starts the desktop app's updater (issue 17): decides whether this process may update (a key
 * pinned in the build; packaged, or a test run that forces it), loads the memory file, builds
 * the controller over electron-updater and the reporter, and checks after the renderer connects
 * and then every few hours. Returns what the IPC handlers need.
 */
import path from 'node:path';
import { createLogger } from '#common/log';
import { createElectronUpdater } from './electronUpdater';
import { pinnedPublisherKey } from './pinnedKey';
import { UpdateController, type UpdaterPort } from './updateController';
import type { UpdateIpc } from './updateIpc';
import { loadUpdateMemory, saveUpdateMemory } from './updateMemoryFile';
import { createUpdateReporter } from './updateReporter';
import { decideUpdateDisabled, updateChannelFromEnv } from './updatePolicy';

const log = createLogger('updater');

/** How often a running workstation asks the centre again. */
export const UPDATE_CHECK_INTERVAL_MS = 4 * 60 * 60_000;

export interface StartUpdatesOptions {
  env: NodeJS.ProcessEnv;
  userDataDir: string;
  runningVersion: string;
  isPackaged: boolean;
  testMode: boolean;
}

const idleUpdater: UpdaterPort = {
  configure: () => undefined,
  check: async () => null,
  download: async () => {
    throw new Error('no updater in this process');
  },
  quitAndInstall: () => undefined,
};

export async function startUpdates(options: StartUpdatesOptions): Promise<UpdateIpc> {
  const { env, testMode, isPackaged } = options;
  const publicKey = pinnedPublisherKey(env, testMode, isPackaged);
  const forceDev = testMode && !isPackaged && env.GRIDROOM_UPDATE_FORCE_DEV === '1';
  const disabled = decideUpdateDisabled({ publicKey, isPackaged, forceDev });
  const memoryFile = path.join(options.userDataDir, 'update.json');
  const updater =
    disabled === null
      ? createElectronUpdater({
          forceDev,
          configPath: forceDev ? env.GRIDROOM_UPDATE_CONFIG_PATH : undefined,
          logger: {
            info: (message) => log.info(message),
            warn: (message) => log.warn(message),
            error: (message) => log.error(message),
          },
        })
      : idleUpdater;
  let controller: UpdateController | null = null;
  controller = new UpdateController({
    updater,
    publicKey,
    runningVersion: options.runningVersion,
    channel: updateChannelFromEnv(env),
    memory: await loadUpdateMemory(memoryFile),
    saveMemory: (memory) => saveUpdateMemory(memoryFile, memory),
    report: createUpdateReporter(() => controller?.connectionInfo() ?? null, options.runningVersion),
    now: () => Date.now(),
    disabled: disabled ?? undefined,
  });
  log.info('updater ready', { disabled, channel: controller.getStatus().channel });
  const owned = controller;
  let timer: NodeJS.Timeout | null = null;

  const check = () => {
    void owned.checkNow().then((status) => {
      if (status.state === 'refused' || status.state === 'error')
        log.warn('update check', { state: status.state, refusal: status.refusal, detail: status.detail });
    });
  };

  return {
    getStatus: () => owned.getStatus(),
    waitForChange: (after, timeoutMs) => owned.waitForChange(after, timeoutMs),
    checkNow: () => owned.checkNow(),
    installNow: () => owned.installNow(),
    setOutboxPending: (pending) => owned.setOutboxPending(pending),
    async connect(request) {
      const first = owned.connectionInfo() === null;
      const status = await owned.connect(request);
      if (first && status.disabled === null) {
        check();
        timer = setInterval(check, UPDATE_CHECK_INTERVAL_MS);
        timer.unref();
      }
      return status;
    },
  };
}
