/**
 * Turns a release's channel files (as electron-builder wrote them) into the ones a channel
 * serves: each gets `stagingPercentage` and its own signed statement (version, channel, its
 * artifacts' sha512 and size, pinned, issuedAt) in `gridroomStatement` / `gridroomSignature`.
 * Also checks, before anything is written, that every artifact a channel file names is present
 * in a folder with the sha512 and size it states.
 */
import type { KeyObject } from 'node:crypto';
import path from 'node:path';
import { RELEASE_PRODUCT, type ReleaseStatement } from '#common/update/releaseStatement';
import { digestIfFile } from './fileDigest';
import { signStatement } from './publisherKey';
import { ReleaseError } from './releaseError';
import { stringifyChannelYml, type BuilderYml } from './releaseYml';

export interface SignOptions {
  channel: string;
  pinned: boolean;
  issuedAt: number;
  stagingPercentage: number;
}

/** An ISO date-time the statement schema accepts: the yml's own, else the signing time. */
function releaseDateOf(yml: BuilderYml, issuedAt: number): string {
  const given = yml.releaseDate;
  if (given !== undefined && !Number.isNaN(Date.parse(given)) && /Z$/.test(given))
    return new Date(Date.parse(given)).toISOString();
  return new Date(issuedAt).toISOString();
}

export function statementFor(yml: BuilderYml, options: SignOptions): ReleaseStatement {
  const first = yml.files[0];
  return {
    product: RELEASE_PRODUCT,
    channel: options.channel,
    version: yml.version,
    files: yml.files.map((f) => ({ url: f.url, sha512: f.sha512, size: f.size })),
    path: yml.path ?? first?.url ?? '',
    releaseDate: releaseDateOf(yml, options.issuedAt),
    pinned: options.pinned,
    issuedAt: options.issuedAt,
  };
}

/** The channel file's text: electron-builder's fields, staging, and the signed statement. */
export function signedChannelYml(yml: BuilderYml, key: KeyObject, options: SignOptions): string {
  const {
    gridroomStatement: _s,
    gridroomSignature: _g,
    stagingPercentage: _p,
    ...builderFields
  } = yml as BuilderYml & Record<string, unknown>;
  const signed = signStatement(statementFor(yml, options), key);
  return stringifyChannelYml({ ...builderFields, stagingPercentage: options.stagingPercentage, ...signed });
}

/** Every artifact the channel file names is in `folder` with its stated size and sha512. */
export async function checkArtifacts(folder: string, ymlName: string, yml: BuilderYml): Promise<void> {
  if (yml.path !== undefined && !yml.files.some((f) => f.url === yml.path))
    throw new ReleaseError(`${ymlName}: path ${yml.path} 不在 files 中 / is not one of its files`);
  for (const f of yml.files) {
    const digest = await digestIfFile(path.join(folder, f.url));
    if (!digest) throw new ReleaseError(`${ymlName}: 缺少文件 / missing file ${f.url} in ${folder}`);
    if (digest.size !== f.size)
      throw new ReleaseError(
        `${ymlName}: ${f.url} 大小不符 / size mismatch: ${digest.size} bytes, the yml says ${f.size}`,
      );
    if (digest.sha512 !== f.sha512)
      throw new ReleaseError(`${ymlName}: ${f.url} 的 sha512 不符 / sha512 mismatch with the yml`);
  }
  const main = yml.files.find((f) => f.url === (yml.path ?? yml.files[0]?.url));
  if (yml.sha512 !== undefined && yml.sha512 !== main?.sha512)
    throw new ReleaseError(`${ymlName}: 顶层 sha512 与安装包不符 / top-level sha512 differs from ${main?.url ?? 'path'}`);
}
