/**
 * GET /api/v1/pull?after&limit: the station's changes after the cursor, up to the watermark
 * (sync/pull). 410 resync-required, with the oldest servable cursor, when `after` is below the
 * station's tombstone horizon, or with oldestCursor 0 when it is beyond the watermark
 * (restore). The reply is the page's JSON as the database built it, sent as UTF-8 bytes (rows
 * never parsed, so the response schema documents the reply but does not serialise it).
 */
import { z } from 'zod';
import { MAX_PULL_PAGE, pullReplySchema } from '#common/sync/protocol';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { pullPage, pullReplyBytes } from '../sync/pull';
import { sendJsonText } from '../http/sendJsonText';

export const DEFAULT_PULL_PAGE = 2000;

const pullQuerySchema = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_PAGE).default(DEFAULT_PULL_PAGE),
});

export function registerPullRoute(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/pull',
    {
      schema: {
        summary: 'Pull the station’s changes after a cursor, in change order',
        querystring: pullQuerySchema,
        response: { 200: pullReplySchema, ...errorResponses(401, 410) },
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const { after, limit } = request.query;
      const outcome = await pullPage(ctx.db, device.stationId, after, limit);
      if (outcome.kind === 'resync')
        throw new ApiError(
          410,
          'resync-required',
          outcome.oldestCursor === 0
            ? `中心数据已恢复到较早状态，需要重新同步 / Cursor ${after} is beyond the station's latest change: resync from 0.`
            : `离线时间过长，需要重新同步 / Cursor ${after} is older than the oldest change kept (${outcome.oldestCursor}): resync from 0.`,
          { oldestCursor: outcome.oldestCursor },
        );
      return sendJsonText(reply, pullReplyBytes(outcome));
    },
  );
}
