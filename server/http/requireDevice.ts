/**
 * Device authentication, before anything else: an `onRequest` hook checks the
 * `Authorization: Bearer <credential>` header of every request to a route that is not marked
 * `config: { public: true }` (health, enrol, the OpenAPI document), and of every request to
 * an unknown route. It runs before Fastify reads the body, so an unauthenticated request of any
 * size is answered 401 at once, with nothing parsed and nothing buffered. Routes read the
 * device with `deviceOf(request)`. The device's last_seen_at is written at most once a minute.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate, noteSeen, type Device } from '../auth/devices';
import type { Database } from '../db/database';
import { unauthorised } from './apiError';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No device credential needed (health, enrol, OpenAPI). */
    public?: boolean;
    /** Authenticated by the city system's credential instead (http/requireIntakeClient.ts). */
    cityIntake?: boolean;
  }
  interface FastifyRequest {
    /** The authenticated device; null only on public routes. */
    device: Device | null;
  }
}

export function installDeviceAuthentication(
  app: FastifyInstance,
  db: Database,
  now: () => number = Date.now,
): void {
  app.decorateRequest('device', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.public === true && request.routeOptions.url !== undefined) return;
    if (request.routeOptions.config.cityIntake === true && request.routeOptions.url !== undefined) return;
    const device = await authenticate(db, request.headers.authorization, now());
    if (!device) throw unauthorised();
    request.device = device;
    await noteSeen(db, device, now());
  });
}

/** The device the onRequest hook authenticated (throws 401 on a public route, which has none). */
export function deviceOf(request: FastifyRequest): Device {
  if (!request.device) throw unauthorised();
  return request.device;
}
