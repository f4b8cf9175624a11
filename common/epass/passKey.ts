/**
 * The key a gate verifies pass codes with (docs/architecture.md §9): the centre's Ed25519
 * public key as GET /api/v1/pass-key returns it and the workstation caches it in `meta`
 * (`passKey`). 32 raw bytes in base64url, and a key id — hex of the first 16 bytes of SHA-256
 * over those bytes — that names the key on screen and in the log. The schema is strict: a
 * reply carrying anything else (a private part) does not parse.
 */
import { z } from 'zod';
import { fromBase64url } from '../identity/base64url';

export const passKeyIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

/** GET /api/v1/pass-key */
export const passKeyReplySchema = z
  .object({
    keyId: passKeyIdSchema,
    /** Raw Ed25519 public key, 32 bytes base64url. */
    publicKey: z
      .string()
      .length(43)
      .regex(/^[A-Za-z0-9_-]+$/, 'base64url'),
  })
  .strict();

export type PassKey = z.infer<typeof passKeyReplySchema>;

/** The key id of a raw public key (base64url). */
export async function passKeyId(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', fromBase64url(publicKey)));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
