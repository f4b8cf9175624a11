/**
 * GET /api/v1/identity-key (device-authenticated): the centre's public envelope key and its
 * id, which workstations seal residents' ID numbers to. Registering the route makes the key
 * pair and the HMAC secret if this is the first start (server/identity/identitySecrets.ts).
 * The reply schema is strict, so a private key member could not be serialised even by mistake.
 */
import { identityKeyReplySchema } from '#common/identity/envelopeFormat';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { ensureIdentitySecrets, readPublicIdentityKey } from '../identity/identitySecrets';

export async function registerIdentityKeyRoute(app: ZodApp, ctx: AppContext): Promise<void> {
  await ctx.db.transaction((tx) => ensureIdentitySecrets(tx, ctx.now()));
  app.get(
    '/api/v1/identity-key',
    {
      schema: {
        summary: "The centre's public key for residents' ID envelopes",
        response: { 200: identityKeyReplySchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      deviceOf(request);
      const key = await readPublicIdentityKey(ctx.db);
      if (!key) throw new Error('identity key missing');
      return key;
    },
  );
}
