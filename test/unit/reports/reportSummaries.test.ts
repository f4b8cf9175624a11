/**
 * The printed report's summary tables, which count every row even when the lists below them are
 * cut: incidents by type (per severity, total, resolved — countByType) and checkpoints by post
 * type (posts, 24-hour posts, shifts, staff, uncovered hours — countByPostType). Totals equal
 * the rows, each cell equals a count made here straight from the rows, types follow the
 * domain's order and a type without rows has no line.
 */
import { describe, expect, it } from 'vitest';
import { createRng } from '#common/demo/prng';
import { startOfDay } from '#common/domain/time';
import {
  checkpointModes,
  incidentStatuses,
  incidentTypes,
  postTypes,
  severities,
  staffKinds,
  type IncidentType,
  type PostType,
} from '#common/schemas';
import type { ReportCheckpointRow, ReportIncidentRow } from '#renderer/features/reports/dailyReportModel';
import { countByPostType } from '#renderer/features/reports/print/ReportCheckpoints';
import { countByType } from '#renderer/features/reports/print/ReportIncidentTable';

const DAY = startOfDay('2026-11-27');

/** `count` incidents whose types are drawn from `types` only. */
function incidents(count: number, types: readonly IncidentType[], seed: number): ReportIncidentRow[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, n) => {
    const status = rng.pick(incidentStatuses);
    const reportedAt = DAY + rng.int(0, 24 * 60 - 1) * 60_000;
    return {
      id: `incident-${n}`,
      reportedAt,
      type: rng.pick(types),
      severity: rng.pick(severities),
      status,
      resolvedAt: status === 'resolved' ? reportedAt + 60_000 : null,
      gridCode: `G-${n % 9}`,
      gridName: '测试网格',
      assigneeName: null,
      description: `警情${n}`,
    };
  });
}

/** `count` checkpoints whose post types are drawn from `types` only. */
function checkpoints(count: number, types: readonly PostType[], seed: number): ReportCheckpointRow[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, n) => {
    const staffed24h = rng.chance(0.6);
    const shifts = rng.int(0, 4);
    return {
      id: `checkpoint-${n}`,
      name: `卡口${n}`,
      gridCode: `G-${n % 9}`,
      gridName: '测试网格',
      mode: rng.pick(checkpointModes),
      postType: rng.pick(types),
      staffed24h,
      shifts,
      staff: shifts * rng.int(1, 3),
      staffByKind: Object.fromEntries(staffKinds.map((k) => [k, 0])) as ReportCheckpointRow['staffByKind'],
      uncoveredHours: staffed24h ? rng.int(0, 5) : 0,
      gaps: [],
    };
  });
}

/** Indices in `order` of the listed keys: strictly increasing when the lines follow that order. */
function expectInOrder<T>(listed: readonly T[], order: readonly T[]): void {
  const positions = listed.map((k) => order.indexOf(k));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(positions).size).toBe(positions.length);
}

describe('countByType', () => {
  it.each([
    { label: 'every type', types: incidentTypes, count: 400, seed: 1 },
    { label: 'three types', types: ['other', 'gathering', 'medical'] as const, count: 90, seed: 2 },
    { label: 'one type', types: ['dispute'] as const, count: 5, seed: 3 },
  ])('counts every incident once ($label)', ({ types, count, seed }) => {
    const rows = incidents(count, types, seed);
    const lines = countByType(rows);

    expect(lines.reduce((n, line) => n + line.total, 0)).toBe(rows.length);
    expectInOrder(
      lines.map((l) => l.type),
      incidentTypes,
    );
    // a line for each type present, none for a type absent
    expect(new Set(lines.map((l) => l.type))).toEqual(new Set(rows.map((r) => r.type)));

    for (const line of lines) {
      const ofType = rows.filter((r) => r.type === line.type);
      expect(line.total).toBe(ofType.length);
      expect(line.resolved).toBe(ofType.filter((r) => r.status === 'resolved').length);
      for (const severity of severities)
        expect(line.bySeverity[severity]).toBe(ofType.filter((r) => r.severity === severity).length);
      expect(severities.reduce((n, s) => n + line.bySeverity[s], 0)).toBe(line.total);
    }
  });

  it('has no line for a day without incidents', () => {
    expect(countByType([])).toEqual([]);
  });
});

describe('countByPostType', () => {
  it.each([
    { label: 'both post types', types: postTypes, count: 140, seed: 4 },
    { label: 'temporary posts only', types: ['temporary-post'] as const, count: 12, seed: 5 },
  ])('counts every post once ($label)', ({ types, count, seed }) => {
    const rows = checkpoints(count, types, seed);
    const lines = countByPostType(rows);

    expect(lines.reduce((n, line) => n + line.posts, 0)).toBe(rows.length);
    expectInOrder(
      lines.map((l) => l.postType),
      postTypes,
    );
    expect(new Set(lines.map((l) => l.postType))).toEqual(new Set(rows.map((r) => r.postType)));

    const sum = (list: readonly ReportCheckpointRow[], pick: (r: ReportCheckpointRow) => number) =>
      list.reduce((n, r) => n + pick(r), 0);
    for (const line of lines) {
      const ofType = rows.filter((r) => r.postType === line.postType);
      expect(line.posts).toBe(ofType.length);
      expect(line.staffed24h).toBe(ofType.filter((r) => r.staffed24h).length);
      expect(line.shifts).toBe(sum(ofType, (r) => r.shifts));
      expect(line.staff).toBe(sum(ofType, (r) => r.staff));
      expect(line.uncoveredHours).toBe(sum(ofType, (r) => r.uncoveredHours));
    }
  });

  it('has no line for a day without posts', () => {
    expect(countByPostType([])).toEqual([]);
  });
});
