/**
 * `npm run release:publish -- <dir> --channel stable --key <private.pem> --updates-dir <updates>
 *  [--staging 20] [--public-key <file>]`: publishes electron-builder's output in <dir> to a
 * channel of the central API's updates folder (issue 17).
 *
 * Checks everything first, writes nothing on a refusal: the channel files (latest.yml, latest-
 * linux.yml…) parse and agree on one version; every artifact they name is in <dir> with its
 * sha512 and size; the key is Ed25519 and its public half is the one the app pins (--public-key,
 * default assets/update/publisher-public-key.txt); the version is not below the channel's (that
 * is `release:pin`); an artifact already in the channel under the same name is the same bytes.
 * Then copies artifacts and blockmaps, records the release (for a later pin), and renames the
 * signed channel files into place last — a workstation never sees a latest.yml naming a file
 * that is not there yet. Older versions' artifacts stay (a rollback needs them).
 */
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { channelNameSchema, compareReleaseVersions } from '#common/update/releaseStatement';
import { StagedFiles } from './atomicFiles';
import { channelDir, channelNow, recordFile, type ReleaseRecord } from './channelState';
import { parseCliArgs, publicKeyFileOf, required, runCli } from './cliArgs';
import { digestFile, digestIfFile } from './fileDigest';
import { loadPrivateKey, publicKeyBase64, readPinnedPublicKey, signatureHolds } from './publisherKey';
import { ReleaseError } from './releaseError';
import { channelFilePattern, readBuilderYml, type BuilderYml } from './releaseYml';
import { checkArtifacts, signedChannelYml } from './signChannel';

export interface PublishOptions {
  /** electron-builder's output folder. */
  dir: string;
  channel: string;
  keyFile: string;
  updatesDir: string;
  stagingPercentage?: number;
  /** The public key (base64 SPKI) the app pins; null: not checked. */
  pinnedPublicKey: string | null;
  now?: () => number;
  /** Tests only: called after the artifacts are staged, before anything is renamed into place. */
  beforeCommit?: () => void | Promise<void>;
}

export interface PublishResult {
  version: string;
  channel: string;
  channelFiles: string[];
  copied: string[];
  stagingPercentage: number;
}

export function checkKeyMatches(publicOfKey: string, pinned: string | null): void {
  if (pinned !== null && publicOfKey !== pinned)
    throw new ReleaseError(
      '私钥与应用固定的公钥不是一对 / the private key does not match the public key the app pins — workstations would refuse this release',
    );
}

export function parseStaging(raw: string | undefined): number {
  if (raw === undefined) return 100;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 100)
    throw new ReleaseError(`--staging 应为 1-100 / --staging must be a whole percentage 1-100, got ${raw}`);
  return n;
}

export function checkChannelName(channel: string): void {
  if (!channelNameSchema.safeParse(channel).success)
    throw new ReleaseError(`频道名不合法 / channel ${JSON.stringify(channel)} must be lower-case letters, digits, -`);
}

/** The check a workstation makes, on the texts about to be written. */
export function selfCheck(texts: ReadonlyMap<string, string>, publicKey: string): void {
  for (const [name, text] of texts) {
    const fields = parse(text) as { gridroomStatement?: unknown; gridroomSignature?: unknown };
    const gridroomStatement = typeof fields.gridroomStatement === 'string' ? fields.gridroomStatement : '';
    const gridroomSignature = typeof fields.gridroomSignature === 'string' ? fields.gridroomSignature : '';
    if (!signatureHolds({ gridroomStatement, gridroomSignature }, publicKey))
      throw new ReleaseError(`${name}: 签名自检失败 / the signature does not verify`);
  }
}

