/**
 * Cache schema v3's upgrade (issue 12): nothing on a workstation may let a resident's ID be
 * recovered. Every place a finding's fields live in the cache — the rows, the outbox's
 * patches, the server copies kept for rebasing (`syncBase:findings:*` in meta) and the local
 * audit log's before/after — loses `idHash` (a salted hash whose salt shipped in the app) and
 * has its old mask `350203********123X` turned into `3502**********123X`. Runs inside Dexie's
 * versionchange transaction: all of it or none of it.
 */
import type { Transaction } from 'dexie';
import { remaskResidentId } from '#common/domain/residentId';

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Cleans one finding-shaped object in place; true when anything changed. */
export function scrubFindingFields(fields: Loose): boolean {
  let changed = false;
  if ('idHash' in fields) {
    delete fields.idHash;
    changed = true;
  }
  if (typeof fields.idMasked === 'string') {
    const mask = remaskResidentId(fields.idMasked);
    if (mask !== null && mask !== fields.idMasked) {
      fields.idMasked = mask;
      changed = true;
    }
  }
  return changed;
}

export async function scrubResidentIds(tx: Transaction): Promise<void> {
  await tx
    .table('findings')
    .toCollection()
    .modify((row: Loose) => {
      scrubFindingFields(row);
    });
  await tx
    .table('outbox')
    .where('entity')
    .equals('findings')
    .modify((entry: Loose) => {
      if (isObject(entry.patch)) scrubFindingFields(entry.patch);
    });
  await tx
    .table('meta')
    .where('key')
    .startsWith('syncBase:findings:')
    .modify((entry: Loose) => {
      const value = entry.value;
      if (isObject(value) && isObject(value.row)) scrubFindingFields(value.row);
    });
  await tx
    .table('audit')
    .where('entity')
    .equals('findings')
    .modify((entry: Loose) => {
      if (isObject(entry.before)) scrubFindingFields(entry.before);
      if (isObject(entry.after)) scrubFindingFields(entry.after);
    });
}
