/**
 * IPC channel names, kebab-case `domain-verb`, keyed by the method name the preload exposes
 * for each. Kept free of zod so the sandboxed preload bundle stays tiny; the schemas for each
 * channel live in contract.ts, which is keyed by exactly these values.
 */
export const ipcChannels = {
  appGetInfo: 'app-get-info',
  linkOpenExternal: 'link-open-external',
  briefingOpenDisplay: 'briefing-open-display',
  credentialSeal: 'credential-seal',
  credentialOpen: 'credential-open',
  reportSaveFile: 'report-save-file',
  reportExportPdf: 'report-export-pdf',
  handoverExportPdf: 'handover-export-pdf',
  basemapPickFile: 'basemap-pick-file',
  basemapActivate: 'basemap-activate',
  logWrite: 'log-write',
  logRead: 'log-read',
  updateGetStatus: 'update-get-status',
  updateWatchStatus: 'update-watch-status',
  updateCheckNow: 'update-check-now',
  updateInstallNow: 'update-install-now',
  updateSetOutbox: 'update-set-outbox',
  updateConnect: 'update-connect',
} as const;

export type IpcMethod = keyof typeof ipcChannels;
export type IpcChannel = (typeof ipcChannels)[IpcMethod];

export const ipcChannelList: readonly IpcChannel[] = Object.values(ipcChannels);
