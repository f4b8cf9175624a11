/**
 * Compares two checks of the same file — the one the officer saw, and the apply's re-check
 * against the cache as it is now — and says what changed: the plan's figures before and
 * after, and the grid codes or standard addresses the old plan would have created that the
 * cache now holds (a sync brought them in). Two plans are the same when they report the same
 * issues and make the same writes (new records' freshly minted ids aside).
 */
import { householdKey } from '#common/import/households/householdRows';
import type { BatchWrite } from '#renderer/sync/localBatchWrite';
import type { ImportBasis } from './importBasis';
import type { CheckReport, PlanChanges, PlanCounts } from './importMessages';

export interface CheckedPlan {
  report: CheckReport;
  writes: readonly BatchWrite[];
}

const TAKEN_LISTED = 20;

export function planCounts(report: CheckReport): PlanCounts {
  return {
    creates: report.creates,
    updates: report.updates,
    unchanged: report.unchanged,
    issues: report.issuesTotal,
  };
}

const sameWrite = (a: BatchWrite, b: BatchWrite) =>
  a.entity === b.entity &&
  Boolean(a.isNew) === Boolean(b.isNew) &&
  (a.isNew === true || a.id === b.id) &&
  JSON.stringify(a.patch) === JSON.stringify(b.patch);

export function samePlan(a: CheckedPlan, b: CheckedPlan): boolean {
  const x = planCounts(a.report);
  const y = planCounts(b.report);
  if (
    x.creates !== y.creates ||
    x.updates !== y.updates ||
    x.unchanged !== y.unchanged ||
    x.issues !== y.issues
  )
    return false;
  if (a.writes.length !== b.writes.length) return false;
  // one write at a time: a 200,000-row plan is never turned into one string
  return a.writes.every((w, i) => sameWrite(w, b.writes[i]!));
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The key a create would take, and how to name it to the officer. */
function createdKey(w: BatchWrite): { key: string; label: string } | null {
  if (!w.isNew) return null;
  const p = w.patch;
  if (w.entity === 'grids') return { key: text(p.code), label: text(p.code) };
  if (w.entity === 'households') {
    const parts = {
      address: text(p.address),
      building: text(p.building),
      unit: text(p.unit),
      room: text(p.room),
    };
    return {
      key: householdKey(parts),
      label: [parts.address, parts.building, parts.unit, parts.room].filter((s) => s !== '').join(' '),
    };
  }
  return null;
}

export function planChanges(before: CheckedPlan, after: CheckReport, now: ImportBasis): PlanChanges {
  const held = new Set<string>([
    ...now.grids.map((g) => g.code),
    ...now.households.map((h) => householdKey(h)),
  ]);
  const taken: string[] = [];
  let takenTotal = 0;
  for (const w of before.writes) {
    const created = createdKey(w);
    if (!created || !held.has(created.key)) continue;
    takenTotal += 1;
    if (taken.length < TAKEN_LISTED) taken.push(created.label.slice(0, 80));
  }
  return { before: planCounts(before.report), after: planCounts(after), taken, takenTotal };
}
