/**
 * The officer acting through a request: `x-gridroom-officer: <sessionId>.<secret>` checked
 * against an open, unexpired session issued to THIS device, whose officer is still an active
 * officer of the device's station. Missing or failing → 401 `unauthorised` (sign in again);
 * `requireChief` answers 403 `forbidden` to a signed-in duty officer.
 */
import type { FastifyRequest } from 'fastify';
import { OFFICER_SESSION_HEADER } from '#common/auth/protocol';
import { officerById, type CentreOfficer } from '../auth/officers';
import { checkSession } from '../auth/officerSessions';
import { ApiError } from './apiError';
import type { AppContext } from './appContext';
import { deviceOf } from './requireDevice';

export interface ActingOfficer {
  officer: CentreOfficer;
  sessionId: string;
}

const signInAgain = (): ApiError =>
  new ApiError(
    401,
    'unauthorised',
    '登录已失效，请重新登录 / Your sign-in has expired or ended: sign in again.',
  );

export async function requireOfficer(request: FastifyRequest, ctx: AppContext): Promise<ActingOfficer> {
  const device = deviceOf(request);
  const header = request.headers[OFFICER_SESSION_HEADER];
  const token = Array.isArray(header) ? header[0] : header;
  if (!token) throw signInAgain();
  const session = await checkSession(ctx.db, token, device.id, ctx.now());
  if (!session) throw signInAgain();
  const officer = await officerById(ctx.db, device.stationId, session.officerId);
  if (!officer || !officer.active) throw signInAgain();
  return { officer, sessionId: session.id };
}

export async function requireChief(request: FastifyRequest, ctx: AppContext): Promise<ActingOfficer> {
  const acting = await requireOfficer(request, ctx);
  if (acting.officer.access !== 'station-chief')
    throw new ApiError(403, 'forbidden', '仅所长可以执行此操作 / Only the station chief may do this.');
  return acting;
}
