/**
 * A tiny hash router: the app's screens are `#/board`, `#/settings`, `#/briefing`… Hash routes
 * work the same under Electron's app:// protocol and the loopback server, with no server-side
 * fallback needed.
 */
import { useSyncExternalStore } from 'react';

/** The route the window shows now (`board` when none). */
export function currentRoute(): string {
  const path = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
  return path || 'board';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, currentRoute);
}

export function navigate(route: string): void {
  window.location.hash = `#/${route}`;
}
