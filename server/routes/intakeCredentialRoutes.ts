/**
 * The station chief's city-system credentials (common/auth/intakeCredentials.ts):
 *   GET  /intake-credentials              the station's, never a secret
 *   POST /intake-credentials              a new credential for the city registration system,
 *                                         shown once in the reply
 *   POST /intake-credentials/:id/revoke   stops it at once (the city's next post is 401)
 * Chief only (device + chief session, requireChief); creation and revocation are audited
 * without the credential.
 */
import { z } from 'zod';
import { okReplySchema } from '#common/auth/protocol';
import {
  createIntakeCredentialRequestSchema,
  createdIntakeCredentialReplySchema,
  INTAKE_CREDENTIALS_ROUTE,
  intakeCredentialsReplySchema,
} from '#common/auth/intakeCredentials';
import { idSchema } from '#common/schemas/base';
import { writeAudit } from '../audit/writeAudit';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { requireChief } from '../http/requireOfficer';
import {
  createIntakeCredential,
  listIntakeCredentials,
  revokeIntakeCredential,
} from '../intake/intakeCredentials';

export function registerIntakeCredentialRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    INTAKE_CREDENTIALS_ROUTE,
    {
      schema: {
        summary: 'Station chief: the city registration system’s credentials',
        response: { 200: intakeCredentialsReplySchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      await requireChief(request, ctx);
      return { credentials: await listIntakeCredentials(ctx.db, device.stationId) };
    },
  );

  app.post(
    INTAKE_CREDENTIALS_ROUTE,
    {
      schema: {
        summary: 'Station chief: create a city-system credential for this station (shown once)',
        body: createIntakeCredentialRequestSchema,
        response: { 200: createdIntakeCredentialReplySchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const { officer } = await requireChief(request, ctx);
      const now = ctx.now();
      return ctx.db.transaction(async (tx) => {
        const created = await createIntakeCredential(tx, {
          stationId: device.stationId,
          label: request.body.label,
          createdBy: officer.id,
          now,
        });
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: officer.id,
          at: now,
          action: 'intake-key-create',
          entity: 'intake-credentials',
          entityId: created.intakeCredential.id,
          detail: { label: created.intakeCredential.label },
        });
        return created;
      });
    },
  );

  app.post(
    `${INTAKE_CREDENTIALS_ROUTE}/:id/revoke`,
    {
      schema: {
        summary: 'Station chief: revoke a city-system credential',
        params: z.object({ id: idSchema }),
        response: { 200: okReplySchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const { officer } = await requireChief(request, ctx);
      const now = ctx.now();
      const found = await ctx.db.transaction(async (tx) => {
        if (!(await revokeIntakeCredential(tx, device.stationId, request.params.id, now))) return false;
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: officer.id,
          at: now,
          action: 'intake-key-revoke',
          entity: 'intake-credentials',
          entityId: request.params.id,
        });
        return true;
      });
      if (!found)
        throw new ApiError(
          404,
          'not-found',
          `本所无此城市系统凭据 / No city-system credential ${request.params.id}.`,
        );
      return { ok: true as const };
    },
  );
}
