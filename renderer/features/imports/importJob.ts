/**
 * One file's import inside the import worker, as three steps over the workstation's cache:
 * read (the file → features or a table), check (the dry run: the report and the planned
 * writes; nothing is written), apply (the planned writes in one transaction — all or nothing,
 * cancellable). Apply refuses unless the last check found no issue and planned something.
 * Kept apart from the worker's message loop so a browser test can drive it directly.
 */
import type { XmlParser } from '../../../common/import/grids/readGridFile';
import type { CrsName } from '../../../common/geo/chinaCrs';
import { xiamenDistricts } from '../../../common/demo/districtOutlines';
import type { AreaGeometry } from '../../../common/schemas/geometry';
import type { GridroomDb } from '../../db/database';
import { writeLocalChanges, type BatchWrite, type BatchWriteResult } from '../../sync/localBatchWrite';
import { readBasemapBounds } from './basemapBounds';
import { checkGridJob, type JobResult } from './gridJob';
import type { CheckReport, FieldConstants, FieldMapping, ImportActor, ReadSummary } from './importMessages';
import type { ImportKind } from './importKinds';
import { readImportFile, type LoadedFile, type ReadOptions } from './readImportFile';
import { checkHouseholdJob, checkOfficerJob, checkVolunteerJob } from './tableJobs';

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
  ): Promise<BatchWriteResult>;
}

/** The station's district outline among the known ones (the demo's Xiamen districts), by name. */
function districtOf(name: string | undefined): AreaGeometry | null {
  if (!name) return null;
  const found = Object.values(xiamenDistricts).find(
    (d) => d.properties.name === name || d.properties.nameEn === name,
  );
  return found?.geometry ?? null;
}

const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);

export function createImportJob(db: GridroomDb, xml: XmlParser): ImportJob {
  let file: LoadedFile | null = null;
  let checked: { report: CheckReport; writes: BatchWrite[]; kind: ImportKind } | null = null;

  async function runCheck(
    loaded: LoadedFile,
    mapping: FieldMapping,
    crs: CrsName,
    onProgress?: (done: number, total: number) => void,
    constants?: FieldConstants,
  ): Promise<JobResult> {
    switch (loaded.kind) {
      case 'grids': {
        const [grids, station, basemapBounds] = await Promise.all([
          db.grids.toArray(),
          db.stations.toCollection().first(),
          readBasemapBounds(db),
        ]);
        return checkGridJob({
          features: loaded.features,
          columns: loaded.summary.columns,
          mapping,
          crs,
          grids: live(grids),
          district: districtOf(station?.district),
          basemapBounds,
          constants,
          onProgress,
        });
      }
      case 'households': {
        const [grids, households] = await Promise.all([db.grids.toArray(), db.households.toArray()]);
        const total = loaded.table.rows.length;
        return checkHouseholdJob({
          table: loaded.table,
          mapping,
          crs,
          grids: live(grids),
          households: live(households),
          onProgress: (done) => onProgress?.(done, total),
          // a macrotask between chunks of rows: the worker's message loop gets its turn
          pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        });
      }
      case 'officers':
        return checkOfficerJob(loaded.table, mapping, live(await db.officers.toArray()));
      case 'volunteerTeams':
        return checkVolunteerJob(loaded.table, mapping, live(await db.volunteerTeams.toArray()));
    }
  }

  return {
    async read(kind, fileName, picked, opts) {
      file = null;
      checked = null;
      const outcome = await readImportFile(kind, fileName, picked, xml, opts);
      if (outcome.ok) file = outcome.file;
      return outcome;
    },

    async check(mapping, crs, onProgress, constants) {
      if (!file) throw new ImportStepError('not-read');
      checked = null;
      const result = await runCheck(file, mapping, crs, onProgress, constants);
      const touched = new Set<string>();
      for (const w of result.writes) for (const field of Object.keys(w.patch)) touched.add(field);
      const report: CheckReport = { ...result.report, touchedFields: [...touched].sort() };
      checked = { report, writes: result.writes, kind: file.kind };
      return report;
    },

    async apply(actor, fileName, { signal, onProgress }) {
      if (!checked) throw new ImportStepError('not-checked');
      if (checked.report.issuesTotal > 0) throw new ImportStepError('has-issues');
      if (checked.writes.length === 0) throw new ImportStepError('nothing-to-do');
      const { report, writes, kind } = checked;
      const result = await writeLocalChanges(db, writes, {
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
      // applied once: a second apply of the same plan would be a second import
      checked = null;
      return result;
    },
  };
}

export type { ReadSummary };
