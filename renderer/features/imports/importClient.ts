/**
 * Page-side driver of the import worker: one worker per file, one step at a time. Each step
 * posts a request and settles with the worker's answer; progress goes to a callback. Cancel
 * during apply asks the worker to abort its transaction (nothing written) and waits for it;
 * cancel during read or check simply ends the worker — nothing has been written then.
 */
import type { CrsName } from '#common/geo/chinaCrs';
import type {
  ApplyFailureDetail,
  ApplyResult,
  CheckReport,
  FieldConstants,
  FieldMapping,
  ImportActor,
  ImportIssue,
  ImportPhase,
  ImportReply,
  ImportRequest,
  PlanChanges,
  ReadSummary,
} from './importMessages';
import type { ImportKind } from './importKinds';

export type Progress = { phase: ImportPhase; done: number; total: number };

/** The worker stopped (cancelled by the user, or it crashed on a file it could not hold). */
export class ImportStoppedError extends Error {
  constructor(readonly why: 'cancelled' | 'crashed') {
    super(`import worker ${why}`);
    this.name = 'ImportStoppedError';
  }
}

export type ApplyOutcome =
  | { status: 'applied'; result: ApplyResult }
  /** Nothing written: the cache changed since the check and the re-check made a new plan. */
  | { status: 'plan-changed'; report: CheckReport; changes: PlanChanges }
  | { status: 'cancelled' }
  | {
      status: 'failed';
      reason: Extract<ImportReply, { type: 'failed' }>['reason'];
      message: string;
      detail?: ApplyFailureDetail;
    };

const createWorker = (): Worker =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'gridroom-import' });

export class ImportClient {
  private worker: Worker | null = null;
  private pending: { resolve: (r: ImportReply) => void; reject: (e: Error) => void } | null = null;
  private applying = false;
  /** Counts applies, so a cancel's grace timer only ever ends the apply it was meant for. */
  private applyRun = 0;

  constructor(
    private readonly onProgress: (p: Progress) => void,
    private readonly makeWorker: () => Worker = createWorker,
  ) {}

  private start(): Worker {
    this.stop('cancelled');
    const worker = this.makeWorker();
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return this.onProgress(reply);
      const pending = this.pending;
      this.pending = null;
      pending?.resolve(reply);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.stop('crashed');
    };
    this.worker = worker;
    return worker;
  }

  private ask(request: ImportRequest, transfer: Transferable[] = []): Promise<ImportReply> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new ImportStoppedError('cancelled'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      worker.postMessage(request, transfer);
    });
  }

  /** Ends the worker; a step in flight rejects with ImportStoppedError. */
  stop(why: 'cancelled' | 'crashed' = 'cancelled'): void {
    this.worker?.terminate();
    this.worker = null;
    this.applying = false;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(new ImportStoppedError(why));
  }

  async read(
    kind: ImportKind,
    fileName: string,
    file: Blob,
    dbName: string,
  ): Promise<{ ok: true; summary: ReadSummary } | { ok: false; issue: ImportIssue }> {
    this.start();
    // the File itself is cloned to the worker (a handle, not its bytes): the page never reads it
    const reply = await this.ask({ type: 'read', kind, fileName, file, dbName });
    if (reply.type === 'read') return { ok: true, summary: reply.summary };
    if (reply.type === 'read-failed') return { ok: false, issue: reply.issue };
    throw new Error(reply.type === 'failed' ? reply.message : `unexpected reply ${reply.type}`);
  }

  async check(mapping: FieldMapping, crs: CrsName, constants?: FieldConstants): Promise<CheckReport> {
    const reply = await this.ask({ type: 'check', mapping, crs, constants });
    if (reply.type === 'checked') return reply.report;
    throw new Error(reply.type === 'failed' ? reply.message : `unexpected reply ${reply.type}`);
  }

  async apply(actor: ImportActor, fileName: string): Promise<ApplyOutcome> {
    this.applying = true;
    this.applyRun += 1;
    try {
      const reply = await this.ask({ type: 'apply', actor, fileName });
      if (reply.type === 'applied') return { status: 'applied', result: reply.result };
      if (reply.type === 'plan-changed')
        return { status: 'plan-changed', report: reply.report, changes: reply.changes };
      if (reply.type === 'cancelled') return { status: 'cancelled' };
      if (reply.type === 'failed')
        return { status: 'failed', reason: reply.reason, message: reply.message, detail: reply.detail };
      return { status: 'failed', reason: 'other', message: `unexpected reply ${reply.type}` };
    } catch (error) {
      if (error instanceof ImportStoppedError && error.why === 'cancelled') return { status: 'cancelled' };
      throw error;
    } finally {
      this.applying = false;
    }
  }

  /**
   * Cancels what is running. While applying, the worker aborts the transaction and answers
   * `cancelled`; should it not answer within `graceMs`, it is ended (IndexedDB aborts a
   * transaction whose worker is gone, so nothing is written either way).
   */
  cancel(graceMs = 10_000): void {
    if (!this.applying || !this.worker) return this.stop('cancelled');
    this.worker.postMessage({ type: 'cancel' } satisfies ImportRequest);
    const run = this.applyRun;
    setTimeout(() => {
      if (this.applying && this.applyRun === run) this.stop('cancelled');
    }, graceMs);
  }
}
