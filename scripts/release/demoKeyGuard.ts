/**
 * `npm run dist` refuses to build installers that trust the DEMO publisher key (issue 17): its
 * private half is committed under test/fixtures/update/, so anyone holding this repository could
 * sign an "update" such installers would install. A real deployment replaces
 * assets/update/publisher-public-key.txt with its own key (`npm run release:keygen`) first. A
 * demo build can still be made on purpose with GRIDROOM_DEMO_RELEASE=1.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from './cliArgs';
import { ReleaseError } from './releaseError';

/** Why the build must not go on, or null. Pure: keys as their base64 text. */
export function demoKeyRefusal(pinnedKey: string, demoKey: string, allowDemo: boolean): string | null {
  const pinned = pinnedKey.trim();
  if (pinned === '')
    return '未设置发布者公钥 / assets/update/publisher-public-key.txt is empty: the app could verify no update';
  if (pinned === demoKey.trim() && !allowDemo)
    return (
      '安装包将信任演示发布者密钥，其私钥在代码库中公开 / the installers would trust the DEMO publisher ' +
      'key, whose private half is in this repository: run `npm run release:keygen -- <dir>`, copy its ' +
      'publisher-public-key.txt to assets/update/, then build (GRIDROOM_DEMO_RELEASE=1 builds a demo on purpose)'
    );
  return null;
}

function readKey(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

async function main(root: string): Promise<string[]> {
  const refusal = demoKeyRefusal(
    readKey(path.join(root, 'assets/update/publisher-public-key.txt')),
    readKey(path.join(root, 'test/fixtures/update/publisher-public-key.txt')),
    process.env.GRIDROOM_DEMO_RELEASE === '1',
  );
  if (refusal) throw new ReleaseError(refusal);
  return ['发布者公钥已核对 / publisher key checked: not the demo key'];
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href)
  runCli(() => main(process.cwd()));
