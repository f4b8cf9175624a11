/**
 * Forwards `/api/*` from the loopback renderer server to the central API, streaming both ways
 * (the SSE poke stream must not be buffered). Keeps the app same-origin in browser mode, so
 * the CSP's connect-src stays 'self' and no CORS is needed.
 */
import http from 'node:http';

export function proxyToApi(target: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  const url = new URL(request.url ?? '/', target);
  const upstream = http.request(
    url,
    { method: request.method, headers: { ...request.headers, host: url.host } },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    },
  );
  upstream.on('error', (error) => {
    if (!response.headersSent) response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: 'internal', message: `central API unreachable: ${error.message}` }));
  });
  // The browser went away before the answer was complete (e.g. a closed SSE stream): stop
  // the upstream request too. (A request's own 'close' fires once its body is read — too early.)
  response.on('close', () => {
    if (!response.writableFinished) upstream.destroy();
  });
  request.pipe(upstream);
}
