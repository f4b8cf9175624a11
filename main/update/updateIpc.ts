/**
 * The update channels' side in main (issue 17): what the IPC handlers ask of the updater, and
 * the status a process without one answers (dev runs, tests) — disabled with its reason, so
 * settings → 版本 still shows the running version. Pure: no Electron here.
 */
import {
  idleUpdateStatus,
  type UpdateConnectRequest,
  type UpdateInstallReply,
  type UpdateStatus,
} from '#common/ipc/updateContract';

/** How long `update-watch-status` holds a request open before answering with the same status. */
export const updateWatchTimeoutMs = 25_000;

export interface UpdateIpc {
  getStatus(): UpdateStatus;
  waitForChange(afterRevision: number, timeoutMs: number): Promise<UpdateStatus>;
  checkNow(): Promise<UpdateStatus>;
  installNow(): Promise<UpdateInstallReply>;
  setOutboxPending(pending: number): Promise<UpdateStatus>;
  connect(request: UpdateConnectRequest): Promise<UpdateStatus>;
}

export function disabledUpdateStatus(runningVersion: string): UpdateStatus {
  return idleUpdateStatus(runningVersion, 'stable', 'not-packaged');
}
