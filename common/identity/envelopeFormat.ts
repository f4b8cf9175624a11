/**
 * The resident-ID envelope (信封) and the centre's public key as they travel, version 1.
 *
 * Scheme: ECIES over WebCrypto — an ephemeral ECDH P-256 key per envelope, HKDF-SHA-256 of the
 * shared secret (salt = the ephemeral public key, info names the version and the key id) to an
 * AES-256-GCM key, and the normalised 18-character ID sealed with a 96-bit random IV under
 * additional data that binds the version, the key id and the finding's id (an envelope copied
 * onto another finding does not open). Chosen over RSA-OAEP-256 because the envelope is small
 * and fixed (~200 characters instead of ~700 for RSA-3072), a P-256 key pair is made in
 * milliseconds at the centre's first start, and both WebCrypto (Chromium/Electron) and Node 20
 * implement every step natively; security is ~128-bit, as RSA-3072 would be.
 *
 * Invariants: every part has an exact length (the plaintext is always 18 ASCII characters, so
 * the ciphertext is 18 + 16 tag bytes), and the schemas are strict: a public key with a private
 * part (`d`) or any other extra member does not parse.
 */
import { z } from 'zod';

export const ENVELOPE_VERSION = 1 as const;
export const ENVELOPE_LABEL = 'gridroom/resident-id/v1';

const b64url = (length: number) =>
  z
    .string()
    .length(length)
    .regex(/^[A-Za-z0-9_-]+$/, 'base64url');

/** Key id: the first 128 bits of SHA-256 over the raw public key, hex. */
export const identityKeyIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

/** The centre's public key as a JWK (P-256: x and y, 32 bytes each). Never a private part. */
export const identityPublicJwkSchema = z
  .object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: b64url(43), y: b64url(43) })
  .strict();

/** GET /api/v1/identity-key */
export const identityKeyReplySchema = z
  .object({ keyId: identityKeyIdSchema, publicKey: identityPublicJwkSchema })
  .strict();

export const residentIdEnvelopeSchema = z
  .object({
    v: z.literal(ENVELOPE_VERSION),
    kid: identityKeyIdSchema,
    /** Ephemeral public key, raw uncompressed point (65 bytes). */
    epk: b64url(87),
    /** AES-GCM IV (12 bytes). */
    iv: b64url(16),
    /** Sealed ID + GCM tag (18 + 16 bytes). */
    ct: b64url(46),
  })
  .strict();

export type IdentityPublicJwk = z.infer<typeof identityPublicJwkSchema>;
export type IdentityKey = z.infer<typeof identityKeyReplySchema>;
export type ResidentIdEnvelope = z.infer<typeof residentIdEnvelopeSchema>;

/** WebCrypto's key type, named so that Node's and the DOM's typings both accept it. */
export type WebCryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

/** HKDF info: the version and the key the envelope was sealed to. */
export const envelopeInfo = (kid: string): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`${ENVELOPE_LABEL}|${kid}`);

/** AES-GCM additional data: version, key id and the finding the envelope belongs to. */
export const envelopeAad = (kid: string, findingId: string): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`${ENVELOPE_LABEL}|${kid}|${findingId}`);

/** The AES-256-GCM key both sides derive from the ECDH shared bits. */
export async function deriveEnvelopeKey(
  sharedBits: ArrayBuffer,
  epkRaw: Uint8Array<ArrayBuffer>,
  kid: string,
  usage: 'encrypt' | 'decrypt',
): Promise<WebCryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const ikm = await subtle.importKey('raw', sharedBits, 'HKDF', false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: epkRaw, info: envelopeInfo(kid) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** The key id of a public key: hex of the first 16 bytes of SHA-256 over its raw point. */
export async function identityKeyId(publicKey: WebCryptoKey): Promise<string> {
  const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', publicKey));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', raw));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}
