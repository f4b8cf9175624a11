/**
 * The one error type route code throws: an HTTP status plus the protocol's error reply
 * (common/sync/protocol.ts errorReplySchema). The error handler sends `body` as it is.
 */
import type { ErrorCode, ErrorReply } from '#common/sync/protocol';

export class ApiError extends Error {
  readonly body: ErrorReply;

  constructor(
    readonly status: number,
    code: ErrorCode,
    message: string,
    extra: { index?: number; oldestCursor?: number } = {},
  ) {
    super(message);
    this.body = { error: code, message, ...extra };
  }
}

export const unauthorised = (): ApiError =>
  new ApiError(
    401,
    'unauthorised',
    '设备凭据无效或已吊销，请重新登记本工作站 / The device credential is missing, invalid or revoked: enrol this workstation again.',
  );
