/**
 * POST /api/v1/updates/report (issue 17): a workstation tells the centre what became of an
 * update — checked, installed, refused and why (common/update/updateReport.ts). Device
 * credential; a small body limit; the latest report per device is kept (deviceUpdates.ts) and
 * shown on the chief's device screen with the version.
 */
import { okReplySchema } from '#common/auth/protocol';
import { UPDATE_REPORT_ROUTE, updateReportSchema } from '#common/update/updateReport';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { storeUpdateReport } from './deviceUpdates';

/** A report is a few hundred bytes; anything past this is not one. */
export const UPDATE_REPORT_BODY_LIMIT = 4096;

export function registerUpdateReportRoute(app: ZodApp, ctx: AppContext): void {
  app.post(
    UPDATE_REPORT_ROUTE,
    {
      bodyLimit: UPDATE_REPORT_BODY_LIMIT,
      schema: {
        summary: 'A workstation reports the state of its update (refused, installed…)',
        body: updateReportSchema,
        response: { 200: okReplySchema, ...errorResponses(401, 413) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      await storeUpdateReport(ctx.db, device.id, request.body, ctx.now());
      return { ok: true as const };
    },
  );
}
