/**
 * Serving options of `npm run server` (server/main.ts, server/centralApi.ts): the argument
 * parser (TLS files both or neither, --trust-proxy as true / hop count / address list, clear
 * errors), the API started for real over HTTPS on loopback with a self-signed certificate made
 * in the test (health answered over TLS, plain HTTP refused), and a trusted proxy's
 * X-Forwarded-For reaching the per-IP enrolment rate limit over a real socket.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCentralApi, type CentralApiOptions } from '#server/centralApi';
import { parseServerArgs, parseTrustProxy } from '#server/main';

const env = {};

describe('parseServerArgs', () => {
  it('serves plain HTTP on loopback by default, trusting no proxy', () => {
    const o = parseServerArgs([], env);
    expect(o).toMatchObject({ port: 8787, host: '127.0.0.1', seed: true });
    expect(o.tls).toBeUndefined();
    expect(o.trustProxy).toBeUndefined();
  });

  it('takes --tls-cert and --tls-key together, as absolute paths', () => {
    expect(parseServerArgs(['--tls-cert', 'c.pem', '--tls-key=k.pem'], env).tls).toEqual({
      certPath: path.resolve('c.pem'),
      keyPath: path.resolve('k.pem'),
    });
  });

  it.each([
    [['--tls-cert', 'c.pem']],
    [['--tls-key', 'k.pem']],
    [['--tls-cert', '--tls-key', 'k.pem']],
    [['--tls-cert=', '--tls-key=k.pem']],
  ])('refuses one TLS file without the other: %j', (argv) => {
    expect(() => parseServerArgs(argv, env)).toThrow(/--tls-cert and --tls-key go together/);
  });

  it.each<[string[], boolean | number | string[]]>([
    [['--trust-proxy'], true],
    [['--trust-proxy', '--no-seed'], true],
    [['--trust-proxy=true'], true],
    [['--trust-proxy', 'false'], false],
    [['--trust-proxy', '2'], 2],
    [
      ['--trust-proxy', '10.0.0.1, 10.1.0.0/16,::1'],
      ['10.0.0.1', '10.1.0.0/16', '::1'],
    ],
  ])('reads --trust-proxy from %j', (argv, expected) => {
    expect(parseServerArgs(argv, env).trustProxy).toEqual(expected);
  });

  it('takes --updates-dir, else the updates folder in the data folder, with or without DATABASE_URL', () => {
    expect(parseServerArgs([], env).updatesDir).toBe(path.resolve('.data/central-api/updates'));
    expect(parseServerArgs(['--data-dir', 'd'], env).updatesDir).toBe(path.resolve('d/updates'));
    expect(parseServerArgs(['--updates-dir=/srv/u'], { DATABASE_URL: 'postgres://x' })).toMatchObject({
      updatesDir: '/srv/u',
      databaseUrl: 'postgres://x',
    });
    expect(() => parseServerArgs(['--updates-dir'], env)).toThrow(/--updates-dir needs a folder/);
  });

  it.each(['0', '99', 'proxy.local', '10.0.0.1/33', '10.0.0.1,', '1.2.3.4/8/9', 'fe80::1/129'])(
    'refuses --trust-proxy %s with a message naming it',
    (raw) => {
      expect(() => parseTrustProxy(raw)).toThrow(/--trust-proxy/);
    },
  );
});

describe('the central API over TLS on loopback', () => {
  let dir: string;
  let cert: Buffer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'gridroom-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
        '-days',
        '1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    cert = await readFile(path.join(dir, 'cert.pem'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (url: string, ca?: Buffer) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      https
        .get(url, { ...(ca ? { ca } : {}) }, (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on('error', reject);
    });

  it('answers /api/v1/health over https with the given certificate, and refuses plain http', async () => {
    const args = parseServerArgs(
      [
        '--port',
        '0',
        '--no-seed',
        '--tls-cert',
        path.join(dir, 'cert.pem'),
        '--tls-key',
        path.join(dir, 'key.pem'),
      ],
      env,
    );
    const { dataDir: _dataDir, ...options } = args; // in memory, not on disk
    const api = await startCentralApi(options);
    try {
      expect(api.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const health = await get(`${api.url}/api/v1/health`, cert);
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({ ok: true, apiVersion: 1 });
      // Not trusted without the certificate, and no plain HTTP on the same port.
      await expect(get(`${api.url}/api/v1/health`)).rejects.toThrow(/self[- ]signed|certificate/i);
      await expect(fetch(`${api.url.replace('https:', 'http:')}/api/v1/health`)).rejects.toThrow();
    } finally {
      await api.close();
    }
  }, 60_000);

  it('says which TLS file it cannot read, before opening anything', async () => {
    await expect(
      startCentralApi({
        port: 0,
        seed: false,
        tls: { certPath: path.join(dir, 'missing.pem'), keyPath: path.join(dir, 'key.pem') },
      }),
    ).rejects.toThrow(/TLS certificate .*missing\.pem/);
  });
});

describe('--trust-proxy behind a proxy on loopback', () => {
  const enrolFrom = (url: string, forwardedFor: string) =>
    fetch(`${url}/api/v1/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-gridroom-api': '1', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ enrolmentCode: 'NO-SUCH-CODE', workstation: 'ws' }),
    }).then((r) => r.status);

  // One case per proxy setting, each with its own budget: every case starts a central API
  // (PGlite and migrations), which takes long on a loaded 2-core machine.
  it.each([
    { trustProxy: ['127.0.0.1'] as CentralApiOptions['trustProxy'], label: 'a trusted proxy address' },
    { trustProxy: 1, label: 'one trusted hop' },
    { trustProxy: undefined, label: 'no trusted proxy' },
  ])(
    'limits enrolment per workstation address or per proxy, with $label',
    async ({ trustProxy }) => {
      const api = await startCentralApi({
        port: 0,
        seed: false,
        enrolRateLimit: { max: 1, timeWindowMs: 60_000 },
        ...(trustProxy !== undefined ? { trustProxy } : {}),
      });
      try {
        const first = await enrolFrom(api.url, '10.0.0.1');
        const other = await enrolFrom(api.url, '10.0.0.2');
        const again = await enrolFrom(api.url, '10.0.0.1');
        expect(first).not.toBe(429);
        expect(again).toBe(429);
        // Trusted: 10.0.0.2 is another workstation. Untrusted: every request is the proxy's.
        if (trustProxy === undefined) expect(other).toBe(429);
        else expect(other).not.toBe(429);
      } finally {
        await api.close();
      }
    },
    60_000,
  );
});
