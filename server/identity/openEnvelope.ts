/**
 * The centre's half of the envelope (common/identity/envelopeFormat.ts): ECDH with the
 * centre's private key and the envelope's ephemeral key, the same HKDF, AES-GCM open under the
 * finding's additional data, then the number is checked as a GB 11643 ID. Any failure — a
 * wrong key, a tampered or transplanted envelope, a malformed point, a bad number — is null,
 * never an exception with details: nothing about the content reaches a log or a reply.
 */
import { createHmac } from 'node:crypto';
import { checkResidentId } from '#common/domain/residentId';
import { fromBase64url } from '#common/identity/base64url';
import { deriveEnvelopeKey, envelopeAad, type ResidentIdEnvelope } from '#common/identity/envelopeFormat';
import type { IdentitySecrets } from './identitySecrets';

export async function openEnvelope(
  envelope: ResidentIdEnvelope,
  findingId: string,
  secrets: IdentitySecrets,
): Promise<string | null> {
  if (envelope.kid !== secrets.publicKey.keyId) return null;
  try {
    const subtle = globalThis.crypto.subtle;
    const epkRaw = fromBase64url(envelope.epk);
    const epk = await subtle.importKey('raw', epkRaw, { name: 'ECDH', namedCurve: 'P-256' }, false, []);
    const shared = await subtle.deriveBits({ name: 'ECDH', public: epk }, secrets.privateKey, 256);
    const aes = await deriveEnvelopeKey(shared, epkRaw, envelope.kid, 'decrypt');
    const plain = await subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: fromBase64url(envelope.iv),
        additionalData: envelopeAad(envelope.kid, findingId),
      },
      aes,
      fromBase64url(envelope.ct),
    );
    const checked = checkResidentId(new TextDecoder().decode(plain));
    return checked.ok ? checked.id : null;
  } catch {
    return null;
  }
}

/** HMAC-SHA-256 of a normalised ID under the centre's secret, hex: the matching key. */
export function residentIdHmac(id: string, hmacSecret: Buffer): string {
  return createHmac('sha256', hmacSecret).update(id).digest('hex');
}
