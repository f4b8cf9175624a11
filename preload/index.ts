/**
 * The preload (bundled to dist/preload/index.cjs, runs sandboxed): exposes exactly one object,
 * `window.gridroom`, with one method per IPC contract channel. Never exposes ipcRenderer or
 * any Node/Electron object. Imports only channel names and types, so no zod is bundled here;
 * main validates every request and reply against the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeName } from '#common/ipc/bridgeName';
import { ipcChannels } from '#common/ipc/channels';
import type { BasemapActivateRequest } from '#common/ipc/basemapContract';
import type { LogWriteRequest } from '#common/ipc/logContract';
import type {
  UpdateConnectRequest,
  UpdateOutboxRequest,
  UpdateWatchRequest,
} from '#common/ipc/updateContract';
import type {
  CredentialOpenRequest,
  CredentialSealRequest,
  GridroomApi,
  IpcChannel,
  IpcReply,
  LinkOpenExternalRequest,
  ReportExportPdfRequest,
  HandoverExportPdfRequest,
  ReportSaveFileRequest,
} from '#common/ipc/contract';

function invoke<C extends IpcChannel>(channel: C, request?: unknown): Promise<IpcReply<C>> {
  const args = request === undefined ? [] : [request];
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcReply<C>>;
}

const api = {
  appGetInfo: () => invoke(ipcChannels.appGetInfo),
  linkOpenExternal: (request: LinkOpenExternalRequest) => invoke(ipcChannels.linkOpenExternal, request),
  briefingOpenDisplay: () => invoke(ipcChannels.briefingOpenDisplay),
  credentialSeal: (request: CredentialSealRequest) => invoke(ipcChannels.credentialSeal, request),
  credentialOpen: (request: CredentialOpenRequest) => invoke(ipcChannels.credentialOpen, request),
  reportSaveFile: (request: ReportSaveFileRequest) => invoke(ipcChannels.reportSaveFile, request),
  reportExportPdf: (request: ReportExportPdfRequest) => invoke(ipcChannels.reportExportPdf, request),
  handoverExportPdf: (request: HandoverExportPdfRequest) => invoke(ipcChannels.handoverExportPdf, request),
  basemapPickFile: () => invoke(ipcChannels.basemapPickFile),
  basemapActivate: (request: BasemapActivateRequest) => invoke(ipcChannels.basemapActivate, request),
  logWrite: (request: LogWriteRequest) => invoke(ipcChannels.logWrite, request),
  logRead: () => invoke(ipcChannels.logRead),
  updateGetStatus: () => invoke(ipcChannels.updateGetStatus),
  updateWatchStatus: (request: UpdateWatchRequest) => invoke(ipcChannels.updateWatchStatus, request),
  updateCheckNow: () => invoke(ipcChannels.updateCheckNow),
  updateInstallNow: () => invoke(ipcChannels.updateInstallNow),
  updateSetOutbox: (request: UpdateOutboxRequest) => invoke(ipcChannels.updateSetOutbox, request),
  updateConnect: (request: UpdateConnectRequest) => invoke(ipcChannels.updateConnect, request),
} satisfies GridroomApi;

contextBridge.exposeInMainWorld(bridgeName, api);
