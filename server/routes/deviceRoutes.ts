/**
 * The station chief's devices (common/auth/protocol.ts):
 *   GET  /devices              every device of the station, last seen/push, who is signed in
 *   POST /devices/:id/revoke   the credential stops working at once (every request → 401) and
 *                              the device's officer sessions end; audited
 * Chief only. (POST /devices/rotate, credential rotation, is another module's.)
 */
import { z } from 'zod';
import { devicesReplySchema, okReplySchema } from '#common/auth/protocol';
import { idSchema } from '#common/schemas/base';
import { writeAudit } from '../audit/writeAudit';
import { listDevices } from '../auth/deviceList';
import { revokeDevice } from '../auth/devices';
import { endSessions } from '../auth/officerSessions';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { requireChief } from '../http/requireOfficer';

export function registerDeviceRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/devices',
    {
      schema: {
        summary: 'Station chief: the station’s devices',
        response: { 200: devicesReplySchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      await requireChief(request, ctx);
      return { devices: await listDevices(ctx.db, device.stationId, ctx.now()) };
    },
  );

  app.post(
    '/api/v1/devices/:id/revoke',
    {
      schema: {
        summary: 'Station chief: revoke a device (a lost workstation)',
        params: z.object({ id: idSchema }),
        response: { 200: okReplySchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const { officer } = await requireChief(request, ctx);
      const now = ctx.now();
      const target = request.params.id;
      const found = await ctx.db.transaction(async (tx) => {
        if (!(await revokeDevice(tx, device.stationId, target, now))) return false;
        await endSessions(tx, { deviceId: target }, 'device-revoked', now);
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: officer.id,
          at: now,
          action: 'device-revoke',
          entity: 'devices',
          entityId: target,
        });
        return true;
      });
      if (!found) throw new ApiError(404, 'not-found', `本所无此设备 / No device ${target} in this station.`);
      return { ok: true as const };
    },
  );
}
