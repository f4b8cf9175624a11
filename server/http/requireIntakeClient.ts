/**
 * The city registration system's authentication: routes marked `config: { cityIntake: true }`
 * (requireDevice skips them) get this as their own `onRequest` hook, so — like a device's —
 * the city credential is checked before Fastify reads a byte of the body: an unauthenticated
 * post of any size is a 401 at once. A device credential is no city credential (401), and a
 * city credential opens no other route (requireDevice answers it 401 everywhere else).
 */
import type { FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { authenticateIntake, noteIntakeUse, type IntakeClient } from '../intake/intakeCredentials';
import { ApiError } from './apiError';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated city system; set only on cityIntake routes. */
    intakeClient: IntakeClient | null;
  }
}

const cityUnauthorised = (): ApiError =>
  new ApiError(
    401,
    'unauthorised',
    '城市登记系统凭据无效或已吊销 / The city-system credential is missing, invalid or revoked: ask the station chief for a new one.',
  );

/**
 * The onRequest hook of a cityIntake route (the app must `decorateRequest('intakeClient', null)`
 * first, as the route's registration does).
 */
export function intakeAuthentication(
  db: Database,
  now: () => number,
): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    const client = await authenticateIntake(db, request.headers.authorization);
    if (!client) throw cityUnauthorised();
    request.intakeClient = client;
    await noteIntakeUse(db, client, now());
  };
}

export function intakeClientOf(request: FastifyRequest): IntakeClient {
  if (!request.intakeClient) throw cityUnauthorised();
  return request.intakeClient;
}
