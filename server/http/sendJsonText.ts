/**
 * Sends JSON that is already text (a string, or its UTF-8 bytes). Fastify sends a string with a
 * JSON content type, or a Buffer, unmodified, skipping the route's serializer — used where the
 * text was built from database JSON and checked by construction (pull), to avoid parsing and
 * re-serialising thousands of rows.
 */
import type { FastifyReply } from 'fastify';

export function sendJsonText(
  reply: { type(contentType: string): unknown; send(payload?: unknown): unknown },
  json: string | Buffer,
): FastifyReply {
  reply.type('application/json; charset=utf-8');
  return reply.send(json as unknown) as FastifyReply;
}
