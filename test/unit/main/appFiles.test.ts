/**
 * Serving the renderer bundle, through both hosts that do it: the app:// protocol handler
 * (web Request → Response, as Electron calls it) and the loopback server (raw HTTP request
 * lines, which no client library normalises for us). Same files, headers and refusals.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, runtimeConfigFromEnv } from '#main/appProtocol';
import { buildCsp } from '#main/security';
import { startRendererServer, type RendererServer } from '#scripts/rendererServer';

let sandbox: string;
let root: string;
let server: RendererServer;
const csp = buildCsp();

beforeAll(async () => {
  sandbox = await mkdtemp(path.join(os.tmpdir(), 'gridroom-appfiles-'));
  root = path.join(sandbox, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'grid.wasm'), new Uint8Array([0, 97, 115, 109]));
  await writeFile(path.join(root, 'assets', 'districts.geojson'), '{}');
  await writeFile(path.join(root, 'assets', 'font.woff2'), 'x');
  await writeFile(path.join(sandbox, 'secret.txt'), 'top secret');
  server = await startRendererServer({ root, port: 0 });
});

afterAll(async () => {
  await server?.close();
  await rm(sandbox, { recursive: true, force: true });
});

function rawGet(
  target: string,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port, hostname } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path: target, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

describe('app:// protocol handler', () => {
  it('serves files with type, CSP and no-cache', async () => {
    const handle = createAppProtocolHandler(root, csp);
    const response = await handle(new Request('app://gridroom/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers client routes with index.html and missing assets with 404', async () => {
    const handle = createAppProtocolHandler(root, csp);
    expect(await (await handle(new Request('app://gridroom/briefing'))).text()).toContain('<title>t</title>');
    expect((await handle(new Request('app://gridroom/assets/missing.js'))).status).toBe(404);
  });

  it('refuses other methods', async () => {
    const handle = createAppProtocolHandler(root, csp);
    expect(
      (await handle(new Request('app://gridroom/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });
});

describe('loopback renderer server', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/grid.wasm', 'application/wasm'],
    ['/assets/districts.geojson', 'application/geo+json; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (target, type) => {
    const response = await rawGet(target);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-security-policy']).toBe(csp);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('falls back to index.html for client routes', async () => {
    const response = await rawGet('/briefing/today');
    expect(response.status).toBe(200);
    expect(response.body).toContain('<title>t</title>');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/%252e%252e/secret.txt',
    '/..%5csecret.txt',
    '/assets/%00/../../secret.txt',
    '//secret.txt',
  ])('never serves a file outside the root for %s', async (target) => {
    const response = await rawGet(target);
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('top secret');
  });

  it('answers HEAD without a body', async () => {
    const response = await rawGet('/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
  });

  it('serves the runtime config from the environment, and the offline config when unset or bad', async () => {
    const config = runtimeConfigFromEnv({
      GRIDROOM_API_URL: 'http://127.0.0.1:8787/api',
      GRIDROOM_ENROLMENT_CODE: 'HESHAN-2026',
    });
    const handle = createAppProtocolHandler(root, csp, config);
    expect(await (await handle(new Request('app://gridroom/gridroom-config.json'))).json()).toEqual({
      apiUrl: 'http://127.0.0.1:8787/api',
      enrolmentCode: 'HESHAN-2026',
    });
    expect(runtimeConfigFromEnv({})).toEqual({ apiUrl: null, enrolmentCode: null });
    expect(runtimeConfigFromEnv({ GRIDROOM_ENROLMENT_CODE: 'x' })).toEqual({
      apiUrl: null,
      enrolmentCode: null,
    });
  });
});
