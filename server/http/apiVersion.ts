/**
 * The API version check (common/sync/protocol.ts): every /api/v1 request must carry
 * `x-gridroom-api: 1`. Absent, unreadable or older → 426 `client-outdated`, telling the user in
 * Chinese and English to update the app. A newer version means this server is the older one
 * (400). Health and the OpenAPI document are exempt, so a probe or a person can read them.
 */
import type { FastifyInstance } from 'fastify';
import { API_VERSION, API_VERSION_HEADER } from '#common/sync/protocol';
import { ApiError } from './apiError';

const EXEMPT = new Set(['/api/v1/health', '/api/v1/openapi.json']);
/**
 * Updates (issue 17) are exempt too: an outdated app must still fetch the release that updates
 * it and report on it, and electron-updater's requests carry only the credential.
 */
const EXEMPT_PREFIX = '/api/v1/updates/';

export function checkApiVersion(header: string | string[] | undefined): ApiError | null {
  const raw = Array.isArray(header) ? header[0] : header;
  const version = raw !== undefined && /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (Number.isNaN(version) || version < API_VERSION)
    return new ApiError(
      426,
      'client-outdated',
      `此版本的网格态势室已过期，请更新应用后再同步 / This version of Gridroom is out of date: please update the app to sync (server API ${API_VERSION}).`,
    );
  if (version > API_VERSION)
    return new ApiError(
      400,
      'invalid-request',
      `中心服务器版本较旧 (API ${API_VERSION}) / The central server is older than this app (API ${API_VERSION} < ${version}).`,
    );
  return null;
}

export function installApiVersionCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || EXEMPT.has(path) || path.startsWith(EXEMPT_PREFIX)) return;
    const error = checkApiVersion(request.headers[API_VERSION_HEADER]);
    if (error) throw error;
  });
}
