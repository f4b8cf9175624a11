/**
 * The central API as a Fastify instance (docs/architecture.md §3, §5): zod validation of every request
 * and reply (fastify-type-provider-zod), the routes of common/sync/protocol.ts under /api/v1,
 * its OpenAPI document at /api/v1/openapi.json, the API version check, per-IP rate limiting of
 * enrolment, and error replies that always match errorReplySchema. Stateless apart from the
 * database: pokes cross processes through PostgreSQL NOTIFY, so several can run side by side.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { API_VERSION } from '#common/sync/protocol';
import type { Database } from './db/database';
import { installApiVersionCheck } from './http/apiVersion';
import type { AppContext } from './http/appContext';
import { installErrorHandling } from './http/errorHandler';
import { requestIdOptions } from './http/logOptions';
import { installDeviceAuthentication } from './http/requireDevice';
import { registerAuditRoute } from './routes/auditRoute';
import { registerAuthRoutes } from './routes/authRoutes';
import { registerDeviceRoutes } from './routes/deviceRoutes';
import { registerEnrolmentCodeRoutes } from './routes/enrolmentCodeRoutes';
import { registerConflictsRoutes } from './routes/conflictsRoutes';
import { registerEnrolRoute } from './routes/enrolRoute';
import { registerEventsRoute } from './routes/eventsRoute';
import { registerHealthRoute } from './routes/healthRoute';
import { registerIdentityKeyRoute } from './routes/identityKeyRoute';
import { registerPassKeyRoute } from './routes/passKeyRoute';
import { registerIntakeCredentialRoutes } from './routes/intakeCredentialRoutes';
import { registerPassRegistrationsRoute } from './routes/passRegistrationsRoute';
import { registerPullRoute } from './routes/pullRoute';
import { registerPushRoute } from './routes/pushRoute';
import { registerRotateRoute } from './routes/rotateRoute';
import { createPokeHub } from './sync/pokes';
import { installAppVersionNote } from './updates/appVersionHook';
import { registerUpdateFileRoutes } from './updates/updateFileRoutes';
import { registerUpdateReportRoute } from './updates/updateReportRoute';
import { DEFAULT_TOMBSTONE_RETENTION_MS } from './sync/tombstones';

export interface BuildAppOptions {
  db: Database;
  /** Fastify's logger option: pino JSON logs when true or an options object; off by default (tests). */
  logger?: FastifyServerOptions['logger'];
  now?: () => number;
  tombstoneRetentionMs?: number;
  /** Enrolments allowed per IP per window (default 10 a minute). */
  enrolRateLimit?: { max: number; timeWindowMs: number };
  heartbeatMs?: number;
  /**
   * Trust X-Forwarded-For from a reverse proxy (for per-IP rate limits behind one): true, a
   * hop count, or the proxies' addresses/CIDRs (Fastify's trustProxy).
   */
  trustProxy?: boolean | number | string[];
  /** Serve HTTPS with this certificate and key (PEM); plain HTTP without. */
  https?: { cert: string | Buffer; key: string | Buffer };
  /** The folder of update channels (server/updates/updateFileRoutes.ts); none: every file is 404. */
  updatesDir?: string;
}

export const OPENAPI_PATH = '/api/v1/openapi.json';

/** Fastify over HTTP, or over HTTPS when a certificate is given. */
function createFastify(options: BuildAppOptions): FastifyInstance {
  const hops = options.trustProxy;
  // A hop count trusts that many proxies in front of us, nearest first (what Fastify does for a number).
  const trustProxy =
    typeof hops === 'number' ? (_address: string, hop: number) => hop < hops : (hops ?? false);
  const common = { logger: options.logger ?? false, trustProxy, ...requestIdOptions };
  if (!options.https) return Fastify(common);
  // node's https.Server is an http.Server over TLS (its type extends http.Server): the routes,
  // hooks and inject work unchanged, so the instance is typed as the default one.
  return Fastify({ ...common, https: options.https }) as unknown as FastifyInstance;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = createFastify(options).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandling(app);
  // the request id a workstation can quote, to find this request's lines in the server's log
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installApiVersionCheck(app);
  installDeviceAuthentication(app, options.db, options.now ?? Date.now);
  installAppVersionNote(app, options.db);

  const pokes = await createPokeHub(options.db, (error) => app.log.warn({ err: error }, 'malformed poke'));
  app.addHook('onClose', async () => pokes.close());
  const ctx: AppContext = {
    db: options.db,
    now: options.now ?? Date.now,
    pokes,
    tombstoneRetentionMs: options.tombstoneRetentionMs ?? DEFAULT_TOMBSTONE_RETENTION_MS,
    enrolRateLimit: options.enrolRateLimit ?? { max: 10, timeWindowMs: 60_000 },
    heartbeatMs: options.heartbeatMs ?? 15_000,
  };

  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Gridroom central API',
        description:
          '网格态势室中心服务 — sync between workstations of a police station (common/sync/protocol.ts)',
        version: String(API_VERSION),
      },
      components: {
        securitySchemes: {
          device: { type: 'http', scheme: 'bearer', description: 'Device credential from /api/v1/enrol' },
          cityIntake: {
            type: 'http',
            scheme: 'bearer',
            description: 'City-system credential from /api/v1/intake-credentials',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  registerHealthRoute(app, ctx);
  registerEnrolRoute(app, ctx);
  registerPushRoute(app, ctx);
  registerPullRoute(app, ctx);
  registerEventsRoute(app, ctx);
  registerConflictsRoutes(app, ctx);
  await registerIdentityKeyRoute(app, ctx);
  await registerPassKeyRoute(app, ctx);
  registerRotateRoute(app, ctx);
  registerAuthRoutes(app, ctx);
  registerEnrolmentCodeRoutes(app, ctx);
  registerDeviceRoutes(app, ctx);
  registerAuditRoute(app, ctx);
  registerPassRegistrationsRoute(app, ctx);
  registerIntakeCredentialRoutes(app, ctx);
  registerUpdateFileRoutes(app, options.updatesDir ?? null);
  registerUpdateReportRoute(app, ctx);
  app.get(OPENAPI_PATH, { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await app.ready();
  return app;
}
