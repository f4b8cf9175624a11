/**
 * The station chief's enrolment codes (common/auth/protocol.ts):
 *   GET  /enrolment-codes              the station's codes (never the codes themselves)
 *   POST /enrolment-codes              a new random code, shown once in the reply
 *   POST /enrolment-codes/:id/revoke   stops a code at once
 * Chief only (requireChief: 401 without a session, 403 for a duty officer); creation and
 * revocation are audited without the code.
 */
import { z } from 'zod';
import {
  createEnrolmentCodeRequestSchema,
  createdEnrolmentCodeReplySchema,
  enrolmentCodesReplySchema,
  okReplySchema,
} from '#common/auth/protocol';
import { idSchema } from '#common/schemas/base';
import { writeAudit } from '../audit/writeAudit';
import { createEnrolmentCode, listEnrolmentCodes, revokeEnrolmentCode } from '../auth/enrolmentCodes';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { requireChief } from '../http/requireOfficer';

export function registerEnrolmentCodeRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/enrolment-codes',
    {
      schema: {
        summary: 'Station chief: the station’s enrolment codes',
        response: { 200: enrolmentCodesReplySchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      await requireChief(request, ctx);
      return { codes: await listEnrolmentCodes(ctx.db, device.stationId) };
    },
  );

  app.post(
    '/api/v1/enrolment-codes',
    {
      schema: {
        summary: 'Station chief: create an enrolment code (shown once)',
        body: createEnrolmentCodeRequestSchema,
        response: { 200: createdEnrolmentCodeReplySchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const { officer } = await requireChief(request, ctx);
      const now = ctx.now();
      return ctx.db.transaction(async (tx) => {
        const created = await createEnrolmentCode(tx, {
          stationId: device.stationId,
          request: request.body,
          createdBy: officer.id,
          now,
        });
        const { enrolmentCode } = created;
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: officer.id,
          at: now,
          action: 'code-create',
          entity: 'enrolment-codes',
          entityId: enrolmentCode.id,
          detail: {
            kind: enrolmentCode.kind,
            maxUses: enrolmentCode.maxUses,
            expiresAt: enrolmentCode.expiresAt,
          },
        });
        return created;
      });
    },
  );

  app.post(
    '/api/v1/enrolment-codes/:id/revoke',
    {
      schema: {
        summary: 'Station chief: revoke an enrolment code',
        params: z.object({ id: idSchema }),
        response: { 200: okReplySchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const { officer } = await requireChief(request, ctx);
      const now = ctx.now();
      const found = await ctx.db.transaction(async (tx) => {
        if (!(await revokeEnrolmentCode(tx, device.stationId, request.params.id))) return false;
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: officer.id,
          at: now,
          action: 'code-revoke',
          entity: 'enrolment-codes',
          entityId: request.params.id,
        });
        return true;
      });
      if (!found)
        throw new ApiError(404, 'not-found', `本所无此登记码 / No enrolment code ${request.params.id}.`);
      return { ok: true as const };
    },
  );
}
