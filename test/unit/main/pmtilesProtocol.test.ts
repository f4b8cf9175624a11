/**
 * The desktop app's offline basemap without Electron: files picked through a fake open dialog
 * on a temp folder (checked before they get a token; garbage and truncated archives refused),
 * the active-basemap grants persisted across a restart, and the `gridroom-pmtiles://` handler
 * serving byte ranges of the active file only — with the pmtiles library reading real tiles
 * through it, as the renderer's FetchSource does, and hostile URLs refused.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PMTiles, type Source } from 'pmtiles';
import { BasemapGrants } from '#main/basemapFile';
import { createPmtilesProtocolHandler, parseRange, tokenOf } from '#main/pmtilesProtocol';
import { pmtilesFileUrl } from '#common/ipc/basemapContract';
import { buildCsp, withLiveCsp } from '#main/security';
import { solidPng, solidRasterArchive, tileOf } from '../../e2e/support/pmtilesFixture';

const origin = 'app://gridroom';
const colour = [12, 200, 90] as const;
const archive = solidRasterArchive(colour, [118.0, 24.4, 118.25, 24.6], 10, 12);

let dir: string;
let good: string;
let bad: string;
let cut: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-pmtiles-'));
  good = path.join(dir, 'xiamen.pmtiles');
  bad = path.join(dir, 'garbage.pmtiles');
  cut = path.join(dir, 'truncated.pmtiles');
  await writeFile(good, archive);
  await writeFile(bad, new TextEncoder().encode('this is not a map '.repeat(100)));
  await writeFile(cut, archive.subarray(0, Math.floor(archive.length / 2)));
});

afterAll(async () => rm(dir, { recursive: true, force: true }));

async function grantsWithActive(file: string): Promise<{ grants: BasemapGrants; token: string }> {
  const grants = await BasemapGrants.load(path.join(dir, `state-${Math.random()}.json`));
  const picked = await grants.pick({ chooseFile: async () => file });
  if (picked.status !== 'picked') throw new Error(`not picked: ${JSON.stringify(picked)}`);
  await grants.activate({ tileOrigin: null, fileToken: picked.token });
  return { grants, token: picked.token };
}

describe('parseRange', () => {
  it.each([
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=0-16383', 100, { start: 0, end: 99 }],
    ['bytes=100-200', 100, 'unsatisfiable'],
    ['bytes=-0', 100, 'unsatisfiable'],
    ['bytes=5-1', 100, null],
    ['bytes=0-1,5-9', 100, null],
    ['items=0-9', 100, null],
    [null, 100, null],
  ] as const)('%s of %d bytes → %j', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('tokenOf refuses anything but file/<uuid>', () => {
  const token = '0b7c7a44-1d7c-4a39-9f0e-1f2a3b4c5d6e';
  it.each([
    [`gridroom-pmtiles://file/${token}`, token],
    [`gridroom-pmtiles://file/${token}?x=1`, token],
    [`gridroom-pmtiles://file/../${token}`, null],
    [`gridroom-pmtiles://file/${token}/../../etc/passwd`, null],
    [`gridroom-pmtiles://file/%2e%2e%2f${token}`, null],
    [`gridroom-pmtiles://other/${token}`, null],
    ['gridroom-pmtiles://file//etc/passwd', null],
    [`app://gridroom/${token}`, null],
  ])('%s', (url, expected) => {
    expect(tokenOf(url)).toBe(expected);
  });
});

describe('picking a file', () => {
  it('accepts a real archive and reports its header', async () => {
    const grants = await BasemapGrants.load(path.join(dir, 'pick.json'));
    const reply = await grants.pick({ chooseFile: async () => good });
    expect(reply).toMatchObject({ status: 'picked', fileName: 'xiamen.pmtiles', fileSize: archive.length });
    if (reply.status === 'picked')
      expect(reply.summary).toMatchObject({ tileType: 'png', minZoom: 10, maxZoom: 12 });
  });

  it('refuses garbage, a truncated archive, a folder and a missing file, and passes a cancel on', async () => {
    const grants = await BasemapGrants.load(path.join(dir, 'refuse.json'));
    expect(await grants.pick({ chooseFile: async () => bad })).toMatchObject({
      status: 'refused',
      problem: 'not-pmtiles',
    });
    expect(await grants.pick({ chooseFile: async () => cut })).toMatchObject({
      status: 'refused',
      problem: 'truncated',
    });
    expect(await grants.pick({ chooseFile: async () => dir })).toMatchObject({ status: 'refused' });
    expect(await grants.pick({ chooseFile: async () => path.join(dir, 'none.pmtiles') })).toMatchObject({
      status: 'refused',
      problem: 'unreadable',
    });
    expect(await grants.pick({ chooseFile: async () => null })).toEqual({ status: 'cancelled' });
  });

  it('keeps the active file and tile origin across a restart, and refuses an unknown token', async () => {
    const state = path.join(dir, 'restart.json');
    const first = await BasemapGrants.load(state);
    const picked = await first.pick({ chooseFile: async () => good });
    if (picked.status !== 'picked') throw new Error('not picked');
    expect(await first.activate({ tileOrigin: 'http://127.0.0.1:8080', fileToken: picked.token })).toEqual({
      status: 'ok',
      reload: true,
    });
    const again = await BasemapGrants.load(state);
    expect(again.pathFor(picked.token)).toBe(good);
    expect(again.tileOrigin()).toBe('http://127.0.0.1:8080');
    expect(await again.activate({ tileOrigin: 'http://127.0.0.1:8080', fileToken: picked.token })).toEqual({
      status: 'ok',
      reload: false,
    });
    expect(
      await again.activate({ tileOrigin: null, fileToken: '0b7c7a44-1d7c-4a39-9f0e-1f2a3b4c5d6e' }),
    ).toMatchObject({ status: 'refused' });
  });
});

describe('the gridroom-pmtiles protocol', () => {
  it('serves byte ranges of the active file with CORS for the app only', async () => {
    const { grants, token } = await grantsWithActive(good);
    const handler = createPmtilesProtocolHandler({
      pathFor: (t) => grants.pathFor(t),
      allowedOrigin: origin,
    });
    const response = await handler(new Request(pmtilesFileUrl(token), { headers: { range: 'bytes=0-126' } }));
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes 0-126/${archive.length}`);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(archive.subarray(0, 127));
    const beyond = await handler(
      new Request(pmtilesFileUrl(token), { headers: { range: `bytes=${archive.length}-` } }),
    );
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${archive.length}`);
    const preflight = await handler(new Request(pmtilesFileUrl(token), { method: 'OPTIONS' }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('range');
    expect((await handler(new Request(pmtilesFileUrl(token), { method: 'POST', body: 'x' }))).status).toBe(
      405,
    );
  });

  it('refuses unknown tokens, a picked but inactive file, and hostile URLs', async () => {
    const { grants } = await grantsWithActive(good);
    const other = await grants.pick({ chooseFile: async () => good });
    if (other.status !== 'picked') throw new Error('not picked');
    const handler = createPmtilesProtocolHandler({
      pathFor: (t) => grants.pathFor(t),
      allowedOrigin: origin,
    });
    for (const url of [
      pmtilesFileUrl(other.token),
      pmtilesFileUrl('0b7c7a44-1d7c-4a39-9f0e-1f2a3b4c5d6e'),
      'gridroom-pmtiles://file/..%2F..%2Fetc%2Fpasswd',
      'gridroom-pmtiles://file/',
    ]) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('is read by the pmtiles library like a web server, tile for tile', async () => {
    const { grants, token } = await grantsWithActive(good);
    const handler = createPmtilesProtocolHandler({
      pathFor: (t) => grants.pathFor(t),
      allowedOrigin: origin,
    });
    const source: Source = {
      getKey: () => pmtilesFileUrl(token),
      getBytes: async (offset, length) => {
        const response = await handler(
          new Request(pmtilesFileUrl(token), {
            headers: { range: `bytes=${offset}-${offset + length - 1}` },
          }),
        );
        return { data: await response.arrayBuffer() };
      },
    };
    const reader = new PMTiles(source);
    const [x, y] = tileOf(118.1, 24.5, 12);
    const tile = await reader.getZxy(12, x, y);
    expect(new Uint8Array(tile?.data ?? new ArrayBuffer(0))).toEqual(solidPng(colour));
  });
});

describe('CSP for the basemap', () => {
  const directive = (csp: string, name: string): string[] =>
    csp
      .split('; ')
      .find((d) => d.startsWith(`${name} `))
      ?.split(' ')
      .slice(1) ?? [];

  it('allows the chosen tile server and the file scheme, and nothing else', () => {
    const csp = buildCsp({ basemapOrigin: 'http://127.0.0.1:8080', fetchScheme: 'gridroom-pmtiles' });
    expect(directive(csp, 'connect-src')).toEqual(["'self'", 'http://127.0.0.1:8080', 'gridroom-pmtiles:']);
    expect(directive(csp, 'img-src')).toContain('http://127.0.0.1:8080');
    expect(directive(buildCsp({}), 'connect-src')).toEqual(["'self'"]);
    expect(() => buildCsp({ basemapOrigin: 'http://a.cn/tiles/{z}' })).toThrow();
    expect(directive(buildCsp({ fetchScheme: "x; script-src 'unsafe-eval'" }), 'connect-src')).toEqual([
      "'self'",
    ]);
  });

  it('puts the CSP of the moment on each page the app protocol serves', async () => {
    let origin: string | null = null;
    const handler = withLiveCsp(
      async () => new Response('<html>', { headers: { 'content-security-policy': "default-src 'self'" } }),
      () => buildCsp({ basemapOrigin: origin }),
    );
    expect(
      (await handler(new Request('app://gridroom/'))).headers.get('content-security-policy'),
    ).not.toContain('tiles.local');
    origin = 'http://tiles.local';
    expect((await handler(new Request('app://gridroom/'))).headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://tiles.local",
    );
  });
});
