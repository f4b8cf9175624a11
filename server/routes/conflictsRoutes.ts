/**
 * GET /api/v1/conflicts (open conflicts of the device's station) and
 * POST /api/v1/conflicts/:id/resolve (sync/resolveConflict). Resolving needs a signed-in
 * officer (x-gridroom-officer): the resolver is the session's officer, never the body's
 * `resolvedBy`; keeping the client value is a change like any other, so the officer's role must
 * permit it (rolePolicy.mayWrite, 403 otherwise). Another station's conflict is refused (403,
 * audited); an unknown one is 404.
 */
import { z } from 'zod';
import {
  conflictsReplySchema,
  resolveConflictReplySchema,
  resolveConflictRequestSchema,
} from '#common/sync/protocol';
import { idSchema } from '#common/schemas/base';
import { writeAudit } from '../audit/writeAudit';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { mayWrite } from '#common/domain/rolePolicy';
import { refusalReason } from '../auth/authorizeMutations';
import { requireOfficer } from '../http/requireOfficer';
import { listOpenConflicts, loadConflictForUpdate } from '../sync/conflictStore';
import { resolveConflict } from '../sync/resolveConflict';

export function registerConflictsRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/conflicts',
    {
      schema: {
        summary: 'Open conflicts of the station',
        response: { 200: conflictsReplySchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      return { conflicts: await listOpenConflicts(ctx.db, device.stationId) };
    },
  );

  app.post(
    '/api/v1/conflicts/:id/resolve',
    {
      schema: {
        summary: 'Resolve a conflict: keep the server value or apply the client value',
        params: z.object({ id: idSchema }),
        body: resolveConflictRequestSchema,
        response: { 200: resolveConflictReplySchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const { officer } = await requireOfficer(request, ctx);
      const now = ctx.now();
      const target = await loadConflictForUpdate(ctx.db, request.params.id);
      if (
        target &&
        target.stationId === device.stationId &&
        request.body.choice === 'client' &&
        !mayWrite(officer.access, target.entity, { [target.field]: target.clientValue })
      )
        throw new ApiError(403, 'forbidden', `${refusalReason('role-forbidden')}`);
      const outcome = await resolveConflict(ctx.db, {
        stationId: device.stationId,
        deviceId: device.id,
        conflictId: request.params.id,
        choice: request.body.choice,
        resolvedBy: officer.id,
        now,
      });
      switch (outcome.kind) {
        case 'ok':
          return { conflict: outcome.conflict, version: outcome.version };
        case 'not-found':
          throw new ApiError(404, 'not-found', `no conflict ${request.params.id}`);
        case 'invalid':
          throw new ApiError(400, 'invalid-request', outcome.message);
        case 'forbidden':
          await writeAudit(ctx.db, {
            stationId: device.stationId,
            deviceId: device.id,
            at: now,
            action: 'forbidden',
            entity: 'conflicts',
            entityId: request.params.id,
            detail: { route: 'resolve-conflict', ownerStationId: outcome.ownerStationId },
          });
          throw new ApiError(
            403,
            'forbidden',
            '越权操作已拒绝 / Refused: the conflict belongs to another station.',
          );
      }
    },
  );
}
