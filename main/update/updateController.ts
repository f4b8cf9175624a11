/**
 * Main's update logic as a state machine (issue 17, docs/architecture.md §10), driven by an
 * `UpdaterPort` — the slice of electron-updater's autoUpdater it uses — so tests run it with a
 * fake updater and real files.
 *
 * One check at a time: fetch latest.yml → verify the signed statement (verifyRelease.ts)
 * BEFORE downloading → download with progress → verify the file's sha512 → ready. Downgrade is
 * allowed only for a verified pinned statement (a second check with allowDowngrade on).
 * Install happens only on the officer's request (重启以更新) or at the next start (a release
 * that was ready when the app last ran, within the first minutes), never while the outbox holds
 * unsynced changes, and only after the file is verified once more. Refusals and a completed
 * install are reported to the centre. The status is one snapshot with a revision.
 */
import { idleUpdateStatus, type UpdateInstallReply, type UpdateStatus } from '#common/ipc/updateContract';
import type { ReleaseStatement } from '#common/update/releaseStatement';
import { API_VERSION, API_VERSION_HEADER } from '#common/sync/protocol';
import {
  APP_VERSION_HEADER,
  UPDATE_FILES_ROUTE,
  type UpdateRefusal,
  type UpdateReport,
} from '#common/update/updateReport';
import { verifyArtifactFile, verifyRelease, type ArtifactVerdict } from './verifyRelease';

/** What the controller needs of electron-updater (electronUpdater.ts adapts autoUpdater). */
export interface UpdaterPort {
  configure(options: {
    feedUrl: string;
    requestHeaders: Record<string, string>;
    allowDowngrade: boolean;
  }): void;
  /** latest.yml as parsed, and whether electron-updater would offer it (version, staging). */
  check(): Promise<{ updateInfo: unknown; isUpdateAvailable: boolean } | null>;
  /** Downloads the offered file; resolves to its path in the updater's cache. */
  download(
    onProgress: (progress: { percent: number; transferred: number; total: number }) => void,
  ): Promise<string>;
  quitAndInstall(): void;
}

/** What survives a restart (a small JSON file in the data folder). */
export interface UpdateMemory {
  lastAcceptedIssuedAt: number | null;
  /** A verified release that was ready to install: installed at the next start. */
  readyVersion: string | null;
  /** The release being installed when the app quit: reported as installed once it runs. */
  installingVersion: string | null;
}

export const emptyUpdateMemory: UpdateMemory = {
  lastAcceptedIssuedAt: null,
  readyVersion: null,
  installingVersion: null,
};

export interface UpdateControllerDeps {
  updater: UpdaterPort;
  publicKey: string;
  runningVersion: string;
  channel: string;
  memory: UpdateMemory;
  saveMemory(memory: UpdateMemory): Promise<void>;
  /** POSTs to the centre's UPDATE_REPORT_ROUTE; failures are the caller's to log. */
  report(report: UpdateReport): Promise<void>;
  now(): number;
  verifyFile?: (filePath: string, statement: ReleaseStatement) => Promise<ArtifactVerdict>;
  /** How long after start a ready release may install itself without a request (default 3 min). */
  startupWindowMs?: number;
  /** Why this process cannot update at all (no key in the build, not packaged). */
  disabled?: UpdateStatus['disabled'];
}

type Listener = (status: UpdateStatus) => void;

export class UpdateController {
  private status: UpdateStatus;
  private memory: UpdateMemory;
  private readonly startedAt: number;
  private readonly listeners = new Set<Listener>();
  private running: Promise<UpdateStatus> | null = null;
  private ready: { statement: ReleaseStatement; filePath: string } | null = null;
  private connection: { apiUrl: string; credential: string } | null = null;
  private lastReported = '';
  private readonly startupVersion: string | null;

  constructor(private readonly deps: UpdateControllerDeps) {
    this.memory = { ...deps.memory };
    this.startedAt = deps.now();
    this.startupVersion = deps.memory.readyVersion;
    this.status = idleUpdateStatus(deps.runningVersion, deps.channel, deps.disabled ?? 'not-connected');
  }

  getStatus(): UpdateStatus {
    return this.status;
  }

  /** The centre's address and the credential the renderer handed over (memory only). */
  connectionInfo(): { apiUrl: string; credential: string } | null {
    return this.connection;
  }

  /** Calls the listener on every change; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves with the status once its revision is past `afterRevision`, or after `timeoutMs`. */
  waitForChange(afterRevision: number, timeoutMs: number): Promise<UpdateStatus> {
    if (this.status.revision > afterRevision) return Promise.resolve(this.status);
    return new Promise((resolve) => {
      const done = (status: UpdateStatus) => {
        clearTimeout(timer);
        unsubscribe();
        resolve(status);
      };
      const timer = setTimeout(() => done(this.status), timeoutMs);
      const unsubscribe = this.subscribe(done);
    });
  }

