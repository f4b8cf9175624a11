/**
 * GET /api/v1/events: a text/event-stream of pokes for the device's station —
 * `event: poke` / `data: {"seq":N}` once on connect (the current watermark) and after every
 * committed change — plus a `: heartbeat` comment every 15 s so proxies and the client can tell
 * a quiet stream from a dead one. Authenticated by the Authorization header (the client
 * streams with fetch, not EventSource). Streams end when the client goes or the app closes.
 */
import type { ServerResponse } from 'node:http';
import type { AppContext, ZodApp } from '../http/appContext';
import { errorResponses } from '../http/errorResponses';
import { deviceOf } from '../http/requireDevice';
import { readWatermark } from '../sync/changeSeq';

export const pokeFrame = (seq: number): string => `event: poke\ndata: ${JSON.stringify({ seq })}\n\n`;

export function registerEventsRoute(app: ZodApp, ctx: AppContext): void {
  const openStreams = new Set<() => void>();
  /** Responses whose socket is still open, even after the stream ended (a client that stopped reading). */
  const sockets = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
    // Don't wait for clients that stopped reading without closing: their sockets go now.
    for (const res of sockets) res.destroy();
  });

  app.get(
    '/api/v1/events',
    {
      schema: {
        summary:
          'Server-sent pokes (text/event-stream): event "poke", data {"seq": N}; heartbeat comments every 15 s',
        response: errorResponses(401),
      },
    },
    async (request, reply) => {
      const device = deviceOf(request);
      const res = reply.raw;
      const send = (text: string) => {
        if (!res.writableEnded && !res.destroyed) res.write(text);
      };
      // Subscribe before reading the watermark, so no commit falls between the two.
      const unsubscribe = ctx.pokes.subscribe(device.stationId, (seq) => send(pokeFrame(seq)));
      let watermark: number;
      try {
        watermark = await readWatermark(ctx.db, device.stationId);
      } catch (error) {
        unsubscribe();
        throw error;
      }
      reply.hijack();
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        // The stream is the connection's last response: once it ends, the socket closes (prompt shutdown).
        connection: 'close',
        'x-accel-buffering': 'no',
      });
      send(pokeFrame(watermark));
      const heartbeat = setInterval(() => send(': heartbeat\n\n'), ctx.heartbeatMs);
      const end = () => {
        if (!openStreams.delete(end)) return;
        clearInterval(heartbeat);
        unsubscribe();
        if (!res.writableEnded) res.end();
      };
      openStreams.add(end);
      sockets.add(res);
      request.raw.on('close', end);
      res.on('close', () => {
        end();
        sockets.delete(res);
      });
      request.log.info({ deviceId: device.id }, 'event stream opened');
    },
  );
}
