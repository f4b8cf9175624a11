/**
 * The typed errors of the sync engine. Each has a `kind` the UI maps to words and a
 * `retryable` flag the runner uses to choose between backing off and stopping (an outdated or
 * unauthorised workstation must not hammer the server). Nothing else is thrown by the
 * transport or the sync cycle for a failed exchange.
 */
export const syncErrorKinds = [
  'network',
  'client-outdated',
  'unauthorised',
  'forbidden',
  'invalid-reply',
  'invalid-request',
  'resync-required',
  'out-of-order',
  'seq-reused',
  'server',
] as const;
export type SyncErrorKind = (typeof syncErrorKinds)[number];

export abstract class SyncError extends Error {
  abstract readonly kind: SyncErrorKind;
  abstract readonly retryable: boolean;
}

/** Offline, connection refused, aborted by a timeout: the server may never have seen it. */
export class NetworkError extends SyncError {
  readonly kind = 'network';
  readonly retryable = true;
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** 426: this build speaks an API version the server no longer accepts. */
export class ClientOutdatedError extends SyncError {
  readonly kind = 'client-outdated';
  readonly retryable = false;
  constructor(message: string) {
    super(message);
    this.name = 'ClientOutdatedError';
  }
}

/** 401: the device credential is unknown or revoked; the workstation turns read-only. */
export class UnauthorisedError extends SyncError {
  readonly kind = 'unauthorised';
  readonly retryable = false;
  constructor(message: string) {
    super(message);
    this.name = 'UnauthorisedError';
  }
}

/** 403: the request touched another station's data. `index` is the offending mutation. */
export class ForbiddenError extends SyncError {
  readonly kind = 'forbidden';
  readonly retryable = false;
  constructor(
    message: string,
    readonly index?: number,
  ) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

/** The reply failed the protocol's schema (or contradicts the request); `field` names where. */
export class InvalidReplyError extends SyncError {
  readonly kind = 'invalid-reply';
  readonly retryable = true;
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'InvalidReplyError';
  }
}

/** 400: the server refused our request as malformed (a client bug; `index` = mutation). */
export class InvalidRequestError extends SyncError {
  readonly kind = 'invalid-request';
  readonly retryable = false;
  constructor(
    message: string,
    readonly index?: number,
  ) {
    super(message);
    this.name = 'InvalidRequestError';
  }
}

/** 410: the cursor is older than the tombstone horizon; pull again from a snapshot. */
export class ResyncRequiredError extends SyncError {
  readonly kind = 'resync-required';
  readonly retryable = true;
  constructor(
    message: string,
    readonly oldestCursor?: number,
  ) {
    super(message);
    this.name = 'ResyncRequiredError';
  }
}

/** 409: a push batch did not continue at the server's last seq + 1. */
export class OutOfOrderError extends SyncError {
  readonly kind = 'out-of-order';
  readonly retryable = true;
  constructor(message: string) {
    super(message);
    this.name = 'OutOfOrderError';
  }
}

/**
 * 409 seq-reused: the server already applied a different change under one of this batch's
 * seqs (an outbox restored from a backup, or a second install sharing a device credential).
 * Resending cannot help: the workstation stops pushing and the officer is told.
 */
export class SeqReusedError extends SyncError {
  readonly kind = 'seq-reused';
  readonly retryable = false;
  constructor(message: string) {
    super(message);
    this.name = 'SeqReusedError';
  }
}

/** 5xx, 429, 404 and other answers the client can only wait out. */
export class ServerError extends SyncError {
  readonly kind = 'server';
  readonly retryable = true;
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

/** Anything thrown during sync, as a SyncError (unknown throws become network errors). */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new NetworkError(message);
}
