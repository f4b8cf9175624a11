/** GET /api/v1/health: liveness plus the API version (no credential, no version header). */
import { z } from 'zod';
import { API_VERSION } from '#common/sync/protocol';
import type { AppContext, ZodApp } from '../http/appContext';

export const healthReplySchema = z.object({
  ok: z.literal(true),
  apiVersion: z.number().int(),
  database: z.enum(['pglite', 'postgres']),
});

export function registerHealthRoute(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/health',
    {
      config: { public: true },
      schema: { summary: 'Liveness and API version', response: { 200: healthReplySchema } },
    },
    async () => {
      await ctx.db.query('SELECT 1');
      return { ok: true as const, apiVersion: API_VERSION, database: ctx.db.kind };
    },
  );
}
