/**
 * The state of one import on the screen, step by step: pick → reading → mapping → checking →
 * checked (the dry run's report) → writing → applied — or back to checked with a new report
 * when the apply's re-check found the cache changed (`plan-changed`, nothing written). Drives the import worker through
 * ImportClient; remembers the confirmed mapping per station and kind; turns cancels, worker
 * crashes and refused applies into states the screen words. Nothing here writes the cache
 * except the worker's one transaction and the remembered mapping. The worker's answers are
 * rendered as transitions (time-sliced by React), so showing a report never blocks the window.
 * Performance marks `import:picked`, `import:checked`, `import:apply`, `import:applied` let
 * the bench time an import as the app sees it.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { CrsName } from '#common/geo/chinaCrs';
import { useDb } from '#renderer/shared/DbContext';
import { actorOf, useSession } from '#renderer/shared/session';
import { signal } from '#renderer/shared/testBridge';
import { ImportClient, ImportStoppedError, type ApplyOutcome, type Progress } from './importClient';
import type {
  ApplyResult,
  CheckReport,
  FieldConstants,
  FieldMapping,
  ImportIssue,
  ReadSummary,
} from './importMessages';
import type { ImportKind } from './importKinds';
import { displayFileName } from './importFileNames';
import { readRememberedMapping, rememberMapping, startingMapping } from './mappingMemory';
import { createLogger } from '#common/log';

interface Loaded {
  fileName: string;
  summary: ReadSummary;
  mapping: FieldMapping;
  crs: CrsName;
  /** Values for the whole file instead of a column (a grid file's community). */
  constants?: FieldConstants;
}

export type ImportState =
  | { step: 'pick'; notice: 'crashed' | 'cancelled' | null }
  | { step: 'reading'; fileName: string; progress: Progress | null }
  | { step: 'read-failed'; fileName: string; issue: ImportIssue }
  | ({ step: 'mapping' } & Loaded)
  | ({ step: 'checking'; progress: Progress | null } & Loaded)
  | ({
      step: 'checked';
      report: CheckReport;
      notice: Exclude<ApplyOutcome, { status: 'applied' }> | null;
    } & Loaded)
  | ({ step: 'writing'; report: CheckReport; progress: Progress | null } & Loaded)
  | { step: 'applied'; fileName: string; result: ApplyResult };

export interface ImportSession {
  state: ImportState;
  pickFile(file: File): void;
  setField(field: string, column: number | null): void;
  setCrs(crs: CrsName): void;
  /** A value for the whole file instead of a column; null goes back to the column. */
  setConstant(field: string, value: string | null): void;
  check(): void;
  /** From the report: choose another source coordinate system and check again. */
  recheckAs(crs: CrsName): void;
  backToMapping(): void;
  apply(): void;
  cancel(): void;
  reset(): void;
}

const log = createLogger('imports');

/** The file's kind, never its name (a file name may name a person). */
const extensionOf = (fileName: string): string =>
  /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';

