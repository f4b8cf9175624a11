/**
 * Officers' sign-in routes (common/auth/protocol.ts):
 *   POST /auth/signin              device          badge + PIN → session (auth/signIn.ts)
 *   POST /auth/signout             device+officer  ends the session
 *   POST /auth/pin                 device+officer  own PIN, knowing the current one (counts as a try)
 *   POST /officers/:id/pin-reset   device+chief    sets another officer's PIN, lifts their lock
 * A refused sign-in (or a wrong current PIN) is 401 with signInErrorSchema: a Chinese message,
 * the refusal, tries left and the lock's end. PINs never reach a log or the audit trail.
 */
import { z } from 'zod';
import {
  changePinRequestSchema,
  okReplySchema,
  resetPinRequestSchema,
  signInErrorSchema,
  signInReplySchema,
  signInRequestSchema,
  type SignInError,
  type SignInRefusal,
} from '#common/auth/protocol';
import { idSchema } from '#common/schemas/base';
import { errorReplySchema } from '#common/sync/protocol';
import { writeAudit } from '../audit/writeAudit';
import { officerById, pinHashOf, setPinHash } from '../auth/officers';
import { endSessions } from '../auth/officerSessions';
import { hashPin, verifyPin } from '../auth/pinHash';
import { signIn } from '../auth/signIn';
import { clearTries, takeTry } from '../auth/signInAttempts';
import { ApiError } from '../http/apiError';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { requireChief, requireOfficer } from '../http/requireOfficer';

const clock = (ms: number): string =>
  new Date(ms).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

export function signInMessage(refusal: SignInRefusal, triesLeft?: number, lockedUntil?: number): string {
  switch (refusal) {
    case 'display-device':
      return '简报屏不能登录 / A briefing display cannot sign anyone in.';
    case 'locked':
      return `警号已锁定，请于 ${clock(lockedUntil ?? 0)} 后再试 / This badge is locked: try again later.`;
    case 'inactive':
      return '该民警账号已停用，请联系所长 / This officer is no longer active: ask the station chief.';
    case 'wrong-pin':
    case 'unknown-badge':
      return lockedUntil !== undefined
        ? `警号或PIN错误，警号已锁定至 ${clock(lockedUntil)} / Wrong badge or PIN: the badge is locked.`
        : `警号或PIN错误，还可尝试 ${triesLeft ?? 0} 次 / Wrong badge or PIN: ${triesLeft ?? 0} tries left.`;
  }
}

const refusalBody = (r: {
  refusal: SignInRefusal;
  triesLeft?: number;
  lockedUntil?: number;
}): SignInError => ({
  error: 'unauthorised',
  message: signInMessage(r.refusal, r.triesLeft, r.lockedUntil),
  refusal: r.refusal,
  ...(r.triesLeft !== undefined ? { triesLeft: r.triesLeft } : {}),
  ...(r.lockedUntil !== undefined ? { lockedUntil: r.lockedUntil } : {}),
});

/** 401 bodies of these routes: a sign-in refusal, or the device/session error. */
const unauthorisedReply = z.union([signInErrorSchema, errorReplySchema]);

export function registerAuthRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/v1/auth/signin',
    {
      schema: {
        summary: 'Sign an officer in at this device (badge + PIN)',
        body: signInRequestSchema,
        response: { 200: signInReplySchema, ...errorResponses(), 401: unauthorisedReply },
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const outcome = await signIn(ctx.db, {
        device,
        badgeNo: request.body.badgeNo,
        pin: request.body.pin,
        now: ctx.now(),
      });
      if (outcome.kind === 'refused') return reply.code(401).send(refusalBody(outcome));
      return {
        officer: outcome.officer,
        session: outcome.token,
        sessionId: outcome.sessionId,
        expiresAt: outcome.expiresAt,
        handoverFrom: outcome.handoverFrom,
      };
    },
  );

  app.post(
    '/api/v1/auth/signout',
    {
      schema: {
        summary: 'End the officer session',
        response: { 200: okReplySchema, ...errorResponses(401) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const acting = await requireOfficer(request, ctx);
      const now = ctx.now();
      await ctx.db.transaction(async (tx) => {
        await endSessions(tx, { ids: [acting.sessionId] }, 'signout', now);
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: acting.officer.id,
          at: now,
          action: 'signout',
          detail: { sessionId: acting.sessionId },
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/auth/pin',
    {
      schema: {
        summary: 'Change one’s own PIN (the current PIN is required)',
        body: changePinRequestSchema,
        response: { 200: okReplySchema, ...errorResponses(), 401: unauthorisedReply },
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const { officer } = await requireOfficer(request, ctx);
      const now = ctx.now();
      const ticket = await takeTry(ctx.db, device.stationId, officer.badgeNo, now);
      if (ticket.kind === 'locked')
        return reply.code(401).send(refusalBody({ refusal: 'locked', lockedUntil: ticket.lockedUntil }));
      if (!(await verifyPin(request.body.currentPin, await pinHashOf(ctx.db, officer.id))))
        return reply.code(401).send(
          refusalBody({
            refusal: 'wrong-pin',
            triesLeft: ticket.triesLeft,
            ...(ticket.lockedUntil !== null ? { lockedUntil: ticket.lockedUntil } : {}),
          }),
        );
      const hash = await hashPin(request.body.newPin);
      await ctx.db.transaction(async (tx) => {
        await clearTries(tx, device.stationId, officer.badgeNo);
        await setPinHash(tx, officer.id, device.stationId, hash, now);
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: officer.id,
          at: now,
          action: 'pin-change',
          entity: 'officers',
          entityId: officer.id,
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/v1/officers/:id/pin-reset',
    {
      schema: {
        summary: 'Station chief: set an officer’s PIN (and lift a lock-out)',
        params: z.object({ id: idSchema }),
        body: resetPinRequestSchema,
        response: { 200: okReplySchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const device = deviceOf(request);
      const { officer: chief } = await requireChief(request, ctx);
      const target = await officerById(ctx.db, device.stationId, request.params.id);
      if (!target)
        throw new ApiError(
          404,
          'not-found',
          `本所无此民警 / No officer ${request.params.id} in this station.`,
        );
      const now = ctx.now();
      const hash = await hashPin(request.body.newPin);
      await ctx.db.transaction(async (tx) => {
        await setPinHash(tx, target.id, device.stationId, hash, now);
        await clearTries(tx, device.stationId, target.badgeNo);
        await writeAudit(tx, {
          stationId: device.stationId,
          deviceId: device.id,
          officerId: chief.id,
          at: now,
          action: 'pin-reset',
          entity: 'officers',
          entityId: target.id,
        });
      });
      return { ok: true as const };
    },
  );
}
