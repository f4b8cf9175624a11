/**
 * The release CLI (issue 17) on a temporary updates folder with fake electron-builder output of
 * a few KB: publish (checks, signed channel files, staging, artifacts and blockmaps copied);
 * refusals that write nothing (missing file, wrong hash or size, wrong key pair, malformed yml,
 * an older version, a reused name); pin and unpin (rollback and back); atomicity (a failure
 * before the rename leaves the channel as it was, with no temporaries); keygen; and the
 * command line's exit code and refusal line.
 */
import { execFile } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { releaseStatementSchema, type ReleaseStatement } from '#common/update/releaseStatement';
import { generatePublisherKeys } from '#scripts/release/keygen';
import { pinRelease } from '#scripts/release/pin';
import { publishRelease, type PublishOptions } from '#scripts/release/publish';
import { ReleaseError } from '#scripts/release/releaseError';

const FIXTURE_KEY = path.resolve('test/fixtures/update/publisher-private.pem');
const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

let root: string;
let updates: string;
let publicKey: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'gridroom-release-'));
  updates = path.join(root, 'updates');
  publicKey = (await readFile('assets/update/publisher-public-key.txt', 'utf8')).trim();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** electron-builder's output for a version: a Windows installer and an AppImage, blockmaps, two ymls. */
async function fakeBuild(version: string): Promise<string> {
  const dir = path.join(root, `build-${version}`);
  await mkdir(dir, { recursive: true });
  const entry = async (name: string) => {
    const bytes = randomBytes(3000 + Math.floor(Math.random() * 2000));
    await writeFile(path.join(dir, name), bytes);
    await writeFile(path.join(dir, `${name}.blockmap`), randomBytes(200));
    return { url: name, sha512: sha512(bytes), size: bytes.length };
  };
  const exe = await entry(`Gridroom-Setup-${version}.exe`);
  const appImage = await entry(`Gridroom-${version}.AppImage`);
  const yml = (f: { url: string; sha512: string; size: number }) =>
    `version: ${version}\nfiles:\n  - url: ${f.url}\n    sha512: ${f.sha512}\n    size: ${f.size}\npath: ${f.url}\nsha512: ${f.sha512}\nreleaseDate: '2026-12-01T08:00:00.000Z'\n`;
  await writeFile(path.join(dir, 'latest.yml'), yml(exe));
  await writeFile(path.join(dir, 'latest-linux.yml'), yml(appImage));
  return dir;
}

const publish = (dir: string, extra: Partial<PublishOptions> = {}) =>
  publishRelease({
    dir,
    channel: 'stable',
    keyFile: FIXTURE_KEY,
    updatesDir: updates,
    pinnedPublicKey: publicKey,
    ...extra,
  });

async function channelYml(name = 'latest.yml'): Promise<Record<string, unknown>> {
  return parse(await readFile(path.join(updates, 'stable', name), 'utf8'), { schema: 'yaml-1.1' }) as Record<
    string,
    unknown
  >;
}

/** The statement, after checking its signature with the app's pinned key as main does. */
function statementOf(yml: Record<string, unknown>): ReleaseStatement {
  const bytes = Buffer.from(String(yml.gridroomStatement), 'base64');
  const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
  expect(verify(null, bytes, key, Buffer.from(String(yml.gridroomSignature), 'base64'))).toBe(true);
  return releaseStatementSchema.parse(JSON.parse(bytes.toString('utf8')));
}

