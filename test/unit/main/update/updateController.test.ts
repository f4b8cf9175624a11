/**
 * Main's update state machine (main/update/updateController.ts) driven by a fake updater that
 * serves signed latest.yml objects and writes the "downloaded" installer to a real temp file:
 * a valid release becomes ready only after both checks; refusals stop before the download (or
 * before install) and are reported once; a pinned rollback turns allowDowngrade on; install
 * happens only on request or at the next start, never with changes waiting in the outbox.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UpdateReport } from '#common/update/updateReport';
import {
  emptyUpdateMemory,
  UpdateController,
  type UpdateMemory,
  type UpdaterPort,
} from '#main/update/updateController';
import { fakeInstaller, installerName, makePublisher, signedYml, type Publisher } from './signedRelease';

const publisher: Publisher = makePublisher();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gridroom-updater-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A stand-in for autoUpdater: the yml it serves, the bytes it "downloads", what it was told. */
class FakeUpdater implements UpdaterPort {
  yml: unknown = null;
  bytes: Uint8Array | null = null;
  downloadError: Error | null = null;
  configured: { feedUrl: string; requestHeaders: Record<string, string>; allowDowngrade: boolean }[] = [];
  downloads = 0;
  installs = 0;
  constructor(private readonly runningVersion: string) {}
  configure(options: FakeUpdater['configured'][number]): void {
    this.configured.push(options);
  }
  async check() {
    const version = (this.yml as { version?: string } | null)?.version ?? '0.0.0';
    const allowDowngrade = this.configured.at(-1)?.allowDowngrade ?? false;
    const newer = version.localeCompare(this.runningVersion, 'en', { numeric: true }) > 0;
    const older = version.localeCompare(this.runningVersion, 'en', { numeric: true }) < 0;
    return { updateInfo: this.yml, isUpdateAvailable: newer || (older && allowDowngrade) };
  }
  async download(onProgress: (p: { percent: number; transferred: number; total: number }) => void) {
    this.downloads += 1;
    if (this.downloadError) throw this.downloadError;
    const version = (this.yml as { version: string }).version;
    const bytes = this.bytes ?? fakeInstaller(version);
    onProgress({ percent: 50, transferred: bytes.byteLength / 2, total: bytes.byteLength });
    const file = path.join(dir, installerName(version));
    await writeFile(file, bytes);
    onProgress({ percent: 100, transferred: bytes.byteLength, total: bytes.byteLength });
    return file;
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}

interface Rig {
  updater: FakeUpdater;
  controller: UpdateController;
  reports: UpdateReport[];
  saved: UpdateMemory[];
  clock: { now: number };
}

function rig(options: { running?: string; memory?: Partial<UpdateMemory>; yml?: unknown } = {}): Rig {
  const running = options.running ?? '0.2.0';
  const updater = new FakeUpdater(running);
  updater.yml = options.yml ?? null;
  const reports: UpdateReport[] = [];
  const saved: UpdateMemory[] = [];
  const clock = { now: 10_000 };
  const controller = new UpdateController({
    updater,
    publicKey: publisher.publicKey,
    runningVersion: running,
    channel: 'stable',
    memory: { ...emptyUpdateMemory, ...options.memory },
    saveMemory: async (memory) => {
      saved.push(memory);
    },
    report: async (report) => {
      reports.push(report);
    },
    now: () => clock.now,
  });
  return { updater, controller, reports, saved, clock };
}

const connection = { apiUrl: 'http://127.0.0.1:4612/', credential: 'device-1234.secret-secret-secret' };

describe('UpdateController', () => {
  it('stays idle and offline until the renderer connects it', async () => {
    const { controller, updater } = rig({ yml: signedYml(publisher, { version: '0.3.0' }) });
    expect((await controller.checkNow()).disabled).toBe('not-connected');
    expect(updater.downloads).toBe(0);
  });

  it('checks, verifies, downloads with progress and verifies the file: ready', async () => {
    const { controller, updater, saved, reports } = rig({ yml: signedYml(publisher, { version: '0.3.0' }) });
    await controller.connect(connection);
    expect(updater.configured[0]).toEqual({
      feedUrl: 'http://127.0.0.1:4612/api/v1/updates/stable',
      requestHeaders: {
        authorization: `Bearer ${connection.credential}`,
        'x-gridroom-api': '1',
        'x-gridroom-app-version': '0.2.0',
      },
      allowDowngrade: false,
    });
    const seen: string[] = [];
    controller.subscribe((s) => seen.push(s.progress ? `${s.state}:${s.progress.percent}` : s.state));
    const status = await controller.checkNow();
    expect(status).toMatchObject({
      state: 'ready',
      offeredVersion: '0.3.0',
      downgrade: false,
      refusal: null,
    });
    expect(seen).toEqual(
      expect.arrayContaining(['checking', 'available', 'downloading:50', 'downloading:100', 'ready']),
    );
    expect(saved.at(-1)).toMatchObject({ lastAcceptedIssuedAt: 1_000, readyVersion: '0.3.0' });
    expect(reports).toEqual([]);
    expect(updater.installs).toBe(0); // ready is not installed without a request
  });

  it('says up to date when the channel holds the running version', async () => {
    const { controller, updater } = rig({ yml: signedYml(publisher, { version: '0.2.0' }) });
    await controller.connect(connection);
    expect((await controller.checkNow()).state).toBe('up-to-date');
    expect(updater.downloads).toBe(0);
  });

  it('refuses a tampered file after the download, reports it once, installs nothing', async () => {
    const { controller, updater, reports } = rig({ yml: signedYml(publisher, { version: '0.3.0' }) });
    updater.bytes = new TextEncoder().encode('not the signed installer');
    await controller.connect(connection);
    expect(await controller.checkNow()).toMatchObject({ state: 'refused', refusal: 'hash-mismatch' });
    await controller.checkNow();
    expect(reports).toEqual([
      expect.objectContaining({
        state: 'refused',
        refusal: 'hash-mismatch',
        offeredVersion: '0.3.0',
        runningVersion: '0.2.0',
      }),
    ]);
    expect(await controller.installNow()).toEqual({ status: 'not-ready' });
    expect(updater.installs).toBe(0);
  });

  it.each([
    [
      'a tampered yml field',
      () => ({ ...signedYml(publisher, { version: '0.3.0' }), path: 'x.exe' }),
      'statement-mismatch',
    ],
    ['another key', () => signedYml(makePublisher(), { version: '0.3.0' }), 'signature-invalid'],
    [
      'a missing signature',
      () => ({ ...signedYml(publisher, { version: '0.3.0' }), gridroomSignature: undefined }),
      'signature-missing',
    ],
    [
      'an older release on an unpinned channel',
      () => signedYml(publisher, { version: '0.1.0', issuedAt: 5_000 }),
      'older-version',
    ],
  ])('refuses %s before downloading anything', async (_name, yml, refusal) => {
    const { controller, updater, reports } = rig({ yml: yml() });
    await controller.connect(connection);
    expect(await controller.checkNow()).toMatchObject({ state: 'refused', refusal });
    expect(updater.downloads).toBe(0);
    expect(reports).toEqual([expect.objectContaining({ state: 'refused', refusal })]);
  });

  it('refuses an older statement replayed after a newer one was accepted', async () => {
    const { controller, updater } = rig({
      yml: signedYml(publisher, { version: '0.3.0', issuedAt: 900 }),
      memory: { lastAcceptedIssuedAt: 1_000 },
    });
    await controller.connect(connection);
    expect(await controller.checkNow()).toMatchObject({ state: 'refused', refusal: 'replayed-statement' });
    expect(updater.downloads).toBe(0);
  });

  it('takes a pinned older release as a downgrade, turning allowDowngrade on only for it', async () => {
    const { controller, updater } = rig({
      yml: signedYml(publisher, { version: '0.1.0', pinned: true, issuedAt: 5_000 }),
    });
    await controller.connect(connection);
    expect(await controller.checkNow()).toMatchObject({
      state: 'ready',
      offeredVersion: '0.1.0',
      downgrade: true,
    });
    expect(updater.configured.map((c) => c.allowDowngrade)).toEqual([false, false, true]);
  });

  it('refuses a latest.yml the updater cannot parse as yml-malformed, and a network error is no refusal', async () => {
    const { controller, updater, reports } = rig();
    await controller.connect(connection);
    updater.check = async () => {
      throw Object.assign(new Error('Cannot parse update info from latest.yml'), {
        code: 'ERR_UPDATER_INVALID_UPDATE_INFO',
      });
    };
    expect(await controller.checkNow()).toMatchObject({ state: 'refused', refusal: 'yml-malformed' });
    updater.check = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:4612');
    };
    expect(await controller.checkNow()).toMatchObject({ state: 'error', refusal: null });
    expect(reports.map((r) => r.refusal)).toEqual(['yml-malformed']);
  });

  it('keeps a verified, downloaded release ready when a later check fails on the network', async () => {
    const { controller, updater } = rig({ yml: signedYml(publisher, { version: '0.3.0' }) });
    await controller.connect(connection);
    await controller.checkNow();
    updater.check = async () => {
      throw new Error('connect ECONNREFUSED 127.0.0.1:4612');
    };
    expect(await controller.checkNow()).toMatchObject({ state: 'ready', offeredVersion: '0.3.0' });
    await controller.setOutboxPending(0);
    expect(await controller.installNow()).toEqual({ status: 'installing', version: '0.3.0' });
  });

  it('maps a 404 of the named file to file-missing', async () => {
    const { controller, updater } = rig({ yml: signedYml(publisher, { version: '0.3.0' }) });
    updater.downloadError = Object.assign(new Error('HttpError: 404 Not Found'), { statusCode: 404 });
    await controller.connect(connection);
    expect(await controller.checkNow()).toMatchObject({ state: 'refused', refusal: 'file-missing' });
  });

  it('installs only on request, and never while the outbox holds unsynced changes', async () => {
    const { controller, updater, saved } = rig({ yml: signedYml(publisher, { version: '0.3.0' }) });
    await controller.connect(connection);
    await controller.checkNow();
    expect(await controller.installNow()).toEqual({ status: 'outbox-pending', pending: null });
    await controller.setOutboxPending(3);
    expect(await controller.installNow()).toEqual({ status: 'outbox-pending', pending: 3 });
    expect(updater.installs).toBe(0);
    await controller.setOutboxPending(0);
    expect(updater.installs).toBe(0); // an emptied outbox alone installs nothing
    expect(await controller.installNow()).toEqual({ status: 'installing', version: '0.3.0' });
    expect(updater.installs).toBe(1);
    expect(saved.at(-1)).toMatchObject({ installingVersion: '0.3.0', readyVersion: null });
  });

  it('verifies the file again at install: a file swapped after download is refused', async () => {
    const { controller, updater, reports } = rig({ yml: signedYml(publisher, { version: '0.3.0' }) });
    await controller.connect(connection);
    await controller.checkNow();
    await controller.setOutboxPending(0);
    await writeFile(path.join(dir, installerName('0.3.0')), 'swapped');
    expect(await controller.installNow()).toMatchObject({ status: 'refused', refusal: 'hash-mismatch' });
    expect(updater.installs).toBe(0);
    expect(reports.at(-1)).toMatchObject({ state: 'refused', refusal: 'hash-mismatch' });
  });

  it('installs a release that was ready at the last run at this start, once the outbox is empty', async () => {
    const { controller, updater } = rig({
      yml: signedYml(publisher, { version: '0.3.0' }),
      memory: { readyVersion: '0.3.0', lastAcceptedIssuedAt: 1_000 },
    });
    await controller.connect(connection);
    await controller.setOutboxPending(2);
    await controller.checkNow();
    expect(updater.installs).toBe(0);
    await controller.setOutboxPending(0);
    expect(updater.installs).toBe(1);
  });

  it('does not install by itself once the start is long past (mid-shift)', async () => {
    const { controller, updater, clock } = rig({
      yml: signedYml(publisher, { version: '0.3.0' }),
      memory: { readyVersion: '0.3.0' },
    });
    await controller.connect(connection);
    clock.now += 60 * 60_000;
    await controller.setOutboxPending(0);
    await controller.checkNow();
    expect(controller.getStatus().state).toBe('ready');
    expect(updater.installs).toBe(0);
  });

  it('reports the install once the new version runs', async () => {
    const { controller, reports, saved } = rig({ running: '0.3.0', memory: { installingVersion: '0.3.0' } });
    await controller.connect(connection);
    expect(reports).toEqual([
      { runningVersion: '0.3.0', channel: 'stable', state: 'installed', offeredVersion: '0.3.0' },
    ]);
    expect(saved.at(-1)?.installingVersion).toBeNull();
  });

  it('does not update at all in a build without a pinned key', async () => {
    const updater = new FakeUpdater('0.2.0');
    updater.yml = signedYml(publisher, { version: '0.3.0' });
    const controller = new UpdateController({
      updater,
      publicKey: '',
      runningVersion: '0.2.0',
      channel: 'stable',
      memory: emptyUpdateMemory,
      saveMemory: async () => {},
      report: async () => {},
      now: () => 0,
      disabled: 'no-key',
    });
    await controller.connect(connection);
    expect(await controller.checkNow()).toMatchObject({ disabled: 'no-key', state: 'idle' });
    expect(updater.downloads).toBe(0);
  });

  it('answers a watcher when the status changes', async () => {
    const { controller } = rig({ yml: signedYml(publisher, { version: '0.2.0' }) });
    const before = controller.getStatus().revision;
    const waiting = controller.waitForChange(before, 10_000);
    await controller.connect(connection);
    expect((await waiting).revision).toBeGreaterThan(before);
  });
});
