/**
 * GET /api/v1/pass-key (device-authenticated): the centre's Ed25519 public key that pass codes
 * are signed with, and its id; workstations cache it and verify codes at the gate offline
 * (docs/architecture.md §9). Registering the route makes the key pair if this is the first
 * start (server/epass/passKeys.ts). The reply schema is strict: only the public half exists in it.
 */
import { passKeyReplySchema } from '#common/epass/passKey';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { ensurePassKey, readPublicPassKey } from '../epass/passKeys';

export async function registerPassKeyRoute(app: ZodApp, ctx: AppContext): Promise<void> {
  await ctx.db.transaction((tx) => ensurePassKey(tx, ctx.now()));
  app.get(
    '/api/v1/pass-key',
    {
      schema: {
        summary: "The centre's public key for verifying pass codes at the gate",
        response: { 200: passKeyReplySchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      deviceOf(request);
      const key = await readPublicPassKey(ctx.db);
      if (!key) throw new Error('pass key missing');
      return key;
    },
  );
}
