/**
 * Seals a checked resident ID number to the centre's public key (the workstation's half of the
 * envelope, common/identity/envelopeFormat.ts). The ephemeral private key and the derived AES
 * key live only inside this call and are not extractable; what comes out opens only with the
 * centre's private key. The caller passes a number already normalised by checkResidentId.
 */
import { toBase64url } from './base64url';
import {
  deriveEnvelopeKey,
  envelopeAad,
  ENVELOPE_VERSION,
  residentIdEnvelopeSchema,
  type IdentityKey,
  type ResidentIdEnvelope,
} from './envelopeFormat';

const ID_LENGTH = 18;

export async function sealResidentId(
  id: string,
  findingId: string,
  centreKey: IdentityKey,
): Promise<ResidentIdEnvelope> {
  if (id.length !== ID_LENGTH) throw new Error('seal a normalised 18-character ID number');
  const subtle = globalThis.crypto.subtle;
  const recipient = await subtle.importKey(
    'jwk',
    { ...centreKey.publicKey, ext: true },
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    [],
  );
  const ephemeral = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
  const shared = await subtle.deriveBits({ name: 'ECDH', public: recipient }, ephemeral.privateKey, 256);
  const epk = new Uint8Array(await subtle.exportKey('raw', ephemeral.publicKey));
  const aes = await deriveEnvelopeKey(shared, epk, centreKey.keyId, 'encrypt');
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const ct = new Uint8Array(
    await subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: envelopeAad(centreKey.keyId, findingId) },
      aes,
      new TextEncoder().encode(id),
    ),
  );
  return residentIdEnvelopeSchema.parse({
    v: ENVELOPE_VERSION,
    kid: centreKey.keyId,
    epk: toBase64url(epk),
    iv: toBase64url(iv),
    ct: toBase64url(ct),
  });
}
