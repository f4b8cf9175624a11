/**
 * The one typed IPC contract between renderer (via the preload) and main. Every channel has a
 * zod schema for its request and its reply; main parses every request with it before a handler
 * sees it, so a handler only ever receives data of the declared shape. `GridroomApi` — the
 * object the preload exposes — is derived from this file, so adding a channel here without
 * exposing it (or the other way round) fails the typecheck.
 */
import { z } from 'zod';
import { ipcChannels, type IpcChannel, type IpcMethod } from './channels';
import {
  basemapActivateReplySchema,
  basemapActivateRequestSchema,
  basemapPickFileReplySchema,
} from './basemapContract';
import { logReadReplySchema, logWriteReplySchema, logWriteRequestSchema } from './logContract';
import {
  updateConnectRequestSchema,
  updateInstallReplySchema,
  updateOutboxRequestSchema,
  updateStatusSchema,
  updateWatchRequestSchema,
} from './updateContract';

/** Longest URL the app agrees to hand to the OS; real links are far shorter. */
export const maxExternalUrlLength = 2048;

export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    electronVersion: z.string(),
    chromeVersion: z.string(),
    nodeVersion: z.string(),
    platform: z.string(),
    dataDir: z.string(),
    isPackaged: z.boolean(),
  })
  .strict();

export const linkOpenExternalRequestSchema = z
  .object({ url: z.string().min(1).max(maxExternalUrlLength) })
  .strict();

export const linkRefusalReasonSchema = z.enum(['invalid-url', 'scheme-not-allowed', 'open-failed']);

export const linkOpenExternalReplySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok') }).strict(),
  z.object({ status: z.literal('refused'), reason: linkRefusalReasonSchema, message: z.string() }).strict(),
]);

export const displayBoundsSchema = z
  .object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })
  .strict();

export const briefingOpenDisplayReplySchema = z
  .object({
    displayId: z.number(),
    label: z.string(),
    /** true when the briefing opened on a display other than the primary one */
    external: z.boolean(),
    bounds: displayBoundsSchema,
  })
  .strict();

/**
 * The workstation's device credential is kept sealed by the OS keychain (Electron safeStorage):
 * the renderer stores only the sealed form (base64) and asks main to open it when it connects.
 */
export const credentialSealRequestSchema = z.object({ plaintext: z.string().min(20).max(200) }).strict();
export const credentialOpenRequestSchema = z.object({ sealed: z.string().min(1).max(4096) }).strict();
/**
 * Why main would not seal or open: `no-encryption` — safeStorage offers none; `weak-backend` —
 * Linux's `basic_text` (a hard-coded key) or `unknown` backend, which seals nothing;
 * `cannot-open` — the sealed form does not open (another keychain, or forged).
 */
export const credentialUnavailableReasons = ['no-encryption', 'weak-backend', 'cannot-open'] as const;
export const credentialReplySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), value: z.string() }).strict(),
  z
    .object({
      status: z.literal('unavailable'),
      message: z.string(),
      reason: z.enum(credentialUnavailableReasons).optional(),
    })
    .strict(),
]);

/**
 * Saving an exported report file (XLSX, CSV) where the user chooses: main shows the save
 * dialog and writes atomically (a failed write leaves nothing half-written). The bytes travel
 * base64-encoded and are capped at 50 MB; the suggested name is a bare file name with the
 * kind's extension, never a path.
 */
export const reportFileKinds = ['xlsx', 'csv'] as const;
export const reportFileKindSchema = z.enum(reportFileKinds);
export const maxReportFileBytes = 50 * 1024 * 1024;
/** Base64 length of `maxReportFileBytes` (4 characters per 3 bytes, padded). */
export const maxReportFileBase64Length = Math.ceil(maxReportFileBytes / 3) * 4;

export const reportSaveFileRequestSchema = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      // eslint-disable-next-line no-control-regex
      .regex(/^[^/\\:*?"<>|\u0000-\u001f.][^/\\:*?"<>|\u0000-\u001f]*$/, 'a bare file name, not a path'),
    bytesBase64: z.base64().min(1).max(maxReportFileBase64Length),
    kind: reportFileKindSchema,
  })
  .strict()
  .refine((r) => r.suggestedName.toLowerCase().endsWith(`.${r.kind}`), {
    message: "the file name must end with the kind's extension",
    path: ['suggestedName'],
  });

export const reportSaveFailureSchema = z.enum(['disk-full', 'no-permission', 'not-found', 'write-failed']);

export const reportSaveFileReplySchema = z.discriminatedUnion('status', [
  z
    .object({ status: z.literal('saved'), filePath: z.string(), bytes: z.number().int().nonnegative() })
    .strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  z.object({ status: z.literal('failed'), reason: reportSaveFailureSchema, message: z.string() }).strict(),
]);

/**
 * Exporting the daily report of a date as a PDF (desktop app): main shows the save dialog on
 * the suggested name (a bare `….pdf` file name, as for report-save-file), prints the report's
 * A4 layout (`#/report-print?date=`) in a hidden window with printToPDF and writes the file
 * atomically. `busy`: another PDF export is running; `render-failed`: no PDF could be made.
 */
export const reportExportPdfRequestSchema = z
  .object({
    date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a report date, YYYY-MM-DD'),
    suggestedName: reportSaveFileRequestSchema.shape.suggestedName,
  })
  .strict()
  .refine((r) => r.suggestedName.toLowerCase().endsWith('.pdf'), {
    message: 'the file name must end with .pdf',
    path: ['suggestedName'],
  });

