/**
 * One file's import inside the import worker, as three steps over the workstation's cache:
 * read (the file → features or a table), check (the dry run: the report and the planned
 * writes; nothing is written), apply (the planned writes in one transaction — all or nothing,
 * cancellable). Apply refuses unless the last check found no issue and planned something.
 *
 * Apply re-checks: inside its write transaction it reads again what the check read
 * (importBasis.ts) and writes only when that is unchanged — the writes are always those of a
 * check of the cache as it is at commit. When a sync or another window changed it, nothing
 * is written; the check runs again on the new state, and a plan that came out the same is
 * applied after all (up to `maxApplyAttempts` times), while a plan that changed is answered
 * with `plan-changed`: the new report and what changed, for the officer to look at. The
 * transaction also claims the unique keys (grid code, standard address: db/uniqueKeys.ts),
 * so even a change the re-check could not see cannot make a duplicate.
 * Kept apart from the worker's message loop so a browser test can drive it directly.
 */
import type { XmlParser } from '#common/import/grids/readGridFile';
import type { CrsName } from '#common/geo/chinaCrs';
import { xiamenDistricts } from '#common/demo/districtOutlines';
import type { AreaGeometry } from '#common/schemas/geometry';
import type { GridroomDb } from '#renderer/db/database';
import { claimUniqueKeys } from '#renderer/db/uniqueKeys';
import { writeLocalChanges, type BatchWrite, type BatchWriteResult } from '#renderer/sync/localBatchWrite';
import { readBasemapBounds } from './basemapBounds';
import { checkGridJob, type JobResult } from './gridJob';
import { applyTables, basisTables, readImportBasis, type ImportBasis } from './importBasis';
import type {
  CheckReport,
  FieldConstants,
  FieldMapping,
  ImportActor,
  PlanChanges,
  ReadSummary,
} from './importMessages';
import { planChanges, samePlan } from './planChanges';
import type { ImportKind } from './importKinds';
import { readImportFile, type LoadedFile, type ReadOptions } from './readImportFile';
import { checkHouseholdJob, checkOfficerJob, checkVolunteerJob } from './tableJobs';
import { checkPassRegistrationJob, sealPassWrites } from './passJob';
import { cachedIdentityKey } from '#renderer/sync/identityKey';

export class ImportStepError extends Error {
  constructor(readonly reason: 'not-read' | 'not-checked' | 'has-issues' | 'nothing-to-do') {
    super(`import step refused: ${reason}`);
    this.name = 'ImportStepError';
  }
}

export interface ImportJob {
  read(kind: ImportKind, fileName: string, file: Blob, opts?: ReadOptions): ReturnType<typeof readImportFile>;
  check(
    mapping: FieldMapping,
    crs: CrsName,
    onProgress?: (done: number, total: number) => void,
    constants?: FieldConstants,
  ): Promise<CheckReport>;
  apply(
    actor: ImportActor,
    fileName: string,
    options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
  ): Promise<JobApplyOutcome>;
}

export type JobApplyOutcome =
  | { status: 'applied'; result: BatchWriteResult }
  | { status: 'plan-changed'; report: CheckReport; changes: PlanChanges };

/** A plan found stale but the same on re-check is applied again, at most this many times in all. */
export const maxApplyAttempts = 3;

/** The station's district outline among the known ones (the demo's Xiamen districts), by name. */
function districtOf(name: string | undefined): AreaGeometry | null {
  if (!name) return null;
  const found = Object.values(xiamenDistricts).find(
    (d) => d.properties.name === name || d.properties.nameEn === name,
  );
  return found?.geometry ?? null;
}

interface Checked {
  report: CheckReport;
  writes: BatchWrite[];
  kind: ImportKind;
  mapping: FieldMapping;
  crs: CrsName;
  /** A grid file's one-value fields (its community), as the check used them. */
  constants?: FieldConstants;
  fingerprint: string;
  /** Pass registrations: planned id → valid ID number, sealed only at apply (passJob.ts). */
  sealIds?: ReadonlyMap<string, string>;
}

