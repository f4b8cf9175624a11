/**
 * "Open this incident" carried in the address: `#/incidents?open=<id>`, as the high-severity
 * alert links to it. Kept in the hash (not in module state) so it survives a reload and is
 * the same for every component that reads it.
 */
import { useSyncExternalStore } from 'react';
import { idSchema } from '#common/schemas';
import { navigate } from '#renderer/shared/useHashRoute';

function read(): string | null {
  const query = window.location.hash.split('?')[1] ?? '';
  const parsed = idSchema.safeParse(new URLSearchParams(query).get('open'));
  return parsed.success ? parsed.data : null;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The incident id the address asks to open, or null. */
export function useOpenRequest(): string | null {
  return useSyncExternalStore(subscribe, read);
}

export function openIncidentLink(id: string): string {
  return `incidents?open=${encodeURIComponent(id)}`;
}

/** Drops the request from the address, staying on the incident list. */
export function clearOpenRequest(): void {
  navigate('incidents');
}
