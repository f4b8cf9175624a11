/**
 * What the routes share: the database, the clock, the poke hub and the tunables, plus the
 * Fastify instance type with the zod type provider. Passed explicitly — no module state.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/database';
import type { PokeHub } from '../sync/pokes';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppContext {
  db: Database;
  now: () => number;
  pokes: PokeHub;
  tombstoneRetentionMs: number;
  enrolRateLimit: { max: number; timeWindowMs: number };
  heartbeatMs: number;
}
