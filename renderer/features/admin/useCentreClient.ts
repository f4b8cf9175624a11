/**
 * The chief's way to the centre: the typed auth client (common/auth/authClient.ts) with this
 * workstation's device credential and the signed-in officer's session. `unavailable` says why
 * there is none — not enrolled, or signed in offline / in demo mode (no centre session) — so
 * the screens can say these functions need the centre.
 */
import { useEffect, useMemo, useState } from 'react';
import { authClient, type AuthClient, type AuthClientOptions } from '#common/auth/authClient';
import { intakeCredentialClient, type IntakeCredentialClient } from '#common/auth/intakeCredentialClient';
import { credentialFromStorage } from '#renderer/sync/credentialVault';
import { useOfficerSession } from '#renderer/shared/officerSession';
import { useSyncConfig } from '#renderer/shared/useSyncConfig';

export type CentreClient =
  | { status: 'loading' }
  | { status: 'ready'; client: AuthClient; intake: IntakeCredentialClient }
  | { status: 'unavailable'; reason: 'not-enrolled' | 'no-centre-session' | 'credential' };

export function useCentreClient(): CentreClient {
  const config = useSyncConfig();
  const officer = useOfficerSession();
  const token = officer?.token ?? null;
  const stored = config?.credential ?? null;
  /** The credential opened from `stored` (null: it would not open). */
  const [opened, setOpened] = useState<{ stored: string; credential: string | null } | null>(null);

  useEffect(() => {
    if (!stored || !token) return;
    let live = true;
    credentialFromStorage(stored).then(
      (credential) => live && setOpened({ stored, credential }),
      () => live && setOpened({ stored, credential: null }),
    );
    return () => {
      live = false;
    };
  }, [stored, token]);

  const apiUrl = config?.apiUrl ?? null;
  const credential = opened && opened.stored === stored ? opened.credential : undefined;
  const clients = useMemo(() => {
    if (!apiUrl || !token || !credential) return null;
    const options: AuthClientOptions = {
      baseUrl: apiUrl,
      fetchImpl: (input, init) => fetch(input, init),
      credential: () => credential,
      officerSession: () => token,
    };
    return { client: authClient(options), intake: intakeCredentialClient(options) };
  }, [apiUrl, token, credential]);

  if (config === undefined) return { status: 'loading' };
  if (config === null) return { status: 'unavailable', reason: 'not-enrolled' };
  if (!token) return { status: 'unavailable', reason: 'no-centre-session' };
  if (credential === undefined) return { status: 'loading' };
  if (credential === null || !clients) return { status: 'unavailable', reason: 'credential' };
  return { status: 'ready', ...clients };
}
