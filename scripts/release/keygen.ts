/**
 * `npm run release:keygen -- <dir>`: makes the publisher's Ed25519 key pair (issue 17) —
 * `<dir>/publisher-private.pem` (PKCS#8 PEM, mode 0600: it signs releases, keep it off the
 * server and out of the repository) and `<dir>/publisher-public-key.txt` (base64 SPKI DER, one
 * line: copy it to assets/update/publisher-public-key.txt before building the app that must
 * trust it). Never overwrites an existing key.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCliArgs, runCli } from './cliArgs';
import { publicKeyBase64 } from './publisherKey';
import { ReleaseError } from './releaseError';

export const PRIVATE_KEY_FILE = 'publisher-private.pem';
export const PUBLIC_KEY_FILE = 'publisher-public-key.txt';

export async function generatePublisherKeys(dir: string): Promise<{ privateFile: string; publicFile: string; publicKey: string }> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const publicKey = publicKeyBase64(privateKey);
  await mkdir(dir, { recursive: true });
  const privateFile = path.join(dir, PRIVATE_KEY_FILE);
  const publicFile = path.join(dir, PUBLIC_KEY_FILE);
  if (existsSync(privateFile) || existsSync(publicFile))
    throw new ReleaseError(`已有密钥，不覆盖 / ${dir} already holds a publisher key: not overwritten`);
  const exists = (error: unknown) =>
    error instanceof Error && 'code' in error && error.code === 'EEXIST'
      ? new ReleaseError(`已有密钥，不覆盖 / ${path.join(dir, '…')} already holds a key: not overwritten`)
      : error;
  // 'wx': fail rather than replace a key that signed releases workstations trust
  await writeFile(privateFile, pem, { mode: 0o600, flag: 'wx' }).catch((e: unknown) => {
    throw exists(e);
  });
  await writeFile(publicFile, `${publicKey}\n`, { flag: 'wx' }).catch((e: unknown) => {
    throw exists(e);
  });
  return { privateFile, publicFile, publicKey };
}

async function main(argv: readonly string[]): Promise<string[]> {
  const [dir, ...extra] = parseCliArgs(argv, []).positionals;
  if (dir === undefined || extra.length > 0) throw new ReleaseError('用法 usage: release:keygen -- <dir>');
  const made = await generatePublisherKeys(path.resolve(dir));
  return [
    `私钥 private key (0600, 只由发布者保管 publisher only): ${made.privateFile}`,
    `公钥 public key: ${made.publicFile}`,
    `  复制到 copy to assets/update/publisher-public-key.txt before building the app: ${made.publicKey}`,
  ];
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href)
  runCli(() => main(process.argv.slice(2)));
