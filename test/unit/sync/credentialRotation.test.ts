/**
 * The workstation side of credential rotation against the real central API (in-process via
 * injectFetch; PGlite): nothing happens before the schedule; on schedule the credential is
 * rotated, stored first and then used; a lost reply (the centre rotated, the workstation never
 * heard) changes nothing on the workstation and the next attempt succeeds with the credential
 * it holds; a store that fails leaves the old credential in use, still accepted. The sync
 * runner rotates before a cycle and carries on.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authClient } from '#common/auth/authClient';
import { createCredentialRotator, DEFAULT_ROTATION_SCHEDULE_MS } from '#common/sync/credentialRotation';
import { httpTransport } from '#common/sync/httpTransport';
import { NetworkError } from '#common/sync/syncErrors';
import type { FetchLike } from '#common/sync/transport';
import { createSyncRunner } from '#renderer/sync/syncRunner';
import { buildApp } from '#server/app';
import { enrol } from '../server/apiClient';
import { backends, type OpenedDatabase } from '../server/backends';
import { createStation, NOW, type TestStation } from '../server/fixtures';
import { injectFetch } from './injectFetch';
import { memoryStore } from './memoryStore';

const WEEK = DEFAULT_ROTATION_SCHEDULE_MS;

describe('credential rotation on the workstation', () => {
  let opened: OpenedDatabase;
  let app: FastifyInstance;
  let station: TestStation;
  let clock = NOW;

  beforeAll(async () => {
    opened = await backends[0]!.open();
    app = await buildApp({
      db: opened.db,
      now: () => clock,
      enrolRateLimit: { max: 1000, timeWindowMs: 60_000 },
    });
    station = await createStation(opened.db);
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await opened.cleanup();
  });

  /** A workstation: its stored credential, a rotator and a fetch that can lose the next rotate reply. */
  async function workstation() {
    clock = NOW;
    const enrolled = await enrol(app, station.code);
    const disk = { credential: enrolled.credential, issuedAt: NOW, writes: 0, failNext: false };
    const inner = injectFetch(app);
    let loseNextRotateReply = false;
    const fetchImpl: FetchLike = async (url, init) => {
      const res = await inner(url, init);
      if (url.endsWith('/devices/rotate') && loseNextRotateReply) {
        loseNextRotateReply = false;
        throw new TypeError('connection reset'); // the centre handled it; the reply never came
      }
      return res;
    };
    const rotator = createCredentialRotator(
      {
        rotate: (signal) => auth.rotateCredential(signal),
        store: async (credential, issuedAt) => {
          if (disk.failNext) {
            disk.failNext = false;
            throw new Error('keychain busy');
          }
          Object.assign(disk, { credential, issuedAt, writes: disk.writes + 1 });
        },
        now: () => clock,
      },
      { credential: disk.credential, issuedAt: disk.issuedAt },
    );
    const auth = authClient({
      baseUrl: 'http://centre.test',
      fetchImpl,
      credential: () => rotator.current(),
    });
    const transport = httpTransport('http://centre.test', () => rotator.current(), fetchImpl);
    return { enrolled, disk, rotator, transport, loseNextReply: () => (loseNextRotateReply = true) };
  }

  it('does nothing before the schedule, rotates on it, and stores before using', async () => {
    const ws = await workstation();
    clock = NOW + WEEK - 1;
    await expect(ws.rotator.rotateIfDue()).resolves.toBe('not-due');
    expect(ws.disk.writes).toBe(0);
    clock = NOW + WEEK;
    await expect(ws.rotator.rotateIfDue()).resolves.toBe('rotated');
    expect(ws.disk).toMatchObject({ writes: 1, issuedAt: NOW + WEEK });
    expect(ws.rotator.current()).toBe(ws.disk.credential);
    expect(ws.rotator.current()).not.toBe(ws.enrolled.credential);
    await expect(ws.transport.pull(0, 10)).resolves.toMatchObject({ changes: expect.any(Array) });
    // Not due again for another week.
    clock = NOW + WEEK + 3_600_000;
    await expect(ws.rotator.rotateIfDue()).resolves.toBe('not-due');
  });

  it('survives a lost reply: nothing changes, the next attempt succeeds, sync carries on', async () => {
    const ws = await workstation();
    clock = NOW + WEEK;
    ws.loseNextReply();
    await expect(ws.rotator.rotateIfDue()).rejects.toBeInstanceOf(NetworkError);
    expect(ws.rotator.current()).toBe(ws.enrolled.credential);
    expect(ws.disk.writes).toBe(0);
    // The credential it holds still works (grace), and the retry rotates.
    await expect(ws.transport.pull(0, 10)).resolves.toBeDefined();
    clock += 60_000;
    await expect(ws.rotator.rotateIfDue()).resolves.toBe('rotated');
    expect(ws.disk.credential).toBe(ws.rotator.current());
    clock += 3_600_000; // long after every grace period
    await expect(ws.transport.pull(0, 10)).resolves.toBeDefined();
  });

  it('a failed store keeps the old credential in use, and the centre still accepts it', async () => {
    const ws = await workstation();
    clock = NOW + WEEK;
    ws.disk.failNext = true;
    await expect(ws.rotator.rotateIfDue()).rejects.toThrow(/keychain busy/);
    expect(ws.rotator.current()).toBe(ws.enrolled.credential);
    await expect(ws.transport.pull(0, 10)).resolves.toBeDefined();
    await expect(ws.rotator.rotateIfDue()).resolves.toBe('rotated');
    clock += 3_600_000;
    await expect(ws.transport.pull(0, 10)).resolves.toBeDefined();
  });

  it('the sync runner rotates before a cycle and the cycle succeeds with the new credential', async () => {
    const ws = await workstation();
    clock = NOW + WEEK;
    const events: string[] = [];
    const store = memoryStore(ws.enrolled.deviceId, station.stationId, station.dataset.officers[0]!.id);
    const runner = createSyncRunner({
      store,
      transport: ws.transport,
      clientId: ws.enrolled.deviceId,
      onEvent: (e) => events.push(e.type === 'failed' ? `failed:${e.reason}` : e.type),
      beforeCycle: (signal) => ws.rotator.rotateIfDue(signal),
      now: () => clock,
    });
    runner.setMode('online');
    await runner.syncNow();
    await runner.stop();
    expect(ws.disk.writes).toBe(1);
    expect(events).toContain('succeeded');
    expect(events.some((e) => e.startsWith('failed'))).toBe(false);
  });
});
