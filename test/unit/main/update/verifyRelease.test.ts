/**
 * The pure verification of an offered release (main/update/verifyRelease.ts): a statement signed
 * by a key made here is accepted; a tampered file, a tampered yml field, another key, a missing
 * signature, an older release on an unpinned channel and an older statement (replay) are each
 * refused with their code; a pinned older release is accepted as a downgrade.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parsePublicKey,
  verifyArtifact,
  verifyArtifactFile,
  verifyRelease,
  type VerifyContext,
} from '#main/update/verifyRelease';
import { fakeInstaller, installerName, makePublisher, signedYml } from './signedRelease';

const publisher = makePublisher();
const context: VerifyContext = {
  publicKey: publisher.publicKey,
  runningVersion: '0.2.0',
  channel: 'stable',
  lastAcceptedIssuedAt: 500,
};

describe('verifyRelease', () => {
  it('accepts a newer release signed by the pinned key', () => {
    const yml = signedYml(publisher, { version: '0.3.0' });
    const verdict = verifyRelease(yml, context);
    expect(verdict).toMatchObject({ ok: true, direction: 'newer' });
    if (verdict.ok) expect(verdict.statement).toEqual(yml.statement);
  });

  it('reads the running release as "same", not as an update', () => {
    expect(verifyRelease(signedYml(publisher, { version: '0.2.0' }), context)).toMatchObject({
      ok: true,
      direction: 'same',
    });
  });

  it.each([
    ['version', { version: '0.3.1' }],
    ['path', { path: 'other-setup.exe' }],
    ['sha512', { sha512: 'A'.repeat(86) + '==' }],
  ])('refuses a yml whose %s was changed after signing', (_field, change) => {
    const yml = { ...signedYml(publisher, { version: '0.3.0' }), ...change };
    expect(verifyRelease(yml, context)).toMatchObject({ ok: false, refusal: 'statement-mismatch' });
  });

  it('refuses a yml whose file list was changed after signing', () => {
    const yml = signedYml(publisher, { version: '0.3.0' });
    const files = [{ url: installerName('0.3.0'), sha512: 'B'.repeat(86) + '==', size: 10 }];
    expect(verifyRelease({ ...yml, files }, context)).toMatchObject({
      ok: false,
      refusal: 'statement-mismatch',
    });
    const extra = [...(yml.files as object[]), { url: 'evil.exe', sha512: 'C'.repeat(86) + '==', size: 1 }];
    expect(verifyRelease({ ...yml, files: extra }, context)).toMatchObject({
      ok: false,
      refusal: 'statement-mismatch',
    });
  });

  it('refuses a statement whose bytes were changed (the signature no longer matches)', () => {
    const yml = signedYml(publisher, { version: '0.3.0' });
    const forged = Buffer.from(
      Buffer.from(String(yml.gridroomStatement), 'base64')
        .toString('utf8')
        .replace('"pinned":false', '"pinned":true '),
    ).toString('base64');
    expect(verifyRelease({ ...yml, gridroomStatement: forged }, context)).toMatchObject({
      ok: false,
      refusal: 'signature-invalid',
    });
  });

  it('refuses a release signed by another key', () => {
    const other = makePublisher();
    expect(verifyRelease(signedYml(other, { version: '0.3.0' }), context)).toMatchObject({
      ok: false,
      refusal: 'signature-invalid',
    });
  });

  it('refuses everything when the build pins no valid key', () => {
    const yml = signedYml(publisher, { version: '0.3.0' });
    expect(parsePublicKey('not a key')).toBeNull();
    expect(verifyRelease(yml, { ...context, publicKey: '' })).toMatchObject({
      ok: false,
      refusal: 'signature-invalid',
    });
  });

  it.each(['gridroomSignature', 'gridroomStatement'])('refuses a yml without %s', (field) => {
    const yml: Record<string, unknown> = { ...signedYml(publisher, { version: '0.3.0' }) };
    delete yml[field];
    expect(verifyRelease(yml, context)).toMatchObject({ ok: false, refusal: 'signature-missing' });
  });

  it('refuses a signature of the wrong length', () => {
    const yml = { ...signedYml(publisher, { version: '0.3.0' }), gridroomSignature: 'AAAA' };
    expect(verifyRelease(yml, context)).toMatchObject({ ok: false, refusal: 'signature-invalid' });
  });

  it.each([null, 'version: 1', { files: [] }, { version: '0.3.0' }])(
    'refuses a malformed yml (%j)',
    (yml) => {
      expect(verifyRelease(yml, context)).toMatchObject({ ok: false, refusal: 'yml-malformed' });
    },
  );

  it('refuses an older release replayed on an unpinned channel', () => {
    expect(verifyRelease(signedYml(publisher, { version: '0.1.0', issuedAt: 2_000 }), context)).toMatchObject(
      {
        ok: false,
        refusal: 'older-version',
      },
    );
  });

  it('accepts an older release the publisher pinned (a rollback: downgrade)', () => {
    expect(
      verifyRelease(signedYml(publisher, { version: '0.1.0', pinned: true, issuedAt: 2_000 }), context),
    ).toMatchObject({ ok: true, direction: 'older' });
  });

  it('refuses a statement signed before the last one accepted (a replay)', () => {
    expect(verifyRelease(signedYml(publisher, { version: '0.3.0', issuedAt: 499 }), context)).toMatchObject({
      ok: false,
      refusal: 'replayed-statement',
    });
    expect(verifyRelease(signedYml(publisher, { version: '0.3.0', issuedAt: 500 }), context).ok).toBe(true);
  });

  it('refuses a statement signed for another channel', () => {
    expect(verifyRelease(signedYml(publisher, { version: '0.3.0', channel: 'beta' }), context)).toMatchObject(
      {
        ok: false,
        refusal: 'wrong-channel',
      },
    );
  });
});

describe('verifyArtifact', () => {
  const yml = signedYml(publisher, { version: '0.3.0' });
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-verify-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts the signed bytes and refuses tampered ones', () => {
    const bytes = fakeInstaller('0.3.0');
    expect(verifyArtifact({ bytes, name: installerName('0.3.0') }, yml.statement)).toEqual({ ok: true });
    const tampered = Uint8Array.from(bytes);
    tampered[10] = (tampered[10] ?? 0) ^ 1;
    expect(verifyArtifact({ bytes: tampered }, yml.statement)).toMatchObject({
      ok: false,
      refusal: 'hash-mismatch',
    });
    expect(verifyArtifact({ bytes, name: 'other.exe' }, yml.statement)).toMatchObject({
      ok: false,
      refusal: 'statement-mismatch',
    });
  });

  it('streams a file on disk: the signed file passes, a tampered or missing one does not', async () => {
    const good = path.join(dir, installerName('0.3.0'));
    await writeFile(good, fakeInstaller('0.3.0'));
    expect(await verifyArtifactFile(good, yml.statement)).toEqual({ ok: true });

    await writeFile(good, Buffer.concat([Buffer.from(fakeInstaller('0.3.0')), Buffer.from('!')]));
    expect(await verifyArtifactFile(good, yml.statement)).toMatchObject({
      ok: false,
      refusal: 'hash-mismatch',
    });

    expect(await verifyArtifactFile(path.join(dir, 'gone.exe'), yml.statement)).toMatchObject({
      ok: false,
      refusal: 'file-missing',
    });
  });
});
