/** The one-grid-one-officer rule (一格一警): unassigned grids, unknown officers, overload. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkOneGridOneOfficer,
  countOfficersByLoad,
  officerGridLoads,
  type GridAssignment,
  type OfficerRef,
} from '#common/domain/oneGridOneOfficer';

const officer = (id: string, deleted = false): OfficerRef => ({ id, deleted });
const grid = (id: string, officerId: string | null, deleted = false): GridAssignment => ({
  id,
  officerId,
  deleted,
});

describe('checkOneGridOneOfficer', () => {
  const officers = [officer('wang'), officer('li'), officer('zhao'), officer('gone', true)];
  const grids = [
    grid('g1', 'wang'),
    grid('g2', 'wang'),
    grid('g3', 'wang'),
    grid('g4', 'li'),
    grid('g5', null),
    grid('g6', 'gone'),
    grid('g7', 'stranger'),
    grid('g8', null, true),
    grid('g9', 'li', true),
  ];
  const report = checkOneGridOneOfficer(grids, officers, 2);
  const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

  it('flags live grids with no officer', () => {
    expect(ids(report.gridsWithoutOfficer)).toEqual(['g5']);
  });

  it('flags grids naming an unknown or deleted officer', () => {
    expect(ids(report.gridsWithUnknownOfficer)).toEqual(['g6', 'g7']);
  });

  it('flags officers over the load limit with their grids', () => {
    expect(report.overloadedOfficers).toHaveLength(1);
    expect(report.overloadedOfficers[0]?.officer.id).toBe('wang');
    expect(report.overloadedOfficers[0]?.gridCount).toBe(3);
    expect(ids(report.overloadedOfficers[0]?.grids ?? [])).toEqual(['g1', 'g2', 'g3']);
  });

  it('lists every live officer’s load, tombstones ignored', () => {
    expect(report.officerLoads.map((l) => [l.officer.id, l.gridCount])).toEqual([
      ['wang', 3],
      ['li', 1],
      ['zhao', 0],
    ]);
    expect(report.officersByLoad).toEqual([1, 1, 0, 1]);
  });

  it('at the limit is not over it', () => {
    expect(checkOneGridOneOfficer(grids, officers, 3).overloadedOfficers).toEqual([]);
  });
});

describe('countOfficersByLoad', () => {
  it('is empty for no officers', () => {
    expect(countOfficersByLoad([])).toEqual([]);
  });
});

const officerIds = ['o1', 'o2', 'o3', 'o4', 'o5'];
const arbOfficers = fc
  .uniqueArray(fc.constantFrom(...officerIds), { selector: (id) => id })
  .chain((present) => fc.tuple(...present.map((id) => fc.boolean().map((deleted) => officer(id, deleted)))));
const arbGrids = fc
  .array(
    fc.record({
      officerId: fc.option(fc.constantFrom(...officerIds, 'unknown'), { nil: null }),
      deleted: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((rows) => rows.map((r, i) => grid(`g${i}`, r.officerId, r.deleted)));

describe('one-grid-one-officer properties', () => {
  it('accounts for every live grid exactly once', () => {
    fc.assert(
      fc.property(arbGrids, arbOfficers, fc.integer({ min: 1, max: 20 }), (grids, officers, limit) => {
        const report = checkOneGridOneOfficer(grids, officers, limit);
        const seen = [
          ...report.gridsWithoutOfficer,
          ...report.gridsWithUnknownOfficer,
          ...report.officerLoads.flatMap((l) => l.grids),
        ].map((g) => g.id);
        const live = grids.filter((g) => !g.deleted).map((g) => g.id);
        expect([...seen].sort()).toEqual([...live].sort());
      }),
    );
  });

  it('flags exactly the live officers above the limit', () => {
    fc.assert(
      fc.property(arbGrids, arbOfficers, fc.integer({ min: 1, max: 20 }), (grids, officers, limit) => {
        const report = checkOneGridOneOfficer(grids, officers, limit);
        const expected = officerGridLoads(grids, officers).filter((l) => l.gridCount > limit);
        expect(report.overloadedOfficers).toEqual(expected);
        for (const load of report.officerLoads) {
          expect(load.officer.deleted).toBe(false);
          expect(load.gridCount).toBe(load.grids.length);
        }
      }),
    );
  });

  it('counts every live officer once in the load histogram', () => {
    fc.assert(
      fc.property(arbGrids, arbOfficers, (grids, officers) => {
        const report = checkOneGridOneOfficer(grids, officers, 1);
        const histogram = report.officersByLoad;
        expect(histogram.reduce((a, b) => a + b, 0)).toBe(officers.filter((o) => !o.deleted).length);
        const gridsHeld = histogram.reduce((sum, n, load) => sum + n * load, 0);
        expect(gridsHeld).toBe(report.officerLoads.reduce((sum, l) => sum + l.gridCount, 0));
      }),
    );
  });
});
