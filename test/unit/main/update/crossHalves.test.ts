/**
 * Both halves of issue 17 together: releases published, pinned and unpinned by the release CLI
 * (scripts/release/) are read as electron-updater reads them (js-yaml) and judged by main's
 * verification (main/update/verifyRelease.ts) with the pinned key: a newer release is taken and
 * its served file matches; a pinned rollback is a downgrade; unpinning is no replay; a yml
 * edited on the server is refused.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinRelease } from '#scripts/release/pin';
import { publishRelease } from '#scripts/release/publish';
import { verifyArtifactFile, verifyRelease } from '#main/update/verifyRelease';

const require = createRequire(import.meta.url);
const jsyaml = require('js-yaml') as { load(text: string): unknown };
const KEY = path.resolve('test/fixtures/update/publisher-private.pem');
const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

let root: string;
let updates: string;
let publicKey: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'gridroom-cross-'));
  updates = path.join(root, 'updates');
  publicKey = (await readFile('assets/update/publisher-public-key.txt', 'utf8')).trim();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function build(version: string): Promise<string> {
  const dir = path.join(root, `build-${version}`);
  await mkdir(dir, { recursive: true });
  const name = `gridroom-setup-${version}.exe`;
  const bytes = randomBytes(4000);
  await writeFile(path.join(dir, name), bytes);
  await writeFile(path.join(dir, `${name}.blockmap`), randomBytes(100));
  await writeFile(
    path.join(dir, 'latest.yml'),
    `version: ${version}\nfiles:\n  - url: ${name}\n    sha512: ${sha512(bytes)}\n    size: ${bytes.length}\n    blockMapSize: 100\npath: ${name}\nsha512: ${sha512(bytes)}\nreleaseDate: '2026-12-01T08:00:00.000Z'\n`,
  );
  return dir;
}

const served = async () => jsyaml.load(await readFile(path.join(updates, 'stable', 'latest.yml'), 'utf8'));
const context = (runningVersion: string, lastAcceptedIssuedAt: number | null) => ({
  publicKey,
  runningVersion,
  channel: 'stable',
  lastAcceptedIssuedAt,
});

describe('release CLI → main verification', () => {
  let accepted = 0;
  it('a published newer release is accepted, and its served file matches', async () => {
    await publishRelease({
      dir: await build('0.2.0'),
      channel: 'stable',
      keyFile: KEY,
      updatesDir: updates,
      pinnedPublicKey: publicKey,
      stagingPercentage: 20,
      now: () => 1_000,
    });
    const verdict = verifyRelease(await served(), context('0.1.0', null));
    expect(verdict).toMatchObject({ ok: true, direction: 'newer' });
    if (!verdict.ok) return;
    accepted = verdict.statement.issuedAt;
    expect(
      await verifyArtifactFile(path.join(updates, 'stable', 'gridroom-setup-0.2.0.exe'), verdict.statement),
    ).toEqual({ ok: true });
  });

  it('pinning 0.2.0 after 0.3.0 is a downgrade; unpinning is newer again, no replay', async () => {
    await publishRelease({
      dir: await build('0.3.0'),
      channel: 'stable',
      keyFile: KEY,
      updatesDir: updates,
      pinnedPublicKey: publicKey,
      now: () => 2_000,
    });
    const v3yml = await served();
    const v3 = verifyRelease(v3yml, context('0.2.0', accepted));
    expect(v3).toMatchObject({ ok: true, direction: 'newer' });
    if (v3.ok) accepted = v3.statement.issuedAt;

    await pinRelease({
      channel: 'stable',
      version: '0.2.0',
      keyFile: KEY,
      updatesDir: updates,
      pinnedPublicKey: publicKey,
      now: () => 3_000,
    });
    const pinned = verifyRelease(await served(), context('0.3.0', accepted));
    expect(pinned).toMatchObject({ ok: true, direction: 'older' });
    if (pinned.ok) accepted = pinned.statement.issuedAt;
    // the unpinned 0.3.0 statement signed earlier, replayed by the server: refused
    expect(verifyRelease(v3yml, context('0.2.0', accepted))).toMatchObject({
      ok: false,
      refusal: 'replayed-statement',
    });
    await pinRelease({
      channel: 'stable',
      version: null,
      keyFile: KEY,
      updatesDir: updates,
      pinnedPublicKey: publicKey,
      now: () => 4_000,
    });
    expect(verifyRelease(await served(), context('0.2.0', accepted))).toMatchObject({
      ok: true,
      direction: 'newer',
    });
  });

  it('a served yml edited on the server is refused', async () => {
    const yml = (await served()) as Record<string, unknown>;
    expect(verifyRelease({ ...yml, version: '9.9.9' }, context('0.2.0', null))).toMatchObject({
      ok: false,
      refusal: 'statement-mismatch',
    });
    expect(verifyRelease({ ...yml, stagingPercentage: 100 }, context('0.2.0', null)).ok).toBe(true);
  });
});
