/**
 * What the chief's device screen shows of a workstation's updates (issue 17): the version it
 * last said it runs (APP_VERSION_HEADER) and its latest update report (updateReport.ts), as the
 * centre's devices list returns them. Null where the workstation has not said yet.
 */
import { z } from 'zod';
import { epochMsSchema } from '../schemas/base';
import { releaseVersionSchema, channelNameSchema } from './releaseStatement';
import { updateRefusalSchema, updateStateSchema } from './updateReport';

export const deviceUpdateReportSchema = z.object({
  runningVersion: releaseVersionSchema,
  channel: channelNameSchema,
  state: updateStateSchema,
  offeredVersion: releaseVersionSchema.nullable(),
  refusal: updateRefusalSchema.nullable(),
  detail: z.string().max(200).nullable(),
  reportedAt: epochMsSchema,
});
export type DeviceUpdateReport = z.infer<typeof deviceUpdateReportSchema>;