export function createImportJob(db: GridroomDb, xml: XmlParser): ImportJob {
  let file: LoadedFile | null = null;
  let checked: Checked | null = null;
  /** When the file was read: a registration check's "now", the same for every re-check. */
  let readAt = 0;

  async function runCheck(
    loaded: LoadedFile,
    basis: ImportBasis,
    mapping: FieldMapping,
    crs: CrsName,
    onProgress?: (done: number, total: number) => void,
    constants?: FieldConstants,
  ): Promise<JobResult & { sealIds?: ReadonlyMap<string, string> }> {
    switch (loaded.kind) {
      case 'grids':
        return checkGridJob({
          features: loaded.features,
          columns: loaded.summary.columns,
          mapping,
          crs,
          grids: basis.grids,
          district: districtOf(basis.station?.district),
          basemapBounds: await readBasemapBounds(db),
          constants,
          onProgress,
        });
      case 'households': {
        const total = loaded.table.rows.length;
        return checkHouseholdJob({
          table: loaded.table,
          mapping,
          crs,
          grids: basis.grids,
          households: basis.households,
          onProgress: (done) => onProgress?.(done, total),
          // a macrotask between chunks of rows: the worker's message loop gets its turn
          pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        });
      }
      case 'officers':
        return checkOfficerJob(loaded.table, mapping, basis.officers);
      case 'volunteerTeams':
        return checkVolunteerJob(loaded.table, mapping, basis.volunteerTeams);
      case 'passRegistrations': {
        const total = loaded.table.rows.length;
        return checkPassRegistrationJob({
          table: loaded.table,
          mapping,
          households: basis.households,
          registrations: basis.passRegistrations,
          now: readAt,
          onProgress: (done) => onProgress?.(done, total),
          pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        });
      }
    }
  }

  /** Checks the loaded file against one consistent read of the cache. */
  async function checkNow(
    loaded: LoadedFile,
    mapping: FieldMapping,
    crs: CrsName,
    onProgress?: (done: number, total: number) => void,
    constants?: FieldConstants,
  ): Promise<{ checked: Checked; basis: ImportBasis }> {
    const basis = await db.transaction('r', basisTables(db, loaded.kind), () =>
      readImportBasis(db, loaded.kind),
    );
    const result = await runCheck(loaded, basis, mapping, crs, onProgress, constants);
    const touched = new Set<string>();
    for (const w of result.writes) for (const field of Object.keys(w.patch)) touched.add(field);
    const report: CheckReport = { ...result.report, touchedFields: [...touched].sort() };
    return {
      checked: {
        report,
        writes: result.writes,
        kind: loaded.kind,
        mapping,
        crs,
        ...(constants ? { constants } : {}),
        fingerprint: basis.fingerprint,
        ...(result.sealIds ? { sealIds: result.sealIds } : {}),
      },
      basis,
    };
  }

  return {
    async read(kind, fileName, picked, opts) {
      file = null;
      checked = null;
      readAt = Date.now();
      const outcome = await readImportFile(kind, fileName, picked, xml, opts);
      if (outcome.ok) file = outcome.file;
      return outcome;
    },

    async check(mapping, crs, onProgress, constants) {
      if (!file) throw new ImportStepError('not-read');
      checked = null;
      checked = (await checkNow(file, mapping, crs, onProgress, constants)).checked;
      return checked.report;
    },

    async apply(actor, fileName, { signal, onProgress }) {
      for (let attempt = 1; ; attempt++) {
        if (!checked) throw new ImportStepError('not-checked');
        if (checked.report.issuesTotal > 0) throw new ImportStepError('has-issues');
        if (checked.writes.length === 0) throw new ImportStepError('nothing-to-do');
        const plan = checked;
        const { report, kind } = plan;
        // ID numbers are sealed before the transaction opens (WebCrypto would let it commit)
        const writes = plan.sealIds
          ? await sealPassWrites(plan.writes, plan.sealIds, await cachedIdentityKey(db))
          : plan.writes;
        const result = await db.transaction('rw', applyTables(db, kind), async () => {
          claimUniqueKeys();
          // the re-check: what the check read, read again under the write lock
          const now = await readImportBasis(db, kind);
          if (now.fingerprint !== plan.fingerprint) return null;
          return writeLocalChanges(db, writes, {
            actor,
            audit: {
              entity: kind,
              entityId: fileName,
              after: {
                kind,
                fileName,
                rows: report.total,
                creates: report.creates,
                updates: report.updates,
                unchanged: report.unchanged,
              },
            },
            signal,
            onProgress,
          });
        });
        if (result !== null) {
          // applied once: a second apply of the same plan would be a second import
          checked = null;
          return { status: 'applied', result };
        }
        // the cache changed since the check: nothing was written; check again on what is there now
        if (!file) throw new ImportStepError('not-read');
        const again = await checkNow(file, plan.mapping, plan.crs, undefined, plan.constants);
        checked = again.checked;
        if (!samePlan(plan, again.checked) || attempt >= maxApplyAttempts)
          return {
            status: 'plan-changed',
            report: again.checked.report,
            changes: planChanges(plan, again.checked.report, again.basis),
          };
      }
    },
  };
}

export type { ReadSummary };
