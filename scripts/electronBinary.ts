/**
 * Finds the Electron binary, if this machine has one. `require('electron')` from Node returns
 * the binary's path (and throws when the package or its download is missing); the path must
 * also exist. Null means browser mode: npm skips the optional `electron` package on Node
 * < 22.12, and its postinstall can't fetch the binary without access to Electron's host.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findElectronBinary(): string | null {
  try {
    const resolved: unknown = createRequire(import.meta.url)('electron');
    return typeof resolved === 'string' && existsSync(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

export const electronMissingReason =
  'Electron binary not installed here (optional dependency skipped on Node <22.12 / binary host unreachable)';
