/**
 * Response schemas for a route's error statuses, so the OpenAPI document shows them and the
 * serializer checks every error reply against errorReplySchema.
 */
import { errorReplySchema } from '#common/sync/protocol';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 426 | 429 | 500;

export function errorResponses(...statuses: ErrorStatus[]): Record<number, typeof errorReplySchema> {
  const all: ErrorStatus[] = [...new Set<ErrorStatus>([400, 426, 500, ...statuses])];
  return Object.fromEntries(all.map((s) => [s, errorReplySchema]));
}