export function useImportSession(kind: ImportKind): ImportSession {
  const db = useDb();
  const session = useSession();
  const [state, setState] = useState<ImportState>({ step: 'pick', notice: null });
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const clientRef = useRef<ImportClient | null>(null);

  const onProgress = useCallback((progress: Progress) => {
    // counted per phase, so a test sees progress arrive without timing it
    signal(`import-progress-${progress.phase}`);
    setState((s) =>
      s.step === 'reading' || s.step === 'checking' || s.step === 'writing' ? { ...s, progress } : s,
    );
  }, []);

  const client = useCallback(() => {
    clientRef.current ??= new ImportClient(onProgress);
    return clientRef.current;
  }, [onProgress]);

  useEffect(() => () => clientRef.current?.stop(), []);

  const stopped = useCallback(
    (error: unknown, fallback: ImportState) => {
      if (error instanceof ImportStoppedError && error.why === 'cancelled') return setState(fallback);
      log.error('import crashed', { kind, err: error });
      setState({ step: 'pick', notice: 'crashed' });
    },
    [kind],
  );

  const pickFile = useCallback(
    (file: File) => {
      performance.mark('import:picked');
      const fileName = displayFileName(file.name);
      setState({ step: 'reading', fileName, progress: null });
      void (async () => {
        try {
          const remembered = await readRememberedMapping(db, kind);
          // the raw name goes to the worker only to pick the reader by its extension; the File
          // itself goes unread: the worker checks its size, then reads it in chunks
          const read = await client().read(kind, file.name, file, db.name);
          if (!read.ok) {
            log.warn('import file refused', { kind, ext: extensionOf(file.name), code: read.issue.code });
            return startTransition(() => setState({ step: 'read-failed', fileName, issue: read.issue }));
          }
          const mapping = startingMapping(read.summary.columns, read.summary.suggested, remembered);
          startTransition(() =>
            setState({ step: 'mapping', fileName, summary: read.summary, mapping, crs: 'wgs84' }),
          );
          signal('import-read');
        } catch (error) {
          stopped(error, { step: 'pick', notice: 'cancelled' });
          if (error instanceof ImportStoppedError && error.why === 'cancelled') signal('import-cancelled');
        }
      })();
    },
    [client, db, kind, stopped],
  );

  const setField = useCallback((field: string, column: number | null) => {
    setState((s) => (s.step === 'mapping' ? { ...s, mapping: { ...s.mapping, [field]: column } } : s));
  }, []);

  const setCrs = useCallback((crs: CrsName) => {
    setState((s) => (s.step === 'mapping' ? { ...s, crs } : s));
  }, []);

  const setConstant = useCallback((field: string, value: string | null) => {
    setState((s) => {
      if (s.step !== 'mapping') return s;
      const constants = { ...s.constants };
      if (value === null) delete constants[field];
      else constants[field] = value;
      return { ...s, constants };
    });
  }, []);

  const runCheck = useCallback(
    (loaded: Loaded) => {
      setState({ step: 'checking', progress: null, ...loaded });
      void (async () => {
        try {
          await rememberMapping(db, kind, loaded.summary.columns, loaded.mapping);
          const report = await client().check(loaded.mapping, loaded.crs, loaded.constants);
          startTransition(() => setState({ step: 'checked', report, notice: null, ...loaded }));
          performance.mark('import:checked');
          signal('import-checked');
        } catch (error) {
          // a cancelled check ended the worker with the file in it: start again from the file
          stopped(error, { step: 'pick', notice: null });
        }
      })();
    },
    [client, db, kind, stopped],
  );

  const check = useCallback(() => {
    const s = stateRef.current;
    if (s.step !== 'mapping') return;
    const { fileName, summary, mapping, crs, constants } = s;
    runCheck({ fileName, summary, mapping, crs, constants });
  }, [runCheck]);

  const recheckAs = useCallback(
    (crs: CrsName) => {
      const s = stateRef.current;
      if (s.step !== 'checked') return;
      const { fileName, summary, mapping, constants } = s;
      runCheck({ fileName, summary, mapping, crs, constants });
    },
    [runCheck],
  );

  const backToMapping = useCallback(() => {
    setState((s) =>
      s.step === 'checked'
        ? {
            step: 'mapping',
            fileName: s.fileName,
            summary: s.summary,
            mapping: s.mapping,
            crs: s.crs,
            constants: s.constants,
          }
        : s,
    );
  }, []);

  const apply = useCallback(() => {
    const s = stateRef.current;
    if (s.step !== 'checked') return;
    const { report, fileName, summary, mapping, crs, constants } = s;
    performance.mark('import:apply');
    setState({ step: 'writing', report, progress: null, fileName, summary, mapping, crs, constants });
    void (async () => {
      try {
        const outcome = await client().apply(actorOf(session), fileName);
        if (outcome.status === 'failed')
          log.warn('import apply failed', { kind, reason: outcome.reason, message: outcome.message });
        if (outcome.status === 'applied') {
          log.info('import applied', {
            kind,
            total: report.total,
            creates: report.creates,
            updates: report.updates,
          });
          performance.mark('import:applied');
          startTransition(() => setState({ step: 'applied', fileName, result: outcome.result }));
          signal('import-applied');
        } else if (outcome.status === 'plan-changed') {
          // nothing written: the re-check's report replaces the one the officer saw
          startTransition(() =>
            setState({
              step: 'checked',
              report: outcome.report,
              notice: outcome,
              fileName,
              summary,
              mapping,
              crs,
            }),
          );
          signal('import-plan-changed');
        } else {
          startTransition(() =>
            setState({
              step: 'checked',
              report,
              notice: outcome,
              fileName,
              summary,
              mapping,
              crs,
              constants,
            }),
          );
          signal(outcome.status === 'cancelled' ? 'import-cancelled' : 'import-failed');
        }
      } catch (error) {
        stopped(error, {
          step: 'checked',
          report,
          notice: { status: 'cancelled' },
          fileName,
          summary,
          mapping,
          crs,
          constants,
        });
      }
    })();
  }, [client, kind, session, stopped]);

  const cancel = useCallback(() => clientRef.current?.cancel(), []);

  const reset = useCallback(() => {
    clientRef.current?.stop();
    setState({ step: 'pick', notice: null });
  }, []);

  return {
    state,
    pickFile,
    setField,
    setCrs,
    setConstant,
    check,
    recheckAs,
    backToMapping,
    apply,
    cancel,
    reset,
  };
}
