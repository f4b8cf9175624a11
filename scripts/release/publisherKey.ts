/**
 * The publisher's Ed25519 key pair (issue 17): the private half is PKCS#8 PEM in a file only the
 * publisher holds (mode 0600), the public half base64 of its SPKI DER — the form the app pins in
 * assets/update/publisher-public-key.txt. Signs a release statement's canonical bytes into the
 * two latest.yml fields, and checks a signature the way the app will.
 */
import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { canonicalStatementBytes, type ReleaseStatement } from '#common/update/releaseStatement';
import { ReleaseError } from './releaseError';

export interface SignedFields {
  gridroomStatement: string;
  gridroomSignature: string;
}

export async function loadPrivateKey(file: string): Promise<KeyObject> {
  const pem = await readFile(file, 'utf8').catch(() => {
    throw new ReleaseError(`读不到私钥文件 / cannot read the private key ${file}`);
  });
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new ReleaseError(`私钥文件不是 PEM 私钥 / ${file} is not a PEM private key`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new ReleaseError(`私钥不是 Ed25519 / ${file} is a ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  return key;
}

/** base64 of the SPKI DER of the key's public half. */
export function publicKeyBase64(key: KeyObject): string {
  return createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('base64');
}

export function signStatement(statement: ReleaseStatement, key: KeyObject): SignedFields {
  const bytes = canonicalStatementBytes(statement);
  return {
    gridroomStatement: Buffer.from(bytes).toString('base64'),
    gridroomSignature: sign(null, bytes, key).toString('base64'),
  };
}

/** True when the signature verifies with the public key (base64 SPKI), as the app checks it. */
export function signatureHolds(fields: SignedFields, publicKey: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey.trim(), 'base64'), format: 'der', type: 'spki' });
    return verify(
      null,
      Buffer.from(fields.gridroomStatement, 'base64'),
      key,
      Buffer.from(fields.gridroomSignature, 'base64'),
    );
  } catch {
    return false;
  }
}

/** The public key the app pins: `--public-key FILE`, else the repository's pinned key if present. */
export async function readPinnedPublicKey(file: string): Promise<string> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new ReleaseError(`读不到公钥文件 / cannot read the public key ${file}`);
  });
  return text.trim();
}
