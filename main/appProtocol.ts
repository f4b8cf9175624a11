/**
 * The `app://` protocol handler: turns a fetch Request from Chromium into a Response with the
 * file of the renderer bundle that appFiles chose (and its CSP header). Uses web Request/
 * Response and Node streams only, so it runs — and is tested — without Electron.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { answerAppFileRequest } from './appFiles';
import {
  offlineRuntimeConfig,
  RUNTIME_CONFIG_FILE,
  runtimeConfigSchema,
  type RuntimeConfig,
} from '#common/runtimeConfig';

/** The runtime config main hands the renderer: the central API from GRIDROOM_API_URL / _ENROLMENT_CODE. */
export function runtimeConfigFromEnv(env: NodeJS.ProcessEnv): RuntimeConfig {
  const parsed = runtimeConfigSchema.safeParse({
    apiUrl: env.GRIDROOM_API_URL ?? null,
    enrolmentCode: env.GRIDROOM_ENROLMENT_CODE ?? null,
  });
  return parsed.success ? parsed.data : offlineRuntimeConfig;
}

export function createAppProtocolHandler(
  root: string,
  csp: string,
  config: RuntimeConfig = offlineRuntimeConfig,
): (request: Request) => Promise<Response> {
  const configBody = JSON.stringify(config);
  return async (request) => {
    if (new URL(request.url).pathname === `/${RUNTIME_CONFIG_FILE}`) {
      return new Response(configBody, {
        status: 200,
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
    }
    const answer = await answerAppFileRequest(root, request.method, request.url, { csp, spaFallback: true });
    const headers = new Headers(answer.headers);
    if (answer.filePath === undefined || request.method === 'HEAD') {
      return new Response(request.method === 'HEAD' ? null : (answer.text ?? null), {
        status: answer.status,
        headers,
      });
    }
    const body = Readable.toWeb(createReadStream(answer.filePath)) as ReadableStream<Uint8Array>;
    return new Response(body, { status: answer.status, headers });
  };
}