  private set(patch: Partial<UpdateStatus>): void {
    this.status = { ...this.status, ...patch, revision: this.status.revision + 1 };
    for (const listener of this.listeners) listener(this.status);
  }

  private async remember(patch: Partial<UpdateMemory>): Promise<void> {
    this.memory = { ...this.memory, ...patch };
    await this.deps.saveMemory(this.memory);
  }

  /** The centre and the credential (from the renderer); reports an install that completed. */
  async connect(connection: { apiUrl: string; credential: string }): Promise<UpdateStatus> {
    this.connection = connection;
    if (this.deps.disabled) return this.status;
    this.configureDowngrade(false);
    this.set({ disabled: null });
    const installed = this.memory.installingVersion;
    if (installed !== null) {
      await this.remember({ installingVersion: null });
      if (installed === this.deps.runningVersion)
        await this.sendReport({ state: 'installed', offeredVersion: installed });
    }
    return this.status;
  }

  async setOutboxPending(pending: number): Promise<UpdateStatus> {
    if (pending !== this.status.outboxPending) this.set({ outboxPending: pending });
    await this.maybeInstallAtStart();
    return this.status;
  }

  /** Check, verify, download, verify: one run at a time (a second call joins the first). */
  checkNow(): Promise<UpdateStatus> {
    if (this.status.disabled !== null || this.connection === null) return Promise.resolve(this.status);
    if (this.status.state === 'installing') return Promise.resolve(this.status);
    this.running ??= this.runCheck().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runCheck(): Promise<UpdateStatus> {
    const { updater } = this.deps;
    this.set({ state: 'checking', progress: null, refusal: null, detail: null });
    try {
      this.configureDowngrade(false);
      const first = await updater.check();
      if (first === null) return this.fail('error', null, 'the updater is not active in this build');
      let verdict = this.verify(first.updateInfo);
      if (!verdict.ok)
        return this.refuse(verdict.refusal, verdict.detail, offeredVersionOf(first.updateInfo));
      let available = first.isUpdateAvailable;
      if (verdict.direction === 'older') {
        // a verified pinned rollback: only now may electron-updater offer an older version
        this.configureDowngrade(true);
        const second = await updater.check();
        if (second === null) return this.fail('error', null, 'the updater is not active in this build');
        verdict = this.verify(second.updateInfo);
        if (!verdict.ok)
          return this.refuse(verdict.refusal, verdict.detail, offeredVersionOf(second.updateInfo));
        available = second.isUpdateAvailable;
      }
      const { statement, direction } = verdict;
      await this.remember({
        lastAcceptedIssuedAt: Math.max(this.memory.lastAcceptedIssuedAt ?? 0, statement.issuedAt),
      });
      this.set({ lastCheckedAt: this.deps.now() });
      if (direction === 'same' || !available) {
        this.ready = null;
        this.set({ state: 'up-to-date', offeredVersion: null, downgrade: false });
        return this.status;
      }
      return await this.download(statement, direction === 'older');
    } catch (error) {
      // electron-updater could not parse latest.yml (YAML or version): a bad release, not a bad network
      const code = (error as { code?: unknown } | null)?.code;
      if (code === 'ERR_UPDATER_INVALID_UPDATE_INFO' || code === 'ERR_UPDATER_INVALID_VERSION')
        return this.refuse('yml-malformed', errorText(error), null);
      // a verified release already downloaded stays ready through a failed re-check (network)
      if (this.ready !== null) {
        this.set({
          state: 'ready',
          offeredVersion: this.ready.statement.version,
          lastCheckedAt: this.deps.now(),
        });
        return this.status;
      }
      return this.fail('error', null, errorText(error));
    }
  }

  private configureDowngrade(allowDowngrade: boolean): void {
    const connection = this.connection;
    if (!connection) return;
    this.deps.updater.configure({
      feedUrl: `${connection.apiUrl.replace(/\/+$/, '')}${UPDATE_FILES_ROUTE}/${this.deps.channel}`,
      requestHeaders: updateRequestHeaders(connection.credential, this.deps.runningVersion),
      allowDowngrade,
    });
  }

  private verify(updateInfo: unknown) {
    return verifyRelease(updateInfo, {
      publicKey: this.deps.publicKey,
      runningVersion: this.deps.runningVersion,
      channel: this.deps.channel,
      lastAcceptedIssuedAt: this.memory.lastAcceptedIssuedAt,
    });
  }

  private async download(statement: ReleaseStatement, downgrade: boolean): Promise<UpdateStatus> {
    this.set({ state: 'available', offeredVersion: statement.version, downgrade });
    this.set({ state: 'downloading', progress: { percent: 0, transferred: 0, total: 0 } });
    let filePath: string;
    try {
      filePath = await this.deps.updater.download((progress) => {
        this.set({ progress: { ...progress, percent: Math.min(100, Math.max(0, progress.percent)) } });
      });
    } catch (error) {
      const refusal = downloadRefusal(error);
      return refusal
        ? this.refuse(refusal, errorText(error), statement.version)
        : this.fail('error', statement.version, errorText(error));
    }
    const checked = await (this.deps.verifyFile ?? verifyArtifactFile)(filePath, statement);
    if (!checked.ok) return this.refuse(checked.refusal, checked.detail, statement.version);
    this.ready = { statement, filePath };
    await this.remember({ readyVersion: statement.version });
    this.set({ state: 'ready', progress: null });
    await this.maybeInstallAtStart();
    return this.status;
  }

  /** 重启以更新: only a ready, re-verified release, and only with an empty outbox. */
  async installNow(): Promise<UpdateInstallReply> {
    const ready = this.ready;
    if (this.status.state !== 'ready' || ready === null) return { status: 'not-ready' };
    const pending = this.status.outboxPending;
    if (pending !== 0) return { status: 'outbox-pending', pending };
    const checked = await (this.deps.verifyFile ?? verifyArtifactFile)(ready.filePath, ready.statement);
    if (!checked.ok) {
      await this.refuse(checked.refusal, checked.detail, ready.statement.version);
      return { status: 'refused', refusal: checked.refusal, detail: checked.detail.slice(0, 300) };
    }
    await this.remember({ readyVersion: null, installingVersion: ready.statement.version });
    this.set({ state: 'installing' });
    this.deps.updater.quitAndInstall();
    return { status: 'installing', version: ready.statement.version };
  }

  /** A release that was already ready when the app last ran installs at this start. */
  private async maybeInstallAtStart(): Promise<void> {
    if (this.startupVersion === null || this.ready === null) return;
    if (this.ready.statement.version !== this.startupVersion) return;
    if (this.deps.now() - this.startedAt > (this.deps.startupWindowMs ?? 180_000)) return;
    if (this.status.outboxPending === 0) await this.installNow();
  }

  private async refuse(
    refusal: UpdateRefusal,
    detail: string,
    offered: string | null,
  ): Promise<UpdateStatus> {
    this.ready = null;
    await this.remember({ readyVersion: null });
    this.fail('refused', offered, detail, refusal);
    await this.sendReport({ state: 'refused', refusal, offeredVersion: offered ?? undefined, detail });
    return this.status;
  }

  private fail(
    state: 'refused' | 'error',
    offered: string | null,
    detail: string,
    refusal: UpdateRefusal | null = null,
  ): UpdateStatus {
    this.set({
      state,
      refusal,
      detail: detail.slice(0, 300),
      offeredVersion: offered !== null && isVersion(offered) ? offered : null,
      progress: null,
      lastCheckedAt: this.deps.now(),
    });
    return this.status;
  }

  /** Reports once per distinct outcome, so a refusal seen at every check is sent once. */
  private async sendReport(
    report: Pick<UpdateReport, 'state'> & Partial<Omit<UpdateReport, 'state'>>,
  ): Promise<void> {
    const full: UpdateReport = {
      runningVersion: this.deps.runningVersion,
      channel: this.deps.channel,
      state: report.state,
      ...(report.offeredVersion !== undefined && isVersion(report.offeredVersion)
        ? { offeredVersion: report.offeredVersion }
        : {}),
      ...(report.refusal ? { refusal: report.refusal } : {}),
      ...(report.detail ? { detail: report.detail.slice(0, 200) } : {}),
    };
    const key = `${full.state}|${full.refusal ?? ''}|${full.offeredVersion ?? ''}`;
    if (key === this.lastReported) return;
    this.lastReported = key;
    try {
      await this.deps.report(full);
    } catch {
      this.lastReported = ''; // try again at the next outcome
    }
  }
}

/** Every request to the centre: the device credential, the API version, the running version. */
export function updateRequestHeaders(credential: string, runningVersion: string): Record<string, string> {
  return {
    authorization: `Bearer ${credential}`,
    [API_VERSION_HEADER]: String(API_VERSION),
    [APP_VERSION_HEADER]: runningVersion,
  };
}

const versionPattern = /^\d{1,6}\.\d{1,6}\.\d{1,6}(?:-[0-9A-Za-z.-]{1,40})?$/;
function isVersion(value: string): boolean {
  return value.length <= 64 && versionPattern.test(value);
}

function offeredVersionOf(updateInfo: unknown): string | null {
  const version = (updateInfo as { version?: unknown } | null)?.version;
  return typeof version === 'string' && isVersion(version) ? version : null;
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

/** electron-updater's download failures that mean a bad release rather than a bad network. */
function downloadRefusal(error: unknown): UpdateRefusal | null {
  const text = errorText(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_CHECKSUM_MISMATCH' || /sha512 checksum mismatch/i.test(text)) return 'hash-mismatch';
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (status === 404 || /\b404\b/.test(text)) return 'file-missing';
  return null;
}
