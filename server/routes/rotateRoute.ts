/**
 * POST /api/v1/devices/rotate: the device trades its credential for a new one (the sync worker
 * does this on a schedule, unseen by the officer). The credential it asked with keeps working
 * for ROTATION_GRACE_MS (auth/rotateCredential.ts); the rotation is audited.
 */
import { rotateCredentialReplySchema } from '#common/auth/protocol';
import { writeAudit } from '../audit/writeAudit';
import { rotateCredential } from '../auth/rotateCredential';
import { unauthorised } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';

export function registerRotateRoute(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/v1/devices/rotate',
    {
      schema: {
        summary: 'Rotate this device’s credential (the previous one works for a grace period)',
        response: { 200: rotateCredentialReplySchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const now = ctx.now();
      const rotation = await ctx.db.transaction(async (tx) => {
        const result = await rotateCredential(tx, device, now);
        if (result)
          await writeAudit(tx, {
            stationId: device.stationId,
            deviceId: device.id,
            at: now,
            action: 'rotate-credential',
            detail: { retried: device.viaPreviousCredential === true },
          });
        return result;
      });
      if (!rotation) throw unauthorised();
      return rotation;
    },
  );
}
