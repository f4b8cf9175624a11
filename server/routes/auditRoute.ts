/**
 * GET /api/v1/audit: the station's audit trail for the station chief — sign-ins, handovers,
 * refusals, enrolments, code and device administration and every applied change with its
 * before/after — filtered and keyset-paged (serverAuditQuerySchema). Chief only.
 */
import { serverAuditQuerySchema, serverAuditReplySchema } from '#common/auth/protocol';
import { readAudit } from '../audit/readAudit';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { requireChief } from '../http/requireOfficer';

export function registerAuditRoute(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/audit',
    {
      schema: {
        summary: 'Station chief: the centre’s audit trail',
        querystring: serverAuditQuerySchema,
        response: { 200: serverAuditReplySchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      await requireChief(request, ctx);
      return readAudit(ctx.db, device.stationId, request.query);
    },
  );
}
