/**
 * The demo pass key 演示通行证密钥 (docs/architecture.md §9): a fixed Ed25519 key pair that
 * ships with the app, so a workstation running on demo data alone (never enrolled, no centre)
 * can sign and check demo passes. Its private half is public knowledge — it proves nothing,
 * and every screen that trusts it says 演示. A workstation enrolled with a centre trusts ONLY
 * the centre's key (renderer/sync/passKey.ts), so a demo-signed code is refused there as forged.
 * The centre never uses this key: it makes its own at first start (server/epass/passKeys.ts).
 */
import type { WebCryptoKey } from '../identity/envelopeFormat';
import { buildPassCode, type PassCodePayload } from './passCode';
import type { PassKey } from './passKey';

/** The demo key pair as a JWK (OKP, Ed25519); `x` is the public half. */
const DEMO_PASS_JWK = {
  kty: 'OKP',
  crv: 'Ed25519',
  x: 'iaxb8rcCXIazq-XjIVahPd_8py44BUsQFDoUsV9e_eg',
  d: '56XMVx68E7CrVX_YClu2YMnq97hYUevYAPWOFdZmBIs',
} as const;

/** The demo public key with its id (sha-256 of the raw key, first 16 bytes, hex). */
export const DEMO_PASS_KEY: PassKey = {
  keyId: 'cc37475a6d4dd4d2ddd75c08cfd148ef',
  publicKey: DEMO_PASS_JWK.x,
};

/** The demo private key, for signing (imported afresh: no module state). */
export function demoPassSigningKey(): Promise<WebCryptoKey> {
  return globalThis.crypto.subtle.importKey('jwk', { ...DEMO_PASS_JWK }, { name: 'Ed25519' }, false, [
    'sign',
  ]);
}

/** Signs a demo pass with the demo key (the demo generator, a demo-mode approval, tests). */
export async function signDemoPassCode(payload: PassCodePayload, key?: WebCryptoKey): Promise<string> {
  const signing = key ?? (await demoPassSigningKey());
  return buildPassCode(
    payload,
    async (message) =>
      new Uint8Array(await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, signing, message)),
  );
}
