/**
 * `npm run release:pin -- <channel> <version> --key <private.pem> --updates-dir <updates>`:
 * rollback in one command (issue 17). Re-signs the recorded statement of that older version with
 * `pinned: true` and a new issuedAt (after the channel's current one, so it is no replay) and
 * makes it the channel's latest.yml, for every workstation at once (staging 100%); the app then
 * downgrades, which it allows only for a pinned statement.
 * `release:pin -- <channel> --unpin` returns the channel to its newest recorded version,
 * unpinned, with that release's staging percentage.
 * The artifacts must still be in the channel with their recorded sha512 and size, and the key
 * must be the one the app pins; a refusal writes nothing. Channel files are renamed into place.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StagedFiles } from './atomicFiles';
import { channelDir, channelNow, readRecord, recordedVersions } from './channelState';
import { parseCliArgs, publicKeyFileOf, required, runCli } from './cliArgs';
import { loadPrivateKey, publicKeyBase64, readPinnedPublicKey } from './publisherKey';
import { checkChannelName, checkKeyMatches, selfCheck } from './publish';
import { ReleaseError } from './releaseError';
import { checkArtifacts, signedChannelYml } from './signChannel';

export interface PinOptions {
  channel: string;
  /** The version to pin; null: unpin (back to the newest). */
  version: string | null;
  keyFile: string;
  updatesDir: string;
  pinnedPublicKey: string | null;
  now?: () => number;
}

export interface PinResult {
  channel: string;
  version: string;
  pinned: boolean;
  channelFiles: string[];
}

export async function pinRelease(options: PinOptions): Promise<PinResult> {
  const now = options.now ?? Date.now;
  checkChannelName(options.channel);
  const key = await loadPrivateKey(options.keyFile);
  const publicOfKey = publicKeyBase64(key);
  checkKeyMatches(publicOfKey, options.pinnedPublicKey);

  const pinned = options.version !== null;
  const version = options.version ?? (await recordedVersions(options.updatesDir, options.channel))[0];
  if (version === undefined)
    throw new ReleaseError(`频道 ${options.channel} 还没有发布过版本 / nothing was ever published on ${options.channel}`);
  const record = await readRecord(options.updatesDir, options.channel, version);
  const target = channelDir(options.updatesDir, options.channel);
  for (const [name, yml] of Object.entries(record.ymls)) await checkArtifacts(target, name, yml);

  const current = await channelNow(options.updatesDir, options.channel);
  const issuedAt = Math.max(now(), (current?.issuedAt ?? 0) + 1);
  const signOptions = {
    channel: options.channel,
    pinned,
    issuedAt,
    stagingPercentage: pinned ? 100 : record.stagingPercentage,
  };
  const texts = new Map(
    Object.entries(record.ymls).map(([name, yml]) => [name, signedChannelYml(yml, key, signOptions)]),
  );
  selfCheck(texts, publicOfKey);
  const staged = new StagedFiles();
  try {
    for (const [name, text] of texts) await staged.write(path.join(target, name), text);
    await staged.commit();
  } catch (error) {
    await staged.discard();
    throw error;
  }
  return { channel: options.channel, version, pinned, channelFiles: [...texts.keys()] };
}

async function main(argv: readonly string[]): Promise<string[]> {
  const args = parseCliArgs(argv, ['--key', '--updates-dir', '--public-key'], ['--unpin']);
  const [channel, version, ...extra] = args.positionals;
  const unpin = args.flags.has('--unpin');
  if (channel === undefined || extra.length > 0 || (unpin ? version !== undefined : version === undefined))
    throw new ReleaseError(
      '用法 usage: release:pin -- <channel> <version> --key <private.pem> --updates-dir <updates> | release:pin -- <channel> --unpin --key … --updates-dir …',
    );
  const pinnedFile = publicKeyFileOf(args);
  const result = await pinRelease({
    channel,
    version: unpin ? null : (version ?? null),
    keyFile: path.resolve(required(args, '--key')),
    updatesDir: path.resolve(required(args, '--updates-dir')),
    pinnedPublicKey: pinnedFile ? await readPinnedPublicKey(pinnedFile) : null,
  });
  return [
    result.pinned
      ? `已固定 pinned ${result.channel} → ${result.version} (回退 rollback, 100%): ${result.channelFiles.join(', ')}`
      : `已取消固定 unpinned ${result.channel} → ${result.version} (最新 newest): ${result.channelFiles.join(', ')}`,
  ];
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href)
  runCli(() => main(process.argv.slice(2)));
