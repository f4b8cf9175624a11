/**
 * The chief's typed client for the city system's credentials (common/auth/intakeCredentials.ts),
 * built like authClient: the same request code (common/sync/jsonCall.ts), the device credential
 * and the officer session read per call, every reply parsed with the contract's schema. Rejects
 * with common/sync/syncErrors.ts classes, and with OfficerSessionRequiredError before sending
 * when there is no session.
 */
import { okReplySchema, OFFICER_SESSION_HEADER } from './protocol';
import { jsonClient } from '../sync/jsonCall';
import { OfficerSessionRequiredError } from './authErrors';
import type { AuthClientOptions } from './authClient';
import {
  createdIntakeCredentialReplySchema,
  intakeCredentialsReplySchema,
  type CreateIntakeCredentialRequest,
} from './intakeCredentials';

export function intakeCredentialClient(options: AuthClientOptions) {
  const { call } = jsonClient({
    baseUrl: options.baseUrl,
    fetchImpl: options.fetchImpl,
    credential: options.credential,
    timeoutMs: options.timeoutMs,
  });
  const officer = (what: string): Record<string, string> => {
    const session = options.officerSession?.() ?? null;
    if (!session) throw new OfficerSessionRequiredError(what);
    return { [OFFICER_SESSION_HEADER]: session };
  };
  return {
    list: async (signal?: AbortSignal) =>
      call('city-system credentials', 'GET', '/intake-credentials', undefined, intakeCredentialsReplySchema, {
        signal,
        headers: officer('city-system credentials'),
      }),
    create: async (request: CreateIntakeCredentialRequest, signal?: AbortSignal) =>
      call(
        'create city-system credential',
        'POST',
        '/intake-credentials',
        request,
        createdIntakeCredentialReplySchema,
        {
          signal,
          headers: officer('create city-system credential'),
        },
      ),
    revoke: async (credentialId: string, signal?: AbortSignal) =>
      call(
        'revoke city-system credential',
        'POST',
        `/intake-credentials/${encodeURIComponent(credentialId)}/revoke`,
        {},
        okReplySchema,
        { signal, headers: officer('revoke city-system credential') },
      ),
  };
}

export type IntakeCredentialClient = ReturnType<typeof intakeCredentialClient>;
