/**
 * The pieces around main's update controller: the memory file survives a restart and a corrupt
 * one is an empty memory; the report goes to the centre over real HTTP with the credential, the
 * API version and the running version; the build reads the pinned key from assets/update/; only
 * an unpackaged test run may name another key; and a build without a key, or an unpackaged run,
 * does not update.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publisherKeyForBuild } from '#scripts/build';
import { builtInPublisherKey, pinnedPublisherKey } from '#main/update/pinnedKey';
import { decideUpdateDisabled, updateChannelFromEnv } from '#main/update/updatePolicy';
import { emptyUpdateMemory } from '#main/update/updateController';
import { loadUpdateMemory, saveUpdateMemory } from '#main/update/updateMemoryFile';
import { createUpdateReporter } from '#main/update/updateReporter';
import { makePublisher } from './signedRelease';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-update-wiring-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('update memory file', () => {
  it('round-trips, and reads a missing or corrupt file as an empty memory', async () => {
    const file = path.join(dir, 'update.json');
    expect(await loadUpdateMemory(file)).toEqual(emptyUpdateMemory);
    const memory = {
      lastAcceptedIssuedAt: 1_765_000_000_000,
      readyVersion: '0.3.0',
      installingVersion: null,
    };
    await saveUpdateMemory(file, memory);
    expect(await loadUpdateMemory(file)).toEqual(memory);
    await writeFile(file, '{"lastAcceptedIssuedAt": "yesterday"');
    expect(await loadUpdateMemory(file)).toEqual(emptyUpdateMemory);
  });
});

describe('update reporter', () => {
  it('POSTs the report with the device credential and versions, and throws on a refusal', async () => {
    const received: { url?: string; headers: IncomingMessage['headers']; body: string }[] = [];
    let status = 200;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ url: req.url, headers: req.headers, body });
        res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const connection = { apiUrl: `http://127.0.0.1:${port}/`, credential: 'device-1.secret-secret-secret' };
      const report = createUpdateReporter(() => connection, '0.2.0');
      await report({
        runningVersion: '0.2.0',
        channel: 'stable',
        state: 'refused',
        refusal: 'hash-mismatch',
      });
      expect(received[0]).toMatchObject({
        url: '/api/v1/updates/report',
        headers: {
          authorization: `Bearer ${connection.credential}`,
          'x-gridroom-api': '1',
          'x-gridroom-app-version': '0.2.0',
          'content-type': 'application/json',
        },
      });
      expect(JSON.parse(received[0]!.body)).toEqual({
        runningVersion: '0.2.0',
        channel: 'stable',
        state: 'refused',
        refusal: 'hash-mismatch',
      });
      status = 401;
      await expect(
        report({ runningVersion: '0.2.0', channel: 'stable', state: 'installed' }),
      ).rejects.toThrow(/401/);
      await expect(
        createUpdateReporter(
          () => null,
          '0.2.0',
        )({ runningVersion: '0.2.0', channel: 'stable', state: 'installed' }),
      ).rejects.toThrow(/not connected/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the pinned key and whether to update', () => {
  const publisher = makePublisher();

  it('reads assets/update/publisher-public-key.txt into the build, or none', async () => {
    const root = path.join(dir, 'tree');
    expect(publisherKeyForBuild(root)).toBe('');
    await mkdir(path.join(root, 'assets', 'update'), { recursive: true });
    await writeFile(
      path.join(root, 'assets', 'update', 'publisher-public-key.txt'),
      `${publisher.publicKey}\n`,
    );
    expect(publisherKeyForBuild(root)).toBe(publisher.publicKey);
  });

  it('lets only an unpackaged test run name another key', () => {
    const env = { GRIDROOM_TEST_PUBLISHER_KEY: publisher.publicKey };
    expect(builtInPublisherKey).toBe(''); // vitest runs main's sources unbuilt
    expect(pinnedPublisherKey(env, true, false)).toBe(publisher.publicKey);
    expect(pinnedPublisherKey(env, true, true)).toBe(builtInPublisherKey);
    expect(pinnedPublisherKey(env, false, false)).toBe(builtInPublisherKey);
  });

  it('does not update without a valid key, nor unpackaged unless forced', () => {
    expect(decideUpdateDisabled({ publicKey: '', isPackaged: true, forceDev: false })).toBe('no-key');
    expect(decideUpdateDisabled({ publicKey: 'bm90IGEga2V5', isPackaged: true, forceDev: false })).toBe(
      'no-key',
    );
    expect(decideUpdateDisabled({ publicKey: publisher.publicKey, isPackaged: false, forceDev: false })).toBe(
      'not-packaged',
    );
    expect(
      decideUpdateDisabled({ publicKey: publisher.publicKey, isPackaged: false, forceDev: true }),
    ).toBeNull();
    expect(
      decideUpdateDisabled({ publicKey: publisher.publicKey, isPackaged: true, forceDev: false }),
    ).toBeNull();
  });

  it('takes the channel from GRIDROOM_UPDATE_CHANNEL when it is a channel name', () => {
    expect(updateChannelFromEnv({})).toBe('stable');
    expect(updateChannelFromEnv({ GRIDROOM_UPDATE_CHANNEL: 'beta' })).toBe('beta');
    expect(updateChannelFromEnv({ GRIDROOM_UPDATE_CHANNEL: '../x' })).toBe('stable');
  });
});
