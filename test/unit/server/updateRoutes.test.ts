/**
 * The update server in the central API (issue 17), on PGlite and real PostgreSQL: update files
 * only for enrolled devices (401 without or with a revoked credential), latest.yml and artifacts
 * streamed with HEAD, single ranges (206), several ranges (multipart/byteranges, what the
 * differential download asks), unsatisfiable ranges (416) and If-Range; names checked and the
 * folder never left (`..`, encoded, absolute, backslash, hidden, symlinks out); and the report
 * a workstation sends, with its version from APP_VERSION_HEADER, on the chief's devices list.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devicesReplySchema } from '#common/auth/protocol';
import { APP_VERSION_HEADER, UPDATE_REPORT_ROUTE } from '#common/update/updateReport';
import { buildApp } from '#server/app';
import { revokeDevice } from '#server/auth/devices';
import { call, TestClient } from './apiClient';
import { backends, type OpenedDatabase } from './backends';
import { createStation, NOW, type TestStation } from './fixtures';

const SECRET = 'outside-the-updates-folder';
const LATEST = 'version: 0.2.0\npath: Gridroom-0.2.0.AppImage\n';

/** Splits a multipart/byteranges body into its parts' Content-Range and bytes. */
function splitMultipart(body: Buffer, contentType: string): { range: string; bytes: Buffer }[] {
  const boundary = /boundary=(\S+)/.exec(contentType)?.[1] ?? '';
  const parts: { range: string; bytes: Buffer }[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const headStart = at + delimiter.length;
    if (body.subarray(headStart, headStart + 2).toString() === '--') break;
    const headEnd = body.indexOf('\r\n\r\n', headStart);
    const head = body.subarray(headStart, headEnd).toString();
    const next = body.indexOf(delimiter, headEnd);
    parts.push({
      range: /Content-Range: (.+)/i.exec(head)?.[1]?.trim() ?? '',
      bytes: body.subarray(headEnd + 4, next - 2), // the CRLF before the next delimiter
    });
    at = next;
  }
  return parts;
}

