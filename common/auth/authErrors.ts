/**
 * The typed errors of the officers-and-devices client (authClient.ts) beyond the sync
 * engine's own (common/sync/syncErrors.ts, which it also throws: NetworkError for "the centre
 * may never have answered", UnauthorisedError for a device credential the centre refuses,
 * ForbiddenError for a role that may not, …). The UI maps each to words.
 */
import type { SignInRefusal } from './protocol';

/** The centre refused a sign-in (wrong PIN, unknown badge, locked, …): not a device problem. */
export class SignInRefusedError extends Error {
  readonly kind = 'signin-refused';
  constructor(
    message: string,
    readonly refusal: SignInRefusal,
    /** Tries left before the badge locks (wrong-pin / unknown-badge). */
    readonly triesLeft?: number,
    /** When the lock-out ends (refusal `locked`, or a wrong PIN that just locked it). */
    readonly lockedUntil?: number,
  ) {
    super(message);
    this.name = 'SignInRefusedError';
  }
}

/** An officer route was called with nobody signed in: nothing was sent. */
export class OfficerSessionRequiredError extends Error {
  readonly kind = 'officer-session-required';
  constructor(what: string) {
    super(`${what}: needs a signed-in officer`);
    this.name = 'OfficerSessionRequiredError';
  }
}
