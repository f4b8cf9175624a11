/**
 * The main side of the IPC contract. Handlers are pure functions of (parsed request, deps);
 * `registerIpcHandlers` is the only place requests arrive from a renderer: it checks the
 * sender, parses every request with the contract's zod schema, rejects malformed ones with an
 * error naming the channel and the problem, and checks the reply against the contract too.
 * No Electron import: `ipcMain` is passed in, so tests use a fake one.
 */
import { z } from 'zod';
import {
  ipcChannelList,
  ipcChannels,
  ipcContract,
  type AppInfo,
  type CredentialUnavailableReason,
  type BriefingOpenDisplayReply,
  type IpcChannel,
  type IpcReply,
  type IpcRequest,
  type ReportExportPdfReply,
  type ReportExportPdfRequest,
  type HandoverExportPdfRequest,
} from '#common/ipc/contract';
import type {
  BasemapActivateReply,
  BasemapActivateRequest,
  BasemapPickFileReply,
} from '#common/ipc/basemapContract';
import type { LogReadReply } from '#common/ipc/logContract';
import type { LogRecord } from '#common/log';
import type { CredentialVault } from './credentialVault';
import { handleReportSaveFile, type ReportSaveDeps } from './reportSaveFile';
import { checkExternalUrl } from './security';
import { disabledUpdateStatus, updateWatchTimeoutMs, type UpdateIpc } from './update/updateIpc';

export interface IpcHandlerDeps {
  appInfo: () => AppInfo;
  /** Opens an http(s) URL (already checked) in the system browser. */
  openExternal: (url: string) => Promise<void>;
  openBriefingDisplay: () => Promise<BriefingOpenDisplayReply>;
  /** The OS keychain (Electron safeStorage), or null where it seals nothing (credentialVault.ts). */
  vault: CredentialVault | null;
  /** Why `vault` is null (default `no-encryption`). */
  vaultReason?: CredentialUnavailableReason;
  /** Save dialog + atomic write for exported report files (XLSX, CSV). */
  reportSave: ReportSaveDeps;
  /** The daily report as PDF: dialog, printToPDF, atomic write (reportPdf.ts), one at a time. */
  exportReportPdf: (request: ReportExportPdfRequest) => Promise<ReportExportPdfReply>;
  /** A handover sheet as a one-page PDF, the same way; absent where main offers none (refused). */
  exportHandoverPdf?: (request: HandoverExportPdfRequest) => Promise<ReportExportPdfReply>;
  /** The offline basemap: PMTiles open dialog + check, and the active basemap (basemapFile.ts);
   * absent where main offers none (then both channels refuse). */
  basemap?: {
    pickFile(): Promise<BasemapPickFileReply>;
    activate(request: BasemapActivateRequest): Promise<BasemapActivateReply>;
  };
  /** The log files (logging.ts): the renderer's lines are written there, and read back for diagnostics. */
  logs?: {
    writeFromRenderer(records: readonly LogRecord[]): void;
    readFiles(): LogReadReply['files'];
  };
  /** The updater (update/updateController.ts); absent where main runs none (then: disabled). */
  updates?: UpdateIpc;
}

export type { CredentialVault } from './credentialVault';

const vaultMessages: Record<CredentialUnavailableReason, string> = {
  'no-encryption': '系统钥匙串不可用，设备凭据不会保存到磁盘 / the OS keychain offers no encryption here',
  'weak-backend':
    '系统钥匙串不可用（basic_text 仅用固定密钥），设备凭据不会保存到磁盘 / the basic_text keychain backend seals nothing',
  'cannot-open': '无法解开已封存的设备凭据 / cannot open the sealed credential',
};

const vaultUnavailable = (reason: CredentialUnavailableReason) =>
  ({ status: 'unavailable', reason, message: vaultMessages[reason] }) as const;

type Handler<C extends IpcChannel> = (request: IpcRequest<C>, deps: IpcHandlerDeps) => Promise<IpcReply<C>>;