describe.each(backends)('update routes ($name)', (backend) => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let chief: TestClient;
  let ws: TestClient;
  let dir: string;
  let artifact: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gridroom-updates-'));
    const updates = path.join(dir, 'updates');
    await mkdir(path.join(updates, 'stable', 'subfolder'), { recursive: true });
    artifact = randomBytes(20_000);
    await writeFile(path.join(updates, 'stable', 'latest.yml'), LATEST);
    await writeFile(path.join(updates, 'stable', 'Gridroom-0.2.0.AppImage'), artifact);
    await writeFile(path.join(updates, 'stable', '.hidden'), SECRET);
    await writeFile(path.join(dir, 'secret.txt'), SECRET);
    await symlink(path.join(dir, 'secret.txt'), path.join(updates, 'stable', 'escape.yml'));
    await symlink(path.join(updates, 'stable', 'latest.yml'), path.join(updates, 'stable', 'alias.yml'));
    await symlink(dir, path.join(updates, 'outside'));

    opened = await backend.open();
    app = await buildApp({
      db: opened.db,
      now: () => NOW,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
      updatesDir: updates,
    });
    station = await createStation(opened.db);
    chief = await TestClient.enrol(app, station, 'chief', 0);
    ws = await TestClient.enrol(app, station, 'ws-7', null);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
    await rm(dir, { recursive: true, force: true });
  });

  /** A request as electron-updater makes it: the credential only, no API version header. */
  const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
    app.inject({ method, url, headers: { authorization: `Bearer ${ws.credential}`, ...headers } });
  const file = (name: string) => `/api/v1/updates/stable/${name}`;

  it('serves nothing without a credential, or with a revoked one', async () => {
    const none = await app.inject({ method: 'GET', url: file('latest.yml') });
    expect(none.statusCode).toBe(401);
    expect(none.body).not.toContain('version');
    expect((await app.inject({ method: 'HEAD', url: file('Gridroom-0.2.0.AppImage') })).statusCode).toBe(401);
    expect((await get(file('latest.yml'), { authorization: 'Bearer not-a-credential' })).statusCode).toBe(
      401,
    );
    const lost = await TestClient.enrol(app, station, 'lost', null);
    expect(
      (await app.inject({ url: file('latest.yml'), headers: { authorization: `Bearer ${lost.credential}` } }))
        .statusCode,
    ).toBe(200);
    expect(await revokeDevice(opened.db, station.stationId, lost.id, NOW)).toBe(true);
    const revoked = await app.inject({
      url: file('latest.yml'),
      headers: { authorization: `Bearer ${lost.credential}` },
    });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.body).not.toContain('version');
  });

  it('serves latest.yml uncached and an artifact whole, with HEAD telling the size', async () => {
    const yml = await get(`${file('latest.yml')}?noCache=1k2j3h`);
    expect(yml.statusCode).toBe(200);
    expect(yml.body).toBe(LATEST);
    expect(yml.headers['content-type']).toBe('text/yaml; charset=utf-8');
    expect(yml.headers['cache-control']).toBe('no-cache');
    expect(yml.headers['content-length']).toBe(String(Buffer.byteLength(LATEST)));

    const whole = await get(file('Gridroom-0.2.0.AppImage'));
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('application/octet-stream');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.rawPayload.equals(artifact)).toBe(true);

    const head = await get(file('Gridroom-0.2.0.AppImage'), {}, 'HEAD');
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(artifact.length));
    expect(head.rawPayload.length).toBe(0);
    expect(head.headers.etag).toBe(whole.headers.etag);
  });

  it('answers one range with 206 and the right bytes, and a suffix range', async () => {
    const r = await get(file('Gridroom-0.2.0.AppImage'), { range: 'bytes=100-4195' });
    expect(r.statusCode).toBe(206);
    expect(r.headers['content-range']).toBe(`bytes 100-4195/${artifact.length}`);
    expect(r.headers['content-length']).toBe('4096');
    expect(r.rawPayload.equals(artifact.subarray(100, 4196))).toBe(true);

    const tail = await get(file('Gridroom-0.2.0.AppImage'), { range: 'bytes=-10' });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.equals(artifact.subarray(artifact.length - 10))).toBe(true);

    const open = await get(file('Gridroom-0.2.0.AppImage'), { range: 'bytes=19990-' });
    expect(open.headers['content-range']).toBe(`bytes 19990-19999/${artifact.length}`);
    expect(open.rawPayload.equals(artifact.subarray(19990))).toBe(true);
  });

  it('answers several ranges with multipart/byteranges, each part the right bytes', async () => {
    const r = await get(file('Gridroom-0.2.0.AppImage'), { range: 'bytes=0-9, 5000-5999, 19995-30000' });
    expect(r.statusCode).toBe(206);
    const type = String(r.headers['content-type']);
    expect(type).toMatch(/^multipart\/byteranges; boundary=/);
    expect(r.headers['content-length']).toBe(String(r.rawPayload.length));
    const parts = splitMultipart(r.rawPayload, type);
    expect(parts.map((p) => p.range)).toEqual([
      `bytes 0-9/${artifact.length}`,
      `bytes 5000-5999/${artifact.length}`,
      `bytes 19995-19999/${artifact.length}`,
    ]);
    expect(parts[0]?.bytes.equals(artifact.subarray(0, 10))).toBe(true);
    expect(parts[1]?.bytes.equals(artifact.subarray(5000, 6000))).toBe(true);
    expect(parts[2]?.bytes.equals(artifact.subarray(19995))).toBe(true);
  });

  it('answers 416 to a range past the end, the whole file to a malformed one, and honours If-Range', async () => {
    const bad = await get(file('Gridroom-0.2.0.AppImage'), { range: 'bytes=20000-20010' });
    expect(bad.statusCode).toBe(416);
    expect(bad.headers['content-range']).toBe(`bytes */${artifact.length}`);
    expect(bad.json()).toMatchObject({ error: 'invalid-request' });

    const malformed = await get(file('Gridroom-0.2.0.AppImage'), { range: 'bytes=9-3' });
    expect(malformed.statusCode).toBe(200);
    expect(malformed.rawPayload.length).toBe(artifact.length);

    // Overlapping ranges asking for more than the file (an amplification): the file, once.
    const amplified = await get(file('Gridroom-0.2.0.AppImage'), {
      range: `bytes=${Array(500).fill('0-').join(',')}`,
    });
    expect(amplified.statusCode).toBe(200);
    expect(amplified.rawPayload.length).toBe(artifact.length);

    const etag = String((await get(file('Gridroom-0.2.0.AppImage'), {}, 'HEAD')).headers.etag);
    const same = await get(file('Gridroom-0.2.0.AppImage'), { range: 'bytes=0-99', 'if-range': etag });
    expect(same.statusCode).toBe(206);
    const changed = await get(file('Gridroom-0.2.0.AppImage'), {
      range: 'bytes=0-99',
      'if-range': '"other"',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.rawPayload.length).toBe(artifact.length);
  });

  it('serves HEAD and several ranges the same over a real socket', async () => {
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const headers = { authorization: `Bearer ${ws.credential}` };
      const head = await fetch(`${url}${file('Gridroom-0.2.0.AppImage')}`, { method: 'HEAD', headers });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(artifact.length));
      const multi = await fetch(`${url}${file('Gridroom-0.2.0.AppImage')}`, {
        headers: { ...headers, range: 'bytes=1-2,100-199' },
      });
      expect(multi.status).toBe(206);
      const body = Buffer.from(await multi.arrayBuffer());
      expect(multi.headers.get('content-length')).toBe(String(body.length));
      const parts = splitMultipart(body, multi.headers.get('content-type') ?? '');
      expect(parts.map((p) => p.range)).toEqual([
        `bytes 1-2/${artifact.length}`,
        `bytes 100-199/${artifact.length}`,
      ]);
      expect(parts[0]?.bytes.equals(artifact.subarray(1, 3))).toBe(true);
      expect(parts[1]?.bytes.equals(artifact.subarray(100, 200))).toBe(true);
    } finally {
      await app.server.close();
    }
  });

  it('never leaves the folder: traversal, encoded, absolute, backslash, hidden and symlinks out', async () => {
    const attempts = [
      '/api/v1/updates/stable/..%2f..%2fsecret.txt',
      '/api/v1/updates/stable/%2e%2e',
      '/api/v1/updates/%2e%2e/secret.txt',
      '/api/v1/updates/stable/../../secret.txt',
      `/api/v1/updates/stable/${encodeURIComponent(path.join(dir, 'secret.txt'))}`,
      '/api/v1/updates//etc/passwd',
      '/api/v1/updates/stable/..%5c..%5csecret.txt',
      '/api/v1/updates/stable/.hidden',
      '/api/v1/updates/stable/escape.yml',
      '/api/v1/updates/outside/secret.txt',
      '/api/v1/updates/stable/subfolder',
      '/api/v1/updates/stable/',
      '/api/v1/updates/Stable/latest.yml',
    ];
    for (const url of attempts) {
      // with the API version header, so a URL normalised out of /updates/ meets 404, not 426
      const r = await get(url, { 'x-gridroom-api': '1' });
      expect([400, 404], url).toContain(r.statusCode);
      expect(r.body, url).not.toContain(SECRET);
    }
    // a symlink that stays inside the folder is only another name for a file there
    expect((await get(file('alias.yml'))).body).toBe(LATEST);
    expect((await get(file('missing-0.3.0.exe'))).statusCode).toBe(404);
  });

  it('stores the latest report and the running version, and the chief sees them', async () => {
    // any authenticated request states the version
    const pulled = await ws.app.inject({
      url: '/api/v1/pull?after=0&limit=1',
      headers: {
        authorization: `Bearer ${ws.credential}`,
        'x-gridroom-api': '1',
        [APP_VERSION_HEADER]: '0.1.0',
      },
    });
    expect(pulled.statusCode).toBe(200);
    const listed = async () =>
      devicesReplySchema
        .parse((await chief.asOfficer('GET', '/api/v1/devices')).body)
        .devices.find((d) => d.id === ws.id);
    expect(await listed()).toMatchObject({ appVersion: '0.1.0', update: null });

    const report = {
      runningVersion: '0.1.0',
      channel: 'stable',
      state: 'refused',
      offeredVersion: '0.2.0',
      refusal: 'signature-invalid',
      detail: 'latest.yml signature does not verify',
    };
    const sent = await get(UPDATE_REPORT_ROUTE);
    expect(sent.statusCode).toBe(404); // a GET is no report
    // main sends it with the credential only: an outdated app must still be heard
    const posted = await app.inject({
      method: 'POST',
      url: UPDATE_REPORT_ROUTE,
      headers: { authorization: `Bearer ${ws.credential}`, 'content-type': 'application/json' },
      payload: JSON.stringify(report),
    });
    expect({ status: posted.statusCode, body: posted.json() }).toEqual({ status: 200, body: { ok: true } });
    expect((await listed())?.update).toEqual({ ...report, reportedAt: NOW });

    const installed = { runningVersion: '0.2.0', channel: 'stable', state: 'installed' };
    expect(
      (await call(app, 'POST', UPDATE_REPORT_ROUTE, { credential: ws.credential, body: installed })).status,
    ).toBe(200);
    expect(await listed()).toMatchObject({
      appVersion: '0.2.0',
      update: { ...installed, offeredVersion: null, refusal: null, detail: null },
    });

    const unknown = { ...report, refusal: 'bad-vibes' };
    expect(
      (await call(app, 'POST', UPDATE_REPORT_ROUTE, { credential: ws.credential, body: unknown })).status,
    ).toBe(400);
    const huge = { ...report, detail: 'x'.repeat(5000) };
    expect(
      (await call(app, 'POST', UPDATE_REPORT_ROUTE, { credential: ws.credential, body: huge })).status,
    ).toBe(413);
    expect((await call(app, 'POST', UPDATE_REPORT_ROUTE, { body: report })).status).toBe(401);
  });
});
