/**
 * The publisher's view of an updates folder: `<updates>/<channel>/` holds the artifacts, their
 * blockmaps and the channel files the central API serves; `<channel>/.releases/<version>/
 * release.json` keeps each published release's channel files as electron-builder wrote them
 * (hidden: the API never serves a dot name), so `release:pin` can re-sign an older version
 * without its build folder. Older artifacts are never removed: a rollback needs them.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { compareReleaseVersions, releaseStatementSchema, releaseVersionSchema } from '#common/update/releaseStatement';
import { ReleaseError } from './releaseError';
import { builderYmlSchema, channelFilePattern } from './releaseYml';

export const channelDir = (updatesDir: string, channel: string): string => path.join(updatesDir, channel);
export const recordsDir = (updatesDir: string, channel: string): string =>
  path.join(channelDir(updatesDir, channel), '.releases');
export const recordFile = (updatesDir: string, channel: string, version: string): string =>
  path.join(recordsDir(updatesDir, channel), version, 'release.json');

export const releaseRecordSchema = z.object({
  version: releaseVersionSchema,
  stagingPercentage: z.number().int().min(1).max(100),
  publishedAt: z.number().int(),
  /** Channel file name → its fields as electron-builder wrote them. */
  ymls: z.record(z.string().regex(channelFilePattern), builderYmlSchema),
});
export type ReleaseRecord = z.infer<typeof releaseRecordSchema>;

export interface ChannelNow {
  version: string;
  issuedAt: number;
  pinned: boolean;
}

/** What the channel serves now (from its signed statements), or null for a new channel. */
export async function channelNow(updatesDir: string, channel: string): Promise<ChannelNow | null> {
  const names = await readdir(channelDir(updatesDir, channel)).catch(() => [] as string[]);
  let now: ChannelNow | null = null;
  for (const name of names.filter((n) => channelFilePattern.test(n))) {
    const yml = parse(await readFile(path.join(channelDir(updatesDir, channel), name), 'utf8')) as unknown;
    const encoded = (yml as { gridroomStatement?: unknown } | null)?.gridroomStatement;
    if (typeof encoded !== 'string') continue;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    } catch {
      continue;
    }
    const statement = releaseStatementSchema.safeParse(json);
    if (!statement.success) continue;
    if (!now || statement.data.issuedAt > now.issuedAt)
      now = { version: statement.data.version, issuedAt: statement.data.issuedAt, pinned: statement.data.pinned };
  }
  return now;
}

export async function readRecord(updatesDir: string, channel: string, version: string): Promise<ReleaseRecord> {
  const text = await readFile(recordFile(updatesDir, channel, version), 'utf8').catch(() => {
    throw new ReleaseError(
      `频道 ${channel} 没有发布过 ${version} / version ${version} was never published on channel ${channel}`,
    );
  });
  const parsed = releaseRecordSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new ReleaseError(`发布记录已损坏 / the record of ${version} on ${channel} is damaged`);
  return parsed.data;
}

/** Every version published on the channel, newest first. */
export async function recordedVersions(updatesDir: string, channel: string): Promise<string[]> {
  const names = await readdir(recordsDir(updatesDir, channel)).catch(() => [] as string[]);
  // a folder without its record is a publish that failed before its rename: not a release
  return names
    .filter((n) => releaseVersionSchema.safeParse(n).success && existsSync(recordFile(updatesDir, channel, n)))
    .sort((a, b) => compareReleaseVersions(b, a));
}