export const ipcHandlers: { [C in IpcChannel]: Handler<C> } = {
  [ipcChannels.appGetInfo]: async (_request, deps) => deps.appInfo(),

  [ipcChannels.linkOpenExternal]: async (request, deps) => {
    const check = checkExternalUrl(request.url);
    if (!check.ok) return { status: 'refused', reason: check.reason, message: check.message };
    try {
      await deps.openExternal(check.url);
      return { status: 'ok' };
    } catch (error) {
      return {
        status: 'refused',
        reason: 'open-failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  },

  [ipcChannels.briefingOpenDisplay]: async (_request, deps) => deps.openBriefingDisplay(),

  [ipcChannels.credentialSeal]: async (request, deps) =>
    deps.vault
      ? { status: 'ok', value: deps.vault.seal(request.plaintext) }
      : vaultUnavailable(deps.vaultReason ?? 'no-encryption'),

  [ipcChannels.credentialOpen]: async (request, deps) => {
    if (!deps.vault) return vaultUnavailable(deps.vaultReason ?? 'no-encryption');
    try {
      return { status: 'ok', value: deps.vault.open(request.sealed) };
    } catch (error) {
      return {
        status: 'unavailable',
        reason: 'cannot-open',
        message: `${vaultMessages['cannot-open']}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  },

  [ipcChannels.reportSaveFile]: async (request, deps) => handleReportSaveFile(request, deps.reportSave),

  [ipcChannels.reportExportPdf]: async (request, deps) => deps.exportReportPdf(request),

  [ipcChannels.handoverExportPdf]: async (request, deps) =>
    deps.exportHandoverPdf
      ? deps.exportHandoverPdf(request)
      : { status: 'failed', reason: 'render-failed', message: 'no handover PDF in this process' },

  [ipcChannels.basemapPickFile]: async (_request, deps) =>
    deps.basemap
      ? deps.basemap.pickFile()
      : { status: 'refused', problem: 'unreadable', detail: 'no basemap files in this process' },

  [ipcChannels.basemapActivate]: async (request, deps) =>
    deps.basemap
      ? deps.basemap.activate(request)
      : { status: 'refused', reason: 'unavailable', message: 'no basemap in this process' },

  [ipcChannels.logWrite]: async (request, deps) => {
    deps.logs?.writeFromRenderer(request.records);
    return { status: 'ok', written: deps.logs ? request.records.length : 0 };
  },

  [ipcChannels.logRead]: async (_request, deps) => ({ files: deps.logs?.readFiles() ?? [] }),

  [ipcChannels.updateGetStatus]: async (_request, deps) =>
    deps.updates?.getStatus() ?? disabledUpdateStatus(deps.appInfo().version),

  [ipcChannels.updateWatchStatus]: async (request, deps) =>
    deps.updates
      ? deps.updates.waitForChange(request.afterRevision, updateWatchTimeoutMs)
      : disabledUpdateStatus(deps.appInfo().version),

  [ipcChannels.updateCheckNow]: async (_request, deps) =>
    deps.updates ? deps.updates.checkNow() : disabledUpdateStatus(deps.appInfo().version),

  [ipcChannels.updateInstallNow]: async (_request, deps) =>
    deps.updates ? deps.updates.installNow() : { status: 'not-ready' },

  [ipcChannels.updateSetOutbox]: async (request, deps) =>
    deps.updates
      ? deps.updates.setOutboxPending(request.pending)
      : disabledUpdateStatus(deps.appInfo().version),

  [ipcChannels.updateConnect]: async (request, deps) =>
    deps.updates ? deps.updates.connect(request) : disabledUpdateStatus(deps.appInfo().version),
};

/** The slice of Electron's ipcMain the registration uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>): void;
}

export class IpcRequestError extends Error {
  override readonly name = 'IpcRequestError';
}

async function dispatch<C extends IpcChannel>(
  channel: C,
  rawRequest: unknown,
  deps: IpcHandlerDeps,
): Promise<IpcReply<C>> {
  const entry = ipcContract[channel];
  const parsed = entry.request.safeParse(rawRequest);
  if (!parsed.success) {
    throw new IpcRequestError(`invalid request on "${channel}": ${z.prettifyError(parsed.error)}`);
  }
  const handler = ipcHandlers[channel] as Handler<C>;
  const reply = await handler(parsed.data as IpcRequest<C>, deps);
  return entry.reply.parse(reply) as IpcReply<C>;
}

/**
 * Registers one handler per contract channel. `isTrustedSender` sees the raw IPC event and
 * should accept only frames of the app's own origin.
 */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  deps: IpcHandlerDeps,
  isTrustedSender: (event: unknown) => boolean,
): void {
  for (const channel of ipcChannelList) {
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrustedSender(event)) throw new IpcRequestError(`"${channel}" refused: sender is not the app`);
      if (args.length > 1)
        throw new IpcRequestError(
          `invalid request on "${channel}": expected at most one argument, got ${args.length}`,
        );
      return dispatch(channel, args[0], deps);
    });
  }
}
