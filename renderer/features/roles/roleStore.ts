/**
 * The workstation's current role until officer sign-in (badge + PIN) sets it. Kept in
 * localStorage under one key and parsed on read (an unknown value falls back to the duty
 * officer) — the settings record (renderer/db/localRows.ts) has no `role` field yet; move it
 * there when that schema grows one. Not a credential: the cache layer enforces the policy.
 */
import { useSyncExternalStore } from 'react';
import { isRole, type Role } from './rolePolicy';

const KEY = 'gridroom.role';
const EVENT = 'gridroom-role-change';
export const defaultRole: Role = 'duty-officer';

export function readRole(): Role {
  try {
    const value = window.localStorage.getItem(KEY);
    return isRole(value) ? value : defaultRole;
  } catch {
    return defaultRole;
  }
}

export function saveRole(role: Role): void {
  window.localStorage.setItem(KEY, role);
  window.dispatchEvent(new Event(EVENT));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

export function useRole(): Role {
  return useSyncExternalStore(subscribe, readRole, () => defaultRole);
}
