/**
 * Notes each workstation's running version: an `onRequest` hook, installed after device
 * authentication, reads APP_VERSION_HEADER of an authenticated request and stores it when it
 * differs from the version on record (deviceUpdates.ts). A missing or malformed header is
 * ignored — the version is information for the chief, never a reason to refuse a request.
 */
import type { FastifyInstance } from 'fastify';
import { releaseVersionSchema } from '#common/update/releaseStatement';
import { APP_VERSION_HEADER } from '#common/update/updateReport';
import type { Database } from '../db/database';
import { noteAppVersion } from './deviceUpdates';

export function installAppVersionNote(app: FastifyInstance, db: Database): void {
  app.addHook('onRequest', async (request) => {
    const device = request.device;
    if (!device) return;
    const raw = request.headers[APP_VERSION_HEADER];
    const parsed = releaseVersionSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (!parsed.success) return;
    await noteAppVersion(db, device.id, device.appVersion, parsed.data);
  });
}
