/**
 * The offline verifier: what this workstation keeps, after an officer's ONLINE sign-in here,
 * to check the same officer's PIN when the centre can't be reached. WebCrypto has no scrypt,
 * so it is PBKDF2-SHA-256 with a random 16-byte salt per verifier and
 * PBKDF2_ITERATIONS = 600,000 iterations (OWASP's figure for PBKDF2-SHA-256; ≈150 ms per
 * check on this machine, bench `auth.signin.offline`), 32-byte output.
 *
 * Invariants: the PIN itself is never stored; a verifier is written only from a sign-in the
 * centre accepted; comparison is over the whole output, never short-circuited. A 6-digit PIN
 * has 10^6 values, so the hash alone slows an attacker holding the disk (≈ 40 CPU-hours per
 * badge) rather than stopping one: the local lock-out guards the screen, and the centre's
 * session (not this verifier) is what the officer routes require.
 */
import type { SignedInOfficer } from '#common/auth/protocol';
import type { OfficerVerifier } from '#renderer/db/officerRows';

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** PBKDF2-SHA-256(pin, salt, iterations) → 32 bytes. */
export async function derivePinHash(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** A fresh verifier for a PIN the centre has just accepted. */
export async function makeVerifier(
  officer: SignedInOfficer,
  pin: string,
  now: number,
  iterations = PBKDF2_ITERATIONS,
): Promise<OfficerVerifier> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derivePinHash(pin, salt, iterations);
  return { officer, salt: toBase64(salt), iterations, hash: toBase64(hash), savedAt: now };
}

/** Whether `pin` is the PIN the verifier was made from (constant-time over the output). */
export async function checkVerifier(verifier: OfficerVerifier, pin: string): Promise<boolean> {
  const expected = fromBase64(verifier.hash);
  const actual = await derivePinHash(pin, fromBase64(verifier.salt), verifier.iterations);
  if (actual.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < actual.length; i++) diff |= (actual[i] ?? 0) ^ (expected[i] ?? 0);
  return diff === 0;
}