export async function publishRelease(options: PublishOptions): Promise<PublishResult> {
  const now = options.now ?? Date.now;
  checkChannelName(options.channel);
  const staging = options.stagingPercentage ?? 100;
  const key = await loadPrivateKey(options.keyFile);
  const publicOfKey = publicKeyBase64(key);
  checkKeyMatches(publicOfKey, options.pinnedPublicKey);

  // The build's channel files, each checked against the artifacts beside it.
  const names = (await readdir(options.dir).catch(() => {
    throw new ReleaseError(`读不到构建目录 / cannot read the build folder ${options.dir}`);
  })).filter((n) => channelFilePattern.test(n));
  if (names.length === 0)
    throw new ReleaseError(`${options.dir} 中没有 latest.yml / no latest.yml or latest-<platform>.yml in ${options.dir}`);
  const ymls = new Map<string, BuilderYml>();
  for (const name of names.sort()) {
    const yml = await readBuilderYml(path.join(options.dir, name), name);
    await checkArtifacts(options.dir, name, yml);
    ymls.set(name, yml);
  }
  const versions = new Set([...ymls.values()].map((y) => y.version));
  if (versions.size !== 1)
    throw new ReleaseError(`通道文件版本不一致 / the channel files name different versions: ${[...versions].join(', ')}`);
  const version = [...versions][0] ?? '';

  const current = await channelNow(options.updatesDir, options.channel);
  if (current && compareReleaseVersions(version, current.version) < 0)
    throw new ReleaseError(
      `${version} 低于频道当前的 ${current.version}，回退请用 release:pin / ${version} is below the channel's ${current.version}: roll back with release:pin`,
    );

  // The files to copy: artifacts and their blockmaps, each new or byte-identical to the channel's.
  const target = channelDir(options.updatesDir, options.channel);
  const toCopy = new Set<string>();
  for (const yml of ymls.values())
    for (const f of yml.files) {
      toCopy.add(f.url);
      if (await digestIfFile(path.join(options.dir, `${f.url}.blockmap`))) toCopy.add(`${f.url}.blockmap`);
    }
  const copies: string[] = [];
  for (const name of toCopy) {
    const there = await digestIfFile(path.join(target, name));
    if (!there) {
      copies.push(name);
      continue;
    }
    const here = await digestFile(path.join(options.dir, name));
    if (here.sha512 !== there.sha512)
      throw new ReleaseError(
        `频道中已有同名但内容不同的文件 / ${name} is already in channel ${options.channel} with other content: a build must not reuse a published name`,
      );
  }

  const issuedAt = Math.max(now(), (current?.issuedAt ?? 0) + 1);
  const signOptions = { channel: options.channel, pinned: false, issuedAt, stagingPercentage: staging };
  const texts = new Map([...ymls].map(([name, yml]) => [name, signedChannelYml(yml, key, signOptions)]));
  selfCheck(texts, publicOfKey);
  const record: ReleaseRecord = {
    version,
    stagingPercentage: staging,
    publishedAt: issuedAt,
    ymls: Object.fromEntries(ymls),
  };

  const staged = new StagedFiles();
  try {
    await mkdir(path.dirname(recordFile(options.updatesDir, options.channel, version)), { recursive: true });
    for (const name of copies) await staged.copy(path.join(options.dir, name), path.join(target, name));
    await staged.write(recordFile(options.updatesDir, options.channel, version), `${JSON.stringify(record, null, 2)}\n`);
    for (const [name, text] of texts) await staged.write(path.join(target, name), text);
    await options.beforeCommit?.();
    await staged.commit();
  } catch (error) {
    await staged.discard();
    throw error;
  }
  return { version, channel: options.channel, channelFiles: [...texts.keys()], copied: copies, stagingPercentage: staging };
}

async function main(argv: readonly string[]): Promise<string[]> {
  const args = parseCliArgs(argv, ['--channel', '--key', '--updates-dir', '--staging', '--public-key']);
  const [dir, ...extra] = args.positionals;
  if (dir === undefined || extra.length > 0)
    throw new ReleaseError('用法 usage: release:publish -- <dir> --channel stable --key <private.pem> --updates-dir <updates> [--staging 20]');
  const pinnedFile = publicKeyFileOf(args);
  const result = await publishRelease({
    dir: path.resolve(dir),
    channel: args.options.get('--channel') ?? 'stable',
    keyFile: path.resolve(required(args, '--key')),
    updatesDir: path.resolve(required(args, '--updates-dir')),
    stagingPercentage: parseStaging(args.options.get('--staging')),
    pinnedPublicKey: pinnedFile ? await readPinnedPublicKey(pinnedFile) : null,
  });
  return [
    `已发布 published ${result.version} → ${result.channel} (${result.stagingPercentage}% 分批 staged): ${result.channelFiles.join(', ')}`,
    `  复制 copied ${result.copied.length} file(s)${result.copied.length ? `: ${result.copied.join(', ')}` : ''}`,
    ...(pinnedFile ? [] : ['  注意 note: no pinned public key found, the key pair was not checked against the app']),
  ];
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href)
  runCli(() => main(process.argv.slice(2)));
