/**
 * Test-only publisher: a fresh Ed25519 key pair per test file (node:crypto), and a function that
 * writes fake artifacts and signs a release statement into a latest.yml object as the release
 * CLI would (the two gridroom fields next to electron-updater's own).
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { canonicalStatementBytes, type ReleaseStatement } from '#common/update/releaseStatement';

export interface Publisher {
  publicKey: string;
  privateKey: KeyObject;
}

export function makePublisher(): Publisher {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey,
  };
}

export const sha512 = (bytes: Uint8Array): string => createHash('sha512').update(bytes).digest('base64');

/** A few KB of bytes that stand in for an installer of `version`. */
export function fakeInstaller(version: string): Uint8Array {
  return new TextEncoder().encode(`gridroom installer ${version}\n`.repeat(200));
}

export interface ReleaseOptions {
  version: string;
  channel?: string;
  pinned?: boolean;
  issuedAt?: number;
  bytes?: Uint8Array;
}

export function installerName(version: string): string {
  return `gridroom-setup-${version}.exe`;
}

export function statementFor(options: ReleaseOptions): ReleaseStatement {
  const bytes = options.bytes ?? fakeInstaller(options.version);
  const url = installerName(options.version);
  return {
    product: 'gridroom',
    channel: options.channel ?? 'stable',
    version: options.version,
    files: [{ url, sha512: sha512(bytes), size: bytes.byteLength }],
    path: url,
    releaseDate: '2026-12-01T08:00:00.000Z',
    pinned: options.pinned ?? false,
    issuedAt: options.issuedAt ?? 1_000,
  };
}

/** latest.yml as electron-updater parses it, with the signed statement. */
export function signedYml(
  publisher: Publisher,
  options: ReleaseOptions,
): Record<string, unknown> & { statement: ReleaseStatement } {
  const statement = statementFor(options);
  const bytes = canonicalStatementBytes(statement);
  const signature = sign(null, bytes, publisher.privateKey);
  const main = statement.files[0]!;
  return {
    version: statement.version,
    files: statement.files.map((f) => ({ ...f })),
    path: statement.path,
    sha512: main.sha512,
    releaseDate: statement.releaseDate,
    gridroomStatement: Buffer.from(bytes).toString('base64'),
    gridroomSignature: signature.toString('base64'),
    statement,
  };
}
