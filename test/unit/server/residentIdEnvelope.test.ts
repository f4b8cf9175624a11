/**
 * The envelope (common/identity seals with WebCrypto, server/identity opens): a sealed ID opens
 * with the centre's key and for its own finding only; any flipped part, another key or another
 * finding id gives null, never a throw; the format is strict and exactly bounded; a public key
 * with a private member does not parse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '#common/domain/residentId';
import {
  identityKeyId,
  identityKeyReplySchema,
  identityPublicJwkSchema,
  residentIdEnvelopeSchema,
  type IdentityKey,
} from '#common/identity/envelopeFormat';
import { sealResidentId } from '#common/identity/sealResidentId';
import type { IdentitySecrets } from '#server/identity/identitySecrets';
import { openEnvelope, residentIdHmac } from '#server/identity/openEnvelope';

const EC = { name: 'ECDH', namedCurve: 'P-256' } as const;
const ID = '35020319880712003' + residentIdCheckChar('35020319880712003');
const FINDING = '44444444-4444-4444-8444-444444444444';

async function centre(): Promise<{ key: IdentityKey; secrets: IdentitySecrets; d: string }> {
  const pair = await crypto.subtle.generateKey(EC, true, ['deriveBits']);
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const key = {
    keyId: await identityKeyId(pair.publicKey),
    publicKey: identityPublicJwkSchema.parse({ kty, crv, x, y }),
  };
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  return {
    key,
    secrets: { publicKey: key, privateKey: pair.privateKey, hmacSecret: Buffer.alloc(32, 7) },
    d: jwk.d ?? '',
  };
}

describe('resident ID envelope', () => {
  it('opens with the centre key for its own finding, and only there', async () => {
    const a = await centre();
    const b = await centre();
    const envelope = await sealResidentId(ID, FINDING, a.key);
    expect(await openEnvelope(envelope, FINDING, a.secrets)).toBe(ID);
    expect(await openEnvelope(envelope, '55555555-5555-4555-8555-555555555555', a.secrets)).toBeNull();
    expect(await openEnvelope(envelope, FINDING, b.secrets)).toBeNull();
    expect(await openEnvelope({ ...envelope, kid: b.key.keyId }, FINDING, b.secrets)).toBeNull();
    expect(JSON.stringify(envelope)).not.toContain(ID.slice(6, 14));
    expect(JSON.stringify(envelope).length).toBeLessThan(260);
  });

  it('gives null for any tampered part, never an exception', async () => {
    const { key, secrets } = await centre();
    const envelope = await sealResidentId(ID, FINDING, key);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('epk', 'iv', 'ct'),
        fc.nat(),
        fc.nat(),
        async (part: 'epk' | 'iv' | 'ct', at, by) => {
          const text = envelope[part];
          const i = at % text.length;
          const c = alphabet[(alphabet.indexOf(text[i] ?? 'A') + 1 + (by % 63)) % 64] ?? 'A';
          const changed = { ...envelope, [part]: text.slice(0, i) + c + text.slice(i + 1) };
          // A change in the last character may only flip padding bits: then the bytes are the same.
          const opened = await openEnvelope(changed, FINDING, secrets);
          expect(opened === null || (opened === ID && i === text.length - 1)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is strict and exactly bounded; a key with a private part does not parse', async () => {
    const { key, d } = await centre();
    const envelope = await sealResidentId(ID, FINDING, key);
    expect(residentIdEnvelopeSchema.safeParse(envelope).success).toBe(true);
    expect(residentIdEnvelopeSchema.safeParse({ ...envelope, extra: 1 }).success).toBe(false);
    expect(residentIdEnvelopeSchema.safeParse({ ...envelope, v: 2 }).success).toBe(false);
    expect(residentIdEnvelopeSchema.safeParse({ ...envelope, ct: envelope.ct + 'AAAA' }).success).toBe(false);
    expect(residentIdEnvelopeSchema.safeParse({ ...envelope, ct: 'x'.repeat(100_000) }).success).toBe(false);
    expect(identityKeyReplySchema.safeParse({ ...key, publicKey: { ...key.publicKey, d } }).success).toBe(
      false,
    );
    await expect(sealResidentId('123', FINDING, key)).rejects.toThrow();
  });

  it('matches on an HMAC that depends on the secret, not a bare hash', () => {
    const one = residentIdHmac(ID, Buffer.alloc(32, 1));
    expect(one).toMatch(/^[0-9a-f]{64}$/);
    expect(residentIdHmac(ID, Buffer.alloc(32, 1))).toBe(one);
    expect(residentIdHmac(ID, Buffer.alloc(32, 2))).not.toBe(one);
  });
});
