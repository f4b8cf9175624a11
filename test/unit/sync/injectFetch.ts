/**
 * Fastify's in-process HTTP (`app.inject`) as a FetchLike, so the real HTTP transport talks to
 * the real central API without sockets. Only what the transport uses: method, path+query,
 * headers, a string body; the reply becomes a standard Response.
 */
import type { FastifyInstance } from 'fastify';
import type { FetchLike } from '#common/sync/transport';

export function injectFetch(app: FastifyInstance): FetchLike {
  return async (input, init) => {
    const url = new URL(input);
    const res = await app.inject({
      method: init.method === 'POST' ? 'POST' : 'GET',
      url: url.pathname + url.search,
      headers: (init.headers ?? {}) as Record<string, string>,
      ...(typeof init.body === 'string' ? { payload: init.body } : {}),
    });
    const headers = new Headers();
    for (const [k, v] of Object.entries(res.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : String(v));
    return new Response(res.body, { status: res.statusCode, headers });
  };
}
