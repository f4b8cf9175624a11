/**
 * POST /api/v1/enrol: a workstation (or briefing display) trades one use of an enrolment code
 * for a device credential of the code's kind. Rate-limited per IP; an unknown, revoked,
 * expired or used-up code is 401 and audited.
 */
import { enrolReplySchema, enrolRequestSchema } from '#common/sync/protocol';
import { writeAudit } from '../audit/writeAudit';
import { enrolDevice } from '../auth/devices';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';

export function registerEnrolRoute(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/v1/enrol',
    {
      config: {
        public: true,
        rateLimit: { max: ctx.enrolRateLimit.max, timeWindow: ctx.enrolRateLimit.timeWindowMs },
      },
      schema: {
        summary: 'Enrol a workstation with its station’s enrolment code',
        body: enrolRequestSchema,
        response: { 200: enrolReplySchema, ...errorResponses(401, 429) },
      },
    },
    async (request) => {
      const now = ctx.now();
      const enrolment = await ctx.db.transaction(async (tx) => {
        const result = await enrolDevice(tx, request.body.enrolmentCode, request.body.workstation, now);
        await writeAudit(tx, {
          stationId: result?.station.id ?? null,
          deviceId: result?.device.id ?? null,
          at: now,
          action: result ? 'enrol' : 'enrol-refused',
          detail: { workstation: request.body.workstation, ip: request.ip },
        });
        return result;
      });
      if (!enrolment)
        throw new ApiError(
          401,
          'unauthorised',
          '登记码无效、已过期或已用完 / The enrolment code is not valid, has expired or is used up.',
        );
      request.log.info(
        { deviceId: enrolment.device.id, stationId: enrolment.station.id },
        'workstation enrolled',
      );
      return {
        deviceId: enrolment.device.id,
        credential: enrolment.credential,
        station: enrolment.station,
        kind: enrolment.device.kind,
      };
    },
  );
}
