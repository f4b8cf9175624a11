/**
 * The workstation's calls to the centre's officer routes (common/auth/protocol.ts): sign-in,
 * sign-out, own PIN change and the chief's PIN reset. Every reply is parsed with the contract;
 * every outcome is a value, never a throw, so the sign-in screen can say exactly what happened:
 * `unreachable` (network error, timeout, or the centre/proxy answering 5xx) is what lets
 * sign-in fall back to the offline verifier; a 401 that is not a sign-in refusal means this
 * device's own credential was refused (revoked or expired).
 */
import {
  OFFICER_SESSION_HEADER,
  okReplySchema,
  signInErrorSchema,
  signInReplySchema,
  type SignInError,
  type SignInReply,
} from '../../../common/auth/protocol';
import { API_VERSION, API_VERSION_HEADER } from '../../../common/sync/protocol';
import type { GridroomDb } from '../../db/database';
import { credentialFromStorage } from '../../sync/credentialVault';
import { readSyncConfig } from '../sync/useSyncConfig';
import type { z } from 'zod';

const TIMEOUT_MS = 8_000;

export type CallOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'refused'; error: SignInError }
  | { kind: 'device-unauthorised' }
  | { kind: 'not-signed-in' }
  | { kind: 'invalid'; message: string }
  | { kind: 'unreachable' };

async function call<S extends z.ZodType>(
  db: GridroomDb,
  path: string,
  body: unknown,
  schema: S,
  officerToken: string | null,
): Promise<CallOutcome<z.infer<S>>> {
  const config = await readSyncConfig(db);
  if (!config) return { kind: 'unreachable' };
  let credential: string;
  try {
    credential = await credentialFromStorage(config.credential);
  } catch {
    return { kind: 'device-unauthorised' };
  }
  let response: Response;
  try {
    response = await fetch(`${config.apiUrl}/api/v${API_VERSION}${path}`, {
      method: 'POST',
      headers: {
        [API_VERSION_HEADER]: String(API_VERSION),
        authorization: `Bearer ${credential}`,
        'content-type': 'application/json',
        ...(officerToken ? { [OFFICER_SESSION_HEADER]: officerToken } : {}),
      },
      body: JSON.stringify(body ?? {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status >= 500) return { kind: 'unreachable' };
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const parsed = schema.safeParse(json);
    return parsed.success ? { kind: 'ok', value: parsed.data } : { kind: 'invalid', message: 'reply' };
  }
  const refusal = signInErrorSchema.safeParse(json);
  if (refusal.success) return { kind: 'refused', error: refusal.data };
  if (response.status === 401) return officerToken ? { kind: 'not-signed-in' } : { kind: 'device-unauthorised' };
  const message = (json as { message?: unknown } | null)?.message;
  return { kind: 'invalid', message: typeof message === 'string' ? message : String(response.status) };
}

export function signInAtCentre(db: GridroomDb, badgeNo: string, pin: string): Promise<CallOutcome<SignInReply>> {
  return call(db, '/auth/signin', { badgeNo, pin }, signInReplySchema, null);
}

export function signOutAtCentre(db: GridroomDb, token: string): Promise<CallOutcome<{ ok: true }>> {
  return call(db, '/auth/signout', {}, okReplySchema, token);
}

export function changePinAtCentre(
  db: GridroomDb,
  token: string,
  currentPin: string,
  newPin: string,
): Promise<CallOutcome<{ ok: true }>> {
  return call(db, '/auth/pin', { currentPin, newPin }, okReplySchema, token);
}

export function resetPinAtCentre(
  db: GridroomDb,
  token: string,
  officerId: string,
  newPin: string,
): Promise<CallOutcome<{ ok: true }>> {
  return call(db, `/officers/${encodeURIComponent(officerId)}/pin-reset`, { newPin }, okReplySchema, token);
}