/** Every file under the updates folder with its hash: a refusal must leave this unchanged. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else out[path.relative(updates, p)] = sha512(await readFile(p));
    }
  };
  await walk(updates);
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReleaseError);
  return (error as ReleaseError).message;
}

describe('release:publish', () => {
  it('signs and publishes both channel files with staging, copying artifacts and blockmaps', async () => {
    const dir = await fakeBuild('0.2.0');
    const result = await publish(dir, { stagingPercentage: 20, now: () => 1_000 });
    expect(result).toMatchObject({ version: '0.2.0', stagingPercentage: 20 });
    expect(result.channelFiles.sort()).toEqual(['latest-linux.yml', 'latest.yml']);

    const yml = await channelYml();
    expect(yml).toMatchObject({ version: '0.2.0', path: 'Gridroom-Setup-0.2.0.exe', stagingPercentage: 20 });
    expect(typeof yml.releaseDate).toBe('string'); // quoted: a YAML 1.1 reader keeps it a string
    const statement = statementOf(yml);
    expect(statement).toMatchObject({ channel: 'stable', version: '0.2.0', pinned: false, issuedAt: 1_000 });
    expect(statement.files).toEqual((yml.files as unknown[]).map((f) => f));
    expect(statementOf(await channelYml('latest-linux.yml')).path).toBe('Gridroom-0.2.0.AppImage');

    for (const name of ['Gridroom-Setup-0.2.0.exe', 'Gridroom-Setup-0.2.0.exe.blockmap', 'Gridroom-0.2.0.AppImage.blockmap'])
      expect((await readFile(path.join(updates, 'stable', name))).equals(await readFile(path.join(dir, name)))).toBe(true);
  });

  it('widens a staged rollout when the same build is published again with a higher figure', async () => {
    const dir = await fakeBuild('0.2.0');
    await publish(dir, { stagingPercentage: 20, now: () => 1_000 });
    const result = await publish(dir, { stagingPercentage: 60, now: () => 1_000 });
    expect(result.copied).toEqual([]); // the artifacts are already there, byte for byte
    const yml = await channelYml();
    expect(yml.stagingPercentage).toBe(60);
    expect(statementOf(yml).issuedAt).toBe(1_001); // after the first, never equal
  });

  it('refuses a missing artifact, touching nothing', async () => {
    const dir = await fakeBuild('0.2.0');
    await rm(path.join(dir, 'Gridroom-0.2.0.AppImage'));
    expect(await refusal(publish(dir))).toMatch(/missing file Gridroom-0\.2\.0\.AppImage/);
    expect(await snapshot()).toEqual({});
  });

  it('refuses a wrong hash or size, touching nothing', async () => {
    const first = await fakeBuild('0.1.0');
    await publish(first);
    const before = await snapshot();
    const dir = await fakeBuild('0.2.0');
    const exe = path.join(dir, 'Gridroom-Setup-0.2.0.exe');
    const bytes = await readFile(exe);
    bytes[10] = (bytes[10] ?? 0) ^ 0xff;
    await writeFile(exe, bytes);
    expect(await refusal(publish(dir))).toMatch(/sha512 mismatch/);
    await writeFile(exe, Buffer.concat([bytes, Buffer.from('x')]));
    expect(await refusal(publish(dir))).toMatch(/size mismatch/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a key pair the app does not pin, and a key that is not Ed25519', async () => {
    const dir = await fakeBuild('0.2.0');
    const other = await generatePublisherKeys(path.join(root, 'other-key'));
    expect(await refusal(publish(dir, { keyFile: other.privateFile }))).toMatch(/does not match the public key the app pins/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' });
    await writeFile(path.join(root, 'rsa.pem'), rsa);
    expect(await refusal(publish(dir, { keyFile: path.join(root, 'rsa.pem') }))).toMatch(/not Ed25519/);
    expect(await snapshot()).toEqual({});
  });

  it('refuses a malformed yml, an older version than the channel, and a reused name with other bytes', async () => {
    const bad = await fakeBuild('0.3.0');
    await writeFile(path.join(bad, 'latest.yml'), 'version: 0.3.0\nfiles: [{url: "../x", sha512: 1}]\n');
    expect(await refusal(publish(bad))).toMatch(/latest\.yml is malformed/);

    await publish(await fakeBuild('0.2.0'));
    const before = await snapshot();
    expect(await refusal(publish(await fakeBuild('0.1.0')))).toMatch(/roll back with release:pin/);
    await rm(path.join(root, 'build-0.2.0'), { recursive: true });
    expect(await refusal(publish(await fakeBuild('0.2.0')))).toMatch(/already in channel stable with other content/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('release:pin', () => {
  it('pins the channel to an older version and unpins it back to the newest', async () => {
    let clock = 1_000;
    const now = () => clock;
    await publish(await fakeBuild('0.1.0'), { now });
    await publish(await fakeBuild('0.2.0'), { now, stagingPercentage: 30 });
    const published = statementOf(await channelYml());
    expect(published).toMatchObject({ version: '0.2.0', issuedAt: 1_001 });

    const pinned = await pinRelease({ channel: 'stable', version: '0.1.0', keyFile: FIXTURE_KEY, updatesDir: updates, pinnedPublicKey: publicKey, now });
    expect(pinned).toMatchObject({ version: '0.1.0', pinned: true });
    const yml = await channelYml();
    expect(yml).toMatchObject({ version: '0.1.0', path: 'Gridroom-Setup-0.1.0.exe', stagingPercentage: 100 });
    const rollback = statementOf(yml);
    expect(rollback).toMatchObject({ version: '0.1.0', pinned: true });
    expect(rollback.issuedAt).toBeGreaterThan(published.issuedAt); // never a replay to the app
    expect(statementOf(await channelYml('latest-linux.yml'))).toMatchObject({ version: '0.1.0', pinned: true });
    // the newer artifacts stay, for the way back
    expect((await stat(path.join(updates, 'stable', 'Gridroom-Setup-0.2.0.exe'))).isFile()).toBe(true);

    clock = 50_000;
    const back = await pinRelease({ channel: 'stable', version: null, keyFile: FIXTURE_KEY, updatesDir: updates, pinnedPublicKey: publicKey, now });
    expect(back).toMatchObject({ version: '0.2.0', pinned: false });
    const newest = await channelYml();
    expect(newest).toMatchObject({ version: '0.2.0', stagingPercentage: 30 });
    expect(statementOf(newest)).toMatchObject({ version: '0.2.0', pinned: false, issuedAt: 50_000 });

    expect(
      await refusal(pinRelease({ channel: 'stable', version: '0.0.9', keyFile: FIXTURE_KEY, updatesDir: updates, pinnedPublicKey: publicKey })),
    ).toMatch(/never published/);
    await rm(path.join(updates, 'stable', 'Gridroom-0.1.0.AppImage'));
    const before = await snapshot();
    expect(
      await refusal(pinRelease({ channel: 'stable', version: '0.1.0', keyFile: FIXTURE_KEY, updatesDir: updates, pinnedPublicKey: publicKey })),
    ).toMatch(/missing file Gridroom-0\.1\.0\.AppImage/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('atomicity', () => {
  it('leaves the channel as it was, with no temporaries, when publishing fails before the rename', async () => {
    await publish(await fakeBuild('0.1.0'));
    const before = await snapshot();
    const failing = publish(await fakeBuild('0.2.0'), {
      beforeCommit: () => {
        throw new Error('disk full (simulated)');
      },
    });
    await expect(failing).rejects.toThrow(/disk full/);
    expect(await snapshot()).toEqual(before);
    expect(statementOf(await channelYml())).toMatchObject({ version: '0.1.0' });
  });
});

describe('release:keygen and the command line', () => {
  it('writes a 0600 private key and its base64 SPKI public key, and never overwrites them', async () => {
    const made = await generatePublisherKeys(path.join(root, 'keys'));
    expect((await stat(made.privateFile)).mode & 0o777).toBe(0o600);
    const pem = await readFile(made.privateFile, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const spki = createPublicKey(pem).export({ format: 'der', type: 'spki' }).toString('base64');
    expect((await readFile(made.publicFile, 'utf8')).trim()).toBe(spki);
    expect(await refusal(generatePublisherKeys(path.join(root, 'keys')))).toMatch(/not overwritten/);
    expect(await readFile(made.privateFile, 'utf8')).toBe(pem);
  });

  it('exits 1 with one refusal line, and 0 with the published line', async () => {
    const run = promisify(execFile);
    const dir = await fakeBuild('0.2.0');
    const args = ['tsx', 'scripts/release/publish.ts', dir, '--channel', 'stable', '--key', FIXTURE_KEY, '--updates-dir', updates];
    const refused = await run('npx', [...args, '--staging', '150']).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr.trim()).toMatch(/^拒绝 refused: .*--staging must be a whole percentage 1-100/);
    const ok = await run('npx', [...args, '--staging', '20']);
    expect(ok.stdout).toMatch(/已发布 published 0\.2\.0 → stable \(20% /);
  }, 60_000);
});
