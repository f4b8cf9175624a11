/**
 * What a workstation tells the centre about its updates (issue 17), so the chief's device
 * screen shows each workstation's version and any refused update. Sent by the workstation with
 * its device credential to `POST /api/v1/updates/report`; the centre stores the latest report
 * per device. The running version also rides on every sync request in APP_VERSION_HEADER.
 */
import { z } from 'zod';
import { channelNameSchema, releaseVersionSchema } from './releaseStatement';

export const APP_VERSION_HEADER = 'x-gridroom-app-version';
export const UPDATE_REPORT_ROUTE = '/api/v1/updates/report';
/** The update files of a channel: `${UPDATE_FILES_ROUTE}/<channel>/latest.yml` and artifacts. */
export const UPDATE_FILES_ROUTE = '/api/v1/updates';

export const updateStates = ['checked', 'available', 'downloading', 'ready', 'installed', 'refused', 'error'] as const;
export const updateStateSchema = z.enum(updateStates);
export type UpdateState = z.infer<typeof updateStateSchema>;

/** Why an update was refused: each has Chinese and English words in the UI. */
export const updateRefusals = [
  'yml-malformed',
  'signature-missing',
  'signature-invalid',
  'statement-mismatch',
  'file-missing',
  'hash-mismatch',
  'older-version',
  'replayed-statement',
  'wrong-channel',
] as const;
export const updateRefusalSchema = z.enum(updateRefusals);
export type UpdateRefusal = z.infer<typeof updateRefusalSchema>;

export const updateReportSchema = z
  .object({
    runningVersion: releaseVersionSchema,
    channel: channelNameSchema,
    state: updateStateSchema,
    /** The version offered, when one was. */
    offeredVersion: releaseVersionSchema.optional(),
    refusal: updateRefusalSchema.optional(),
    /** A short detail line, no personal data (bounded). */
    detail: z.string().max(200).optional(),
  })
  .strict();
export type UpdateReport = z.infer<typeof updateReportSchema>;
