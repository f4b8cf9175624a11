/**
 * A typed client for every route of common/auth/protocol.ts (sign-in, PINs, enrolment codes,
 * devices, credential rotation, the centre's audit). It shares the sync transport's request
 * code (common/sync/jsonCall.ts): the API version header, the device credential, a deadline,
 * and every reply parsed with the contract's schema before it is returned.
 *
 * Invariants:
 * - Resolves only with a reply that passed the contract's schema.
 * - Rejects with common/sync/syncErrors.ts classes (NetworkError when the centre may never
 *   have answered — distinct from UnauthorisedError 401 and ForbiddenError 403), with
 *   SignInRefusedError for a refused sign-in (refusal, triesLeft, lockedUntil), and with
 *   OfficerSessionRequiredError, before sending, when an officer route has no session.
 * - The device credential and the officer session are read per call, so a rotated credential
 *   or a handover takes effect on the next request without a new client.
 */
import { z } from 'zod';
import { jsonClient } from '../sync/jsonCall';
import type { FetchLike } from '../sync/transport';
import { OfficerSessionRequiredError, SignInRefusedError } from './authErrors';
import {
  OFFICER_SESSION_HEADER,
  createEnrolmentCodeRequestSchema,
  createdEnrolmentCodeReplySchema,
  devicesReplySchema,
  enrolmentCodesReplySchema,
  okReplySchema,
  rotateCredentialReplySchema,
  serverAuditQuerySchema,
  serverAuditReplySchema,
  signInErrorSchema,
  signInReplySchema,
  type SignInRequest,
} from './protocol';

export interface AuthClientOptions {
  baseUrl: string;
  fetchImpl: FetchLike;
  /** The device credential, or null before enrolment. */
  credential: () => string | null;
  /** The signed-in officer's session (`<sessionId>.<secret>`), or null. */
  officerSession?: () => string | null;
  timeoutMs?: number;
}

export type AuditQueryInput = z.input<typeof serverAuditQuerySchema>;
export type CreateEnrolmentCodeInput = z.input<typeof createEnrolmentCodeRequestSchema>;

/** 401 on sign-in with a sign-in refusal body → SignInRefusedError; anything else: generic. */
function signInRefusal(status: number, body: unknown): Error | null {
  if (status !== 401 && status !== 403 && status !== 423 && status !== 429) return null;
  const parsed = signInErrorSchema.safeParse(body);
  if (!parsed.success) return null;
  const { message, refusal, triesLeft, lockedUntil } = parsed.data;
  return new SignInRefusedError(message, refusal, triesLeft, lockedUntil);
}

/** The audit query as a query string: only the given keys, validated first. */
export function auditQueryString(query: AuditQueryInput): string {
  const parsed = serverAuditQuerySchema.parse(query);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

export function authClient(options: AuthClientOptions) {
  const client = jsonClient({
    baseUrl: options.baseUrl,
    fetchImpl: options.fetchImpl,
    credential: options.credential,
    timeoutMs: options.timeoutMs,
  });
  const { call } = client;

  /** The officer session header, or OfficerSessionRequiredError before anything is sent. */
  function officer(what: string): Record<string, string> {
    const session = options.officerSession?.() ?? null;
    if (!session) throw new OfficerSessionRequiredError(what);
    return { [OFFICER_SESSION_HEADER]: session };
  }

  const id = (value: string) => encodeURIComponent(value);

  return {
    signIn: (request: SignInRequest, signal?: AbortSignal) =>
      call('sign in', 'POST', '/auth/signin', request, signInReplySchema, {
        signal,
        refine: signInRefusal,
      }),
    signOut: async (signal?: AbortSignal) =>
      call('sign out', 'POST', '/auth/signout', {}, okReplySchema, { signal, headers: officer('sign out') }),
    changePin: async (currentPin: string, newPin: string, signal?: AbortSignal) =>
      call('change PIN', 'POST', '/auth/pin', { currentPin, newPin }, okReplySchema, {
        signal,
        headers: officer('change PIN'),
        refine: signInRefusal,
      }),
    resetPin: async (officerId: string, newPin: string, signal?: AbortSignal) =>
      call('reset PIN', 'POST', `/officers/${id(officerId)}/pin-reset`, { newPin }, okReplySchema, {
        signal,
        headers: officer('reset PIN'),
      }),
    enrolmentCodes: async (signal?: AbortSignal) =>
      call('enrolment codes', 'GET', '/enrolment-codes', undefined, enrolmentCodesReplySchema, {
        signal,
        headers: officer('enrolment codes'),
      }),
    createEnrolmentCode: async (request: CreateEnrolmentCodeInput, signal?: AbortSignal) =>
      call(
        'create enrolment code',
        'POST',
        '/enrolment-codes',
        createEnrolmentCodeRequestSchema.parse(request),
        createdEnrolmentCodeReplySchema,
        {
          signal,
          headers: officer('create enrolment code'),
        },
      ),
    revokeEnrolmentCode: async (codeId: string, signal?: AbortSignal) =>
      call('revoke enrolment code', 'POST', `/enrolment-codes/${id(codeId)}/revoke`, {}, okReplySchema, {
        signal,
        headers: officer('revoke enrolment code'),
      }),
    devices: async (signal?: AbortSignal) =>
      call('devices', 'GET', '/devices', undefined, devicesReplySchema, {
        signal,
        headers: officer('devices'),
      }),
    revokeDevice: async (deviceId: string, signal?: AbortSignal) =>
      call('revoke device', 'POST', `/devices/${id(deviceId)}/revoke`, {}, okReplySchema, {
        signal,
        headers: officer('revoke device'),
      }),
    /** Device-authenticated only: the sync worker rotates with nobody signed in. */
    rotateCredential: (signal?: AbortSignal) =>
      call('rotate credential', 'POST', '/devices/rotate', {}, rotateCredentialReplySchema, { signal }),
    audit: async (query: AuditQueryInput = {}, signal?: AbortSignal) =>
      call('audit', 'GET', `/audit?${auditQueryString(query)}`, undefined, serverAuditReplySchema, {
        signal,
        headers: officer('audit'),
      }),
  };
}

export type AuthClient = ReturnType<typeof authClient>;
