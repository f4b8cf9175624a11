/**
 * Which OS keychain may seal the device credential. Electron's safeStorage encrypts on every
 * platform, but on Linux without a secret service it falls back to the `basic_text` backend —
 * a key hard-coded in Chromium, which protects nothing — and `unknown` means it has not chosen
 * one. Both count as NOT sealed: no vault, so credential-seal and credential-open refuse with
 * the reason, and the renderer keeps the credential in memory only (asking for the enrolment
 * again at the next start). Pure: safeStorage and the platform are passed in, so tests run
 * without Electron.
 */
import type { CredentialUnavailableReason } from '#common/ipc/contract';

/** The slice of safeStorage the credential channels use (base64 in, base64 out). */
export interface CredentialVault {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

/** The slice of Electron's safeStorage this decision reads. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** Linux only: basic_text | gnome_libsecret | kwallet | kwallet5 | kwallet6 | unknown. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Linux backends that are no keychain at all. */
export const WEAK_LINUX_BACKENDS: readonly string[] = ['basic_text', 'unknown'];

export type VaultChoice =
  | { vault: CredentialVault; reason: null; backend: string | null }
  | { vault: null; reason: CredentialUnavailableReason; backend: string | null };

export function chooseCredentialVault(storage: SafeStorageLike, platform: string): VaultChoice {
  const backend = platform === 'linux' ? (storage.getSelectedStorageBackend?.() ?? 'unknown') : null;
  if (!storage.isEncryptionAvailable()) return { vault: null, reason: 'no-encryption', backend };
  if (backend !== null && WEAK_LINUX_BACKENDS.includes(backend))
    return { vault: null, reason: 'weak-backend', backend };
  return {
    vault: {
      seal: (plaintext) => storage.encryptString(plaintext).toString('base64'),
      open: (sealed) => storage.decryptString(Buffer.from(sealed, 'base64')),
    },
    reason: null,
    backend,
  };
}
