/**
 * Checks a pass-registration file 通行证登记 against the cache (import worker) and seals its ID
 * numbers at apply. The check (common/import/passes/passRegistrationRows.ts) matches each row
 * to its household by the standard-address key, refuses bad rows by line (then nothing is
 * written), and plans one pending registration per good or flagged row, with its flags listed
 * for the report. The plan's rows hold the name and ID masked; the valid ID numbers stay in
 * the worker, by planned row id, and only reach the cache sealed: `sealPassWrites` seals each
 * to the centre's public key with the registration's own id as additional data, exactly as
 * the finding form does — without a cached key, the mask alone is kept (the wizard says so).
 */
import {
  createPassRegistrationChecker,
  passRegistrationBasis,
  type PassCandidateFields,
  type PassRegistrationField,
} from '#common/import/passes/passRegistrationRows';
import type { IdentityKey } from '#common/identity/envelopeFormat';
import { sealResidentId } from '#common/identity/sealResidentId';
import type { ColumnMapping, TableShape } from '#common/import/tables/tableShape';
import type { Household, PassRegistration } from '#common/schemas';
import type { BatchWrite } from '#renderer/sync/localBatchWrite';
import type { JobResult } from './gridJob';
import { maxReportedIssues, type FieldMapping } from './importMessages';
import { tableFieldSpecs } from './readImportFile';
import { result } from './tableJobs';

export interface PassJobInput {
  table: TableShape;
  mapping: FieldMapping;
  households: readonly Household[];
  registrations: readonly PassRegistration[];
  /** The instant the file is checked as of: the file's read time, so a re-check plans the same rows. */
  now: number;
  onProgress?: (done: number) => void;
  pause?: () => Promise<void>;
}

export interface PassJobResult extends JobResult {
  /** Planned registration id → its valid ID number, to seal at apply. Never leaves the worker. */
  sealIds: ReadonlyMap<string, string>;
}

const CHECK_CHUNK = 5000;
/** Envelopes sealed at once: WebCrypto runs them in parallel off the worker's thread. */
const SEAL_BATCH = 64;

export async function checkPassRegistrationJob(input: PassJobInput): Promise<PassJobResult> {
  const mapping = Object.fromEntries(
    tableFieldSpecs.passRegistrations.map((f) => {
      const index = input.mapping[f.key];
      return [f.key, typeof index === 'number' && index >= 0 ? index : null];
    }),
  ) as ColumnMapping<PassRegistrationField>;
  const checker = createPassRegistrationChecker(
    input.table,
    mapping,
    passRegistrationBasis(input.households, input.registrations),
    { now: input.now },
  );
  const rows = input.table.rows;
  for (let start = 0; start < rows.length; start += CHECK_CHUNK) {
    input.onProgress?.(start);
    for (let i = start; i < Math.min(rows.length, start + CHECK_CHUNK); i++) checker.check(rows[i]!);
    await input.pause?.();
  }
  input.onProgress?.(rows.length);
  const checked = checker.result();
  const plan = {
    creates: checked.candidates.map((c) => ({ line: c.line, fields: c.fields as PassCandidateFields })),
    updates: [],
    unchanged: 0,
  };
  // the envelope is sealed at apply; the plan says only that the field is written
  const job = result(input.table, 'passRegistrations', plan, checked.issues, { idEnvelope: null });
  const sealIds = new Map<string, string>();
  job.writes.forEach((w, i) => {
    const id = checked.candidates[i]?.sealable;
    if (id) sealIds.set(w.id, id);
  });
  return {
    report: {
      ...job.report,
      flagged: checked.flagged.slice(0, maxReportedIssues),
      flaggedTotal: checked.flagged.length,
    },
    writes: job.writes,
    sealIds,
  };
}

/** The planned writes with each sealable ID sealed to `key` under its registration's id; no key: masks only. */
export async function sealPassWrites(
  writes: readonly BatchWrite[],
  sealIds: ReadonlyMap<string, string>,
  key: IdentityKey | null,
): Promise<BatchWrite[]> {
  if (key === null || sealIds.size === 0) return [...writes];
  const out: BatchWrite[] = [];
  for (let start = 0; start < writes.length; start += SEAL_BATCH) {
    const batch = writes.slice(start, start + SEAL_BATCH);
    out.push(
      ...(await Promise.all(
        batch.map(async (w) => {
          const id = sealIds.get(w.id);
          return id === undefined ? w : { ...w, patch: { ...w.patch, idEnvelope: await sealResidentId(id, w.id, key) } };
        }),
      )),
    );
  }
  return out;
}
