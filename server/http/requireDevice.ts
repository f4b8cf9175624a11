/** Authenticates a request from its Authorization header, or throws 401 `unauthorised`. */
import type { FastifyRequest } from 'fastify';
import { authenticate, type Device } from '../auth/devices';
import type { Database } from '../db/database';
import { unauthorised } from './apiError';

export async function requireDevice(db: Database, request: FastifyRequest): Promise<Device> {
  const device = await authenticate(db, request.headers.authorization);
  if (!device) throw unauthorised();
  return device;
}
