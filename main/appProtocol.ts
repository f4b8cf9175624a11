/**
 * The `app://` protocol handler: turns a fetch Request from Chromium into a Response with the
 * file of the renderer bundle that appFiles chose (and its CSP header). Uses web Request/
 * Response and Node streams only, so it runs — and is tested — without Electron.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { answerAppFileRequest } from './appFiles';

export function createAppProtocolHandler(root: string, csp: string): (request: Request) => Promise<Response> {
  return async (request) => {
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