export const reportPdfFailureSchema = z.enum([...reportSaveFailureSchema.options, 'render-failed', 'busy']);

export const reportExportPdfReplySchema = z.discriminatedUnion('status', [
  z
    .object({ status: z.literal('saved'), filePath: z.string(), bytes: z.number().int().nonnegative() })
    .strict(),
  z.object({ status: z.literal('cancelled') }).strict(),
  z.object({ status: z.literal('failed'), reason: reportPdfFailureSchema, message: z.string() }).strict(),
]);

/**
 * Exporting a duty handover sheet as a one-page PDF (desktop app), the same way as the daily
 * report: the save dialog, printToPDF of its A4 layout (`#/handover-print?id=`) in a hidden
 * window, an atomic write. The reply is the report's.
 */
export const handoverExportPdfRequestSchema = z
  .object({
    id: z.uuid(),
    suggestedName: reportSaveFileRequestSchema.shape.suggestedName,
  })
  .strict()
  .refine((r) => r.suggestedName.toLowerCase().endsWith('.pdf'), {
    message: 'the file name must end with .pdf',
    path: ['suggestedName'],
  });

/** Channels that take no argument use `z.undefined()`: anything sent is a malformed request. */
export const ipcContract = {
  [ipcChannels.appGetInfo]: { request: z.undefined(), reply: appInfoSchema },
  [ipcChannels.linkOpenExternal]: {
    request: linkOpenExternalRequestSchema,
    reply: linkOpenExternalReplySchema,
  },
  [ipcChannels.briefingOpenDisplay]: { request: z.undefined(), reply: briefingOpenDisplayReplySchema },
  [ipcChannels.credentialSeal]: { request: credentialSealRequestSchema, reply: credentialReplySchema },
  [ipcChannels.credentialOpen]: { request: credentialOpenRequestSchema, reply: credentialReplySchema },
  [ipcChannels.reportSaveFile]: { request: reportSaveFileRequestSchema, reply: reportSaveFileReplySchema },
  [ipcChannels.reportExportPdf]: { request: reportExportPdfRequestSchema, reply: reportExportPdfReplySchema },
  [ipcChannels.handoverExportPdf]: {
    request: handoverExportPdfRequestSchema,
    reply: reportExportPdfReplySchema,
  },
  [ipcChannels.basemapPickFile]: { request: z.undefined(), reply: basemapPickFileReplySchema },
  [ipcChannels.basemapActivate]: { request: basemapActivateRequestSchema, reply: basemapActivateReplySchema },
  [ipcChannels.logWrite]: { request: logWriteRequestSchema, reply: logWriteReplySchema },
  [ipcChannels.logRead]: { request: z.undefined(), reply: logReadReplySchema },
  [ipcChannels.updateGetStatus]: { request: z.undefined(), reply: updateStatusSchema },
  [ipcChannels.updateWatchStatus]: { request: updateWatchRequestSchema, reply: updateStatusSchema },
  [ipcChannels.updateCheckNow]: { request: z.undefined(), reply: updateStatusSchema },
  [ipcChannels.updateInstallNow]: { request: z.undefined(), reply: updateInstallReplySchema },
  [ipcChannels.updateSetOutbox]: { request: updateOutboxRequestSchema, reply: updateStatusSchema },
  [ipcChannels.updateConnect]: { request: updateConnectRequestSchema, reply: updateStatusSchema },
} as const satisfies Record<IpcChannel, { request: z.ZodType; reply: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type IpcRequest<C extends IpcChannel> = z.infer<IpcContract[C]['request']>;
export type IpcReply<C extends IpcChannel> = z.infer<IpcContract[C]['reply']>;

export type AppInfo = z.infer<typeof appInfoSchema>;
export type LinkOpenExternalRequest = z.infer<typeof linkOpenExternalRequestSchema>;
export type LinkOpenExternalReply = z.infer<typeof linkOpenExternalReplySchema>;
export type LinkRefusalReason = z.infer<typeof linkRefusalReasonSchema>;
export type BriefingOpenDisplayReply = z.infer<typeof briefingOpenDisplayReplySchema>;
export type CredentialSealRequest = z.infer<typeof credentialSealRequestSchema>;
export type CredentialOpenRequest = z.infer<typeof credentialOpenRequestSchema>;
export type CredentialReply = z.infer<typeof credentialReplySchema>;
export type CredentialUnavailableReason = (typeof credentialUnavailableReasons)[number];
export type ReportFileKind = z.infer<typeof reportFileKindSchema>;
export type ReportSaveFileRequest = z.infer<typeof reportSaveFileRequestSchema>;
export type ReportSaveFileReply = z.infer<typeof reportSaveFileReplySchema>;
export type ReportSaveFailure = z.infer<typeof reportSaveFailureSchema>;
export type ReportExportPdfRequest = z.infer<typeof reportExportPdfRequestSchema>;
export type ReportExportPdfReply = z.infer<typeof reportExportPdfReplySchema>;
export type ReportPdfFailure = z.infer<typeof reportPdfFailureSchema>;
export type HandoverExportPdfRequest = z.infer<typeof handoverExportPdfRequestSchema>;

type MethodFor<C extends IpcChannel> = [IpcRequest<C>] extends [undefined]
  ? () => Promise<IpcReply<C>>
  : (request: IpcRequest<C>) => Promise<IpcReply<C>>;

/** The preload's object: one method per channel, named as in `ipcChannels`. */
export type GridroomApi = { readonly [M in IpcMethod]: MethodFor<(typeof ipcChannels)[M]> };

export { ipcChannels, ipcChannelList, type IpcChannel, type IpcMethod } from './channels';
