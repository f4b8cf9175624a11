/**
 * Sign-in state kept in the cache's `meta` table (renderer/features/signin/):
 * - `officerSession`: who is signed in here, how (online / offline / demo), whether the screen
 *   is locked (so a reload stays locked), and the centre's officer session token — sealed by
 *   the OS keychain where the desktop app can (credentialVault), as issued in browser mode.
 * - `officerVerifier:<BADGE>`: the offline verifier cached at the officer's last ONLINE sign-in
 *   here: PBKDF2-SHA-256 of the PIN under a random 16-byte salt, never the PIN itself.
 * - `signInLockout:<BADGE>`: wrong PINs counted on this workstation (offline and demo sign-in),
 *   and the lock-out the centre reported, so going offline does not reset a locked badge.
 */
import { z } from 'zod';
import { signedInOfficerSchema } from '#common/auth/protocol';

export const signInModes = ['online', 'offline', 'demo'] as const;

export const officerSessionRowSchema = z.object({
  officer: signedInOfficerSchema,
  mode: z.enum(signInModes),
  /** The x-gridroom-officer token in its stored form; null offline and in demo mode. */
  storedToken: z.string().min(1).max(4096).nullable(),
  expiresAt: z.number().int().nullable(),
  signedInAt: z.number().int(),
  locked: z.boolean(),
});

export const officerVerifierSchema = z.object({
  officer: signedInOfficerSchema,
  /** base64 of 16 random bytes. */
  salt: z.string().min(16).max(64),
  iterations: z.number().int().min(100_000).max(10_000_000),
  /** base64 of the 32-byte PBKDF2-SHA-256 output. */
  hash: z.string().min(40).max(64),
  savedAt: z.number().int(),
});

export const signInLockoutSchema = z.object({
  /** Consecutive wrong PINs since the last success or lock-out. */
  failures: z.number().int().nonnegative(),
  /** Lock-outs so far (each lasts twice the one before). */
  lockouts: z.number().int().nonnegative(),
  lockedUntil: z.number().int().nullable(),
});

export const verifierKey = (badgeNo: string): `officerVerifier:${string}` => `officerVerifier:${badgeNo}`;
export const lockoutKey = (badgeNo: string): `signInLockout:${string}` => `signInLockout:${badgeNo}`;

export type OfficerSessionRow = z.infer<typeof officerSessionRowSchema>;
export type OfficerVerifier = z.infer<typeof officerVerifierSchema>;
export type SignInLockout = z.infer<typeof signInLockoutSchema>;
export type SignInMode = (typeof signInModes)[number];
