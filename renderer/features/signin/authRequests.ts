/**
 * The workstation's calls to the centre's officer routes (common/auth/protocol.ts): sign-in,
 * sign-out, own PIN change and the chief's PIN reset, through the typed auth client
 * (common/auth/authClient.ts) with this workstation's device credential. Every outcome is a
 * value, never a throw, so the sign-in screen can say exactly what happened: `unreachable`
 * (network error, timeout, or the centre/proxy answering 5xx) is what lets sign-in fall back
 * to the offline verifier; a 401 that is not a sign-in refusal means this device's own
 * credential was refused (revoked or expired) — or, on an officer route, the session was.
 */
import { authClient, type AuthClient } from '#common/auth/authClient';
import { OfficerSessionRequiredError, SignInRefusedError } from '#common/auth/authErrors';
import type { SignInError, SignInReply } from '#common/auth/protocol';
import { NetworkError, ServerError, UnauthorisedError } from '#common/sync/syncErrors';
import type { GridroomDb } from '#renderer/db/database';
import { credentialFromStorage } from '#renderer/sync/credentialVault';
import { readSyncConfig } from '#renderer/shared/useSyncConfig';

const TIMEOUT_MS = 8_000;

export type CallOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'refused'; error: SignInError }
  | { kind: 'device-unauthorised' }
  | { kind: 'not-signed-in' }
  | { kind: 'invalid'; message: string }
  | { kind: 'unreachable' };

/** What a failed call means to the sign-in screen. */
function outcomeOf(error: unknown, officerRoute: boolean): CallOutcome<never> {
  if (error instanceof SignInRefusedError)
    return {
      kind: 'refused',
      error: {
        error: 'unauthorised',
        message: error.message,
        refusal: error.refusal,
        ...(error.triesLeft !== undefined ? { triesLeft: error.triesLeft } : {}),
        ...(error.lockedUntil !== undefined ? { lockedUntil: error.lockedUntil } : {}),
      },
    };
  if (error instanceof NetworkError || error instanceof ServerError) return { kind: 'unreachable' };
  if (error instanceof OfficerSessionRequiredError) return { kind: 'not-signed-in' };
  if (error instanceof UnauthorisedError)
    return officerRoute ? { kind: 'not-signed-in' } : { kind: 'device-unauthorised' };
  return { kind: 'invalid', message: error instanceof Error ? error.message : String(error) };
}

async function withClient<T>(
  db: GridroomDb,
  officerToken: string | null,
  request: (client: AuthClient) => Promise<T>,
): Promise<CallOutcome<T>> {
  const config = await readSyncConfig(db);
  if (!config) return { kind: 'unreachable' };
  let credential: string;
  try {
    credential = await credentialFromStorage(config.credential);
  } catch {
    return { kind: 'device-unauthorised' };
  }
  const client = authClient({
    baseUrl: config.apiUrl,
    fetchImpl: (input, init) => fetch(input, init),
    credential: () => credential,
    officerSession: () => officerToken,
    timeoutMs: TIMEOUT_MS,
  });
  try {
    return { kind: 'ok', value: await request(client) };
  } catch (error) {
    return outcomeOf(error, officerToken !== null);
  }
}

export function signInAtCentre(
  db: GridroomDb,
  badgeNo: string,
  pin: string,
): Promise<CallOutcome<SignInReply>> {
  return withClient(db, null, (c) => c.signIn({ badgeNo, pin }));
}

export function signOutAtCentre(db: GridroomDb, token: string): Promise<CallOutcome<{ ok: true }>> {
  return withClient(db, token, (c) => c.signOut());
}

export function changePinAtCentre(
  db: GridroomDb,
  token: string,
  currentPin: string,
  newPin: string,
): Promise<CallOutcome<{ ok: true }>> {
  return withClient(db, token, (c) => c.changePin(currentPin, newPin));
}

export function resetPinAtCentre(
  db: GridroomDb,
  token: string,
  officerId: string,
  newPin: string,
): Promise<CallOutcome<{ ok: true }>> {
  return withClient(db, token, (c) => c.resetPin(officerId, newPin));
}
