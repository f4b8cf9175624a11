/**
 * The IPC contract of the desktop app's updater (issue 17): what settings → 版本 reads and asks,
 * and what the renderer tells main. The status is one snapshot with a revision; the renderer
 * "subscribes" by asking `update-watch-status` for the next revision (main answers when the
 * status changes, or after a while with the same one), so every channel stays request/reply.
 *
 * The renderer hands main the enrolled centre's address and the device credential
 * (`update-connect`): main needs them for the update feed and the report, the renderer already
 * holds the opened credential for sync, and this also works where the keychain seals nothing.
 * Main keeps them in memory only. Whatever the address, a release installs only with the
 * publisher's signature (main/update/verifyRelease.ts).
 */
import { z } from 'zod';
import { channelNameSchema, releaseVersionSchema } from '../update/releaseStatement';
import { updateRefusalSchema } from '../update/updateReport';

export const updateStatusStates = [
  'idle',
  'checking',
  'up-to-date',
  'available',
  'downloading',
  'ready',
  'installing',
  'refused',
  'error',
] as const;
export const updateStatusStateSchema = z.enum(updateStatusStates);
export type UpdateStatusState = z.infer<typeof updateStatusStateSchema>;

/** Why this process does not update: browser build, no centre yet, or no key in the build. */
export const updateDisabledReasons = ['not-connected', 'no-key', 'not-packaged'] as const;

export const updateStatusSchema = z
  .object({
    revision: z.number().int().nonnegative(),
    runningVersion: z.string().max(64),
    channel: channelNameSchema,
    disabled: z.enum(updateDisabledReasons).nullable(),
    state: updateStatusStateSchema,
    lastCheckedAt: z.number().int().nonnegative().nullable(),
    offeredVersion: releaseVersionSchema.nullable(),
    /** The offered release is a pinned rollback below the running version. */
    downgrade: z.boolean(),
    progress: z
      .object({
        percent: z.number().min(0).max(100),
        transferred: z.number().nonnegative(),
        total: z.number().nonnegative(),
      })
      .nullable(),
    refusal: updateRefusalSchema.nullable(),
    /** A short technical line for the refusal or error (no personal data). */
    detail: z.string().max(300).nullable(),
    /** Changes waiting in the outbox, as the renderer last said; null before it said. */
    outboxPending: z.number().int().nonnegative().nullable(),
  })
  .strict();
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

/** The status before anything happened: idle, nothing checked, offered or downloaded. */
export function idleUpdateStatus(
  runningVersion: string,
  channel: string,
  disabled: UpdateStatus['disabled'],
): UpdateStatus {
  return {
    revision: 0,
    runningVersion,
    channel,
    disabled,
    state: 'idle',
    lastCheckedAt: null,
    offeredVersion: null,
    downgrade: false,
    progress: null,
    refusal: null,
    detail: null,
    outboxPending: null,
  };
}

export const updateWatchRequestSchema = z.object({ afterRevision: z.number().int().nonnegative() }).strict();

export const updateConnectRequestSchema = z
  .object({
    apiUrl: z
      .string()
      .max(2048)
      .regex(/^https?:\/\/[^\s]+$/, 'an http(s) URL'),
    credential: z.string().min(20).max(200),
  })
  .strict();

export const updateOutboxRequestSchema = z
  .object({ pending: z.number().int().nonnegative().max(10_000_000) })
  .strict();

/** 重启以更新: `installing` — main quits and installs; otherwise why not. */
export const updateInstallReplySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('installing'), version: releaseVersionSchema }).strict(),
  z.object({ status: z.literal('not-ready') }).strict(),
  z
    .object({ status: z.literal('outbox-pending'), pending: z.number().int().nonnegative().nullable() })
    .strict(),
  z
    .object({ status: z.literal('refused'), refusal: updateRefusalSchema, detail: z.string().max(300) })
    .strict(),
]);

export type UpdateWatchRequest = z.infer<typeof updateWatchRequestSchema>;
export type UpdateConnectRequest = z.infer<typeof updateConnectRequestSchema>;
export type UpdateOutboxRequest = z.infer<typeof updateOutboxRequestSchema>;
export type UpdateInstallReply = z.infer<typeof updateInstallReplySchema>;
