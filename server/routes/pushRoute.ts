/**
 * POST /api/v1/push: validate the whole batch (any fault → 400 invalid-batch with its index,
 * nothing applied), refuse scope violations (403 forbidden with the index, audited), then
 * apply it in one transaction (sync/applyPush) with the trust hooks: each mutation checked
 * against who made it (refused ones `rejected`, the rest go on) and every change audited.
 * A display device may push nothing (403, audited). 409 out-of-order when the batch does not
 * continue at the client's last seq + 1.
 */
import { pushReplySchema, pushRequestSchema } from '#common/sync/protocol';
import { writeAudit } from '../audit/writeAudit';
import type { Device } from '../auth/devices';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { PUSH_ROUTE } from '../http/errorHandler';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { pushHooks } from '../auth/pushHooks';
import { applyPush } from '../sync/applyPush';
import { validateBatch } from '../sync/validateBatch';
import { existingRecordKeys } from '../sync/recordStore';

/** A batch of 500 full rows (grids carry polygons) fits easily. */
const PUSH_BODY_LIMIT = 32 * 1024 * 1024;

async function refuse(
  ctx: AppContext,
  device: Device,
  now: number,
  message: string,
  detail: Record<string, unknown>,
  index?: number,
): Promise<never> {
  await writeAudit(ctx.db, {
    stationId: device.stationId,
    deviceId: device.id,
    at: now,
    action: 'forbidden',
    ...(typeof detail.entity === 'string' ? { entity: detail.entity } : {}),
    ...(typeof detail.id === 'string' ? { entityId: detail.id } : {}),
    detail: { message, route: PUSH_ROUTE, ...detail },
  });
  throw new ApiError(
    403,
    'forbidden',
    `越权操作已拒绝 / Refused: ${message}`,
    index !== undefined ? { index } : {},
  );
}

export function registerPushRoute(app: ZodApp, ctx: AppContext): void {
  app.post(
    PUSH_ROUTE,
    {
      bodyLimit: PUSH_BODY_LIMIT,
      schema: {
        summary: 'Push a batch of mutations (applied exactly once, in seq order)',
        body: pushRequestSchema,
        response: { 200: pushReplySchema, ...errorResponses(401, 403, 409, 413) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const now = ctx.now();
      const { clientId, mutations } = request.body;
      if (device.kind === 'display')
        return refuse(ctx, device, now, '简报屏不能修改数据 / a display device may push nothing', {
          kind: device.kind,
        });
      if (clientId !== device.id)
        return refuse(ctx, device, now, `clientId ${clientId} is not this device`, { clientId });
      const existing = await existingRecordKeys(
        ctx.db,
        mutations.filter((m) => m.baseVersion === 0),
      );
      const verdict = validateBatch(mutations, {
        clientId,
        stationId: device.stationId,
        now,
        exists: (entity, id) => existing.has(`${entity}:${id}`),
      });
      if (verdict.kind === 'forbidden') {
        const m = mutations[verdict.index];
        return refuse(
          ctx,
          device,
          now,
          verdict.message,
          { entity: m?.entity, id: m?.id, seq: m?.seq, namedStation: m?.patch.stationId },
          verdict.index,
        );
      }
      if (verdict.kind === 'invalid')
        throw new ApiError(400, 'invalid-batch', `mutation ${verdict.index}: ${verdict.message}`, {
          index: verdict.index,
        });
      const outcome = await applyPush(ctx.db, {
        clientId,
        stationId: device.stationId,
        mutations,
        now,
        hooks: pushHooks({ deviceId: device.id, stationId: device.stationId, now }),
      });
      if (outcome.kind === 'out-of-order')
        throw new ApiError(
          409,
          'out-of-order',
          `batch must continue at seq ${outcome.expected}, got ${outcome.got}`,
        );
      if (outcome.kind === 'forbidden')
        return refuse(
          ctx,
          device,
          now,
          `${outcome.entity} ${outcome.id} belongs to another station`,
          { entity: outcome.entity, id: outcome.id, ownerStationId: outcome.ownerStationId },
          outcome.index,
        );
      return outcome.reply;
    },
  );
}
