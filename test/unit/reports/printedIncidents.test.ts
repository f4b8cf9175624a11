/**
 * Which incidents the printed daily report lists row by row (printedIncidents.ts): a day that
 * fits is printed whole in the order given; a longer one keeps the most pressing — every high
 * before any medium before any low, unresolved before resolved within a severity, earliest
 * first — exactly `limit` of them, shown in order of time. Expectations come from a rule written
 * here independently (bucket by bucket), not from fixed ids.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '#common/demo/prng';
import { HOUR_MS, startOfDay } from '#common/domain/time';
import { incidentStatuses, incidentTypes, severities, type Severity } from '#common/schemas';
import type { ReportIncidentRow } from '#renderer/features/reports/dailyReportModel';
import { INCIDENTS_PRINTED, printedIncidents } from '#renderer/features/reports/printedIncidents';

const DAY = startOfDay('2026-11-27');

function incidentRow(n: number, over: Partial<ReportIncidentRow>): ReportIncidentRow {
  return {
    id: `incident-${n}`,
    reportedAt: DAY + n * 60_000,
    type: 'other',
    severity: 'low',
    status: 'new',
    resolvedAt: null,
    gridCode: 'G-001',
    gridName: '测试网格',
    assigneeName: null,
    description: `警情${n}`,
    ...over,
  };
}

/** A day of `count` incidents in shuffled order, with repeated report times (ties). */
function randomDay(count: number, seed: number): ReportIncidentRow[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, n) => {
    const status = rng.pick(incidentStatuses);
    // minutes of the day, few enough that times repeat
    const reportedAt = DAY + rng.int(0, 24 * 30 - 1) * 2 * 60_000;
    return incidentRow(n, {
      reportedAt,
      severity: rng.weighted<Severity>([
        ['high', 1],
        ['medium', 3],
        ['low', 6],
      ]),
      type: rng.pick(incidentTypes),
      status,
      resolvedAt: status === 'resolved' ? reportedAt + HOUR_MS : null,
    });
  });
}

/**
 * The expected selection, bucket by bucket: for each severity from the most severe, first the
 * unresolved then the resolved ones, each bucket earliest first (input order on equal times),
 * taken until `limit` rows are chosen.
 */
function expectedSelection(rows: readonly ReportIncidentRow[], limit: number): Set<string> {
  const chosen = new Set<string>();
  for (const severity of severities) {
    for (const resolved of [false, true]) {
      const bucket = rows
        .map((row, index) => ({ row, index }))
        .filter(({ row }) => row.severity === severity && (row.status === 'resolved') === resolved)
        .sort((a, b) =>
          a.row.reportedAt === b.row.reportedAt ? a.index - b.index : a.row.reportedAt - b.row.reportedAt,
        );
      for (const { row } of bucket) {
        if (chosen.size === limit) return chosen;
        chosen.add(row.id);
      }
    }
  }
  return chosen;
}

/** True when `a` must be printed before `b` may be: strictly more pressing. */
function morePressing(a: ReportIncidentRow, b: ReportIncidentRow): boolean {
  const sa = severities.indexOf(a.severity);
  const sb = severities.indexOf(b.severity);
  if (sa !== sb) return sa < sb;
  const ra = a.status === 'resolved';
  const rb = b.status === 'resolved';
  if (ra !== rb) return !ra;
  return a.reportedAt < b.reportedAt;
}

function expectTimeOrder(rows: readonly ReportIncidentRow[]): void {
  for (let i = 1; i < rows.length; i += 1)
    expect(rows[i]!.reportedAt).toBeGreaterThanOrEqual(rows[i - 1]!.reportedAt);
}

describe('printedIncidents', () => {
  it('keeps a day that fits whole, in the order given', () => {
    const rows = randomDay(40, 11);
    const shown = printedIncidents(rows, 40);
    expect(shown.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(shown).not.toBe(rows);
    expect(printedIncidents(rows.slice(0, 7), 40).map((r) => r.id)).toEqual(
      rows.slice(0, 7).map((r) => r.id),
    );
    expect(printedIncidents([], 40)).toEqual([]);
  });

  it.each([
    { count: 120, limit: 30, seed: 1 },
    { count: 500, limit: 137, seed: 2 },
    { count: 61, limit: 60, seed: 3 },
    { count: 1500, limit: INCIDENTS_PRINTED, seed: 4 },
  ])('keeps the $limit most pressing of $count, in time order', ({ count, limit, seed }) => {
    const rows = randomDay(count, seed);
    const shown = limit === INCIDENTS_PRINTED ? printedIncidents(rows) : printedIncidents(rows, limit);

    expect(shown).toHaveLength(limit);
    expect(new Set(shown.map((r) => r.id))).toEqual(expectedSelection(rows, limit));
    expectTimeOrder(shown);

    // nothing left out is more pressing than anything printed
    const kept = new Set(shown.map((r) => r.id));
    const dropped = rows.filter((r) => !kept.has(r.id));
    const leastPressingKept = shown.reduce((worst, r) => (morePressing(worst, r) ? r : worst));
    for (const row of dropped) expect(morePressing(row, leastPressingKept)).toBe(false);
  });

  it('prints every high before any medium before any low', () => {
    const rows = randomDay(400, 5);
    const highs = rows.filter((r) => r.severity === 'high').length;
    const mediums = rows.filter((r) => r.severity === 'medium').length;
    expect(highs).toBeGreaterThan(0);
    expect(mediums).toBeGreaterThan(0);

    const limit = highs + Math.floor(mediums / 2);
    const shown = printedIncidents(rows, limit);
    expect(shown.filter((r) => r.severity === 'high')).toHaveLength(highs);
    expect(shown.filter((r) => r.severity === 'medium')).toHaveLength(limit - highs);
    expect(shown.some((r) => r.severity === 'low')).toBe(false);
  });

  it('prints the unresolved before the resolved of a severity', () => {
    const rows = randomDay(300, 6).map((r): ReportIncidentRow => ({ ...r, severity: 'medium' }));
    const unresolved = rows.filter((r) => r.status !== 'resolved');
    const resolved = rows.filter((r) => r.status === 'resolved');
    expect(resolved.length).toBeGreaterThan(0);

    const limit = unresolved.length + 1;
    const shown = printedIncidents(rows, limit);
    expect(shown.filter((r) => r.status !== 'resolved')).toHaveLength(unresolved.length);
    const earliestResolved = Math.min(...resolved.map((r) => r.reportedAt));
    const printedResolved = shown.filter((r) => r.status === 'resolved');
    expect(printedResolved).toHaveLength(1);
    expect(printedResolved[0]!.reportedAt).toBe(earliestResolved);
  });

  it('keeps the earliest of equally pressing incidents', () => {
    const rng = createRng(9);
    const times = Array.from({ length: 50 }, (_, n) => DAY + n * 7 * 60_000);
    const rows = rng
      .shuffle([...times])
      .map((reportedAt, n) => incidentRow(n, { reportedAt, severity: 'high', status: 'assigned' }));
    const limit = 12;
    const shown = printedIncidents(rows, limit);
    expect(shown.map((r) => r.reportedAt)).toEqual([...times].sort((a, b) => a - b).slice(0, limit));
  });
});
