/**
 * Comparing the plan the officer saw with the apply's re-check: new records' minted ids do
 * not make two plans different, a changed patch or count does; the codes and addresses the
 * old plan would have created that the cache now holds are named (standard-address key:
 * white space does not count).
 */
import { describe, expect, it } from 'vitest';
import type { Grid, Household } from '#common/schemas';
import type { ImportBasis } from '#renderer/features/imports/importBasis';
import type { CheckReport } from '#renderer/features/imports/importMessages';
import { planChanges, samePlan } from '#renderer/features/imports/planChanges';

const report = (over: Partial<CheckReport> = {}): CheckReport => ({
  total: 2,
  creates: 2,
  updates: 0,
  unchanged: 0,
  bad: 0,
  issues: [],
  issuesTotal: 0,
  outlines: null,
  touchedFields: [],
  ...over,
});
const create = (id: string, patch: Record<string, unknown>) => ({
  entity: 'households' as const,
  id,
  isNew: true,
  patch,
});
const basis = (grids: Partial<Grid>[], households: Partial<Household>[]): ImportBasis => ({
  grids: grids as Grid[],
  households: households as Household[],
  officers: [],
  volunteerTeams: [],
  passRegistrations: [],
  station: undefined,
  fingerprint: '',
});
const address = (a: string) => ({ address: a, building: '3', unit: '', room: '501' });

describe('plan comparison', () => {
  const old = {
    report: report(),
    writes: [create('a', address('金尚路1号')), create('b', address('金尚路2号'))],
  };

  it('ignores the ids minted for new records, not a changed patch or figure', () => {
    expect(
      samePlan(old, {
        report: report(),
        writes: [create('x', address('金尚路1号')), create('y', address('金尚路2号'))],
      }),
    ).toBe(true);
    expect(
      samePlan(old, {
        report: report(),
        writes: [create('x', address('金尚路1号')), create('y', address('金尚路3号'))],
      }),
    ).toBe(false);
    expect(samePlan(old, { report: report({ creates: 1, updates: 1 }), writes: old.writes })).toBe(false);
  });

  it('names the addresses now taken', () => {
    const changes = planChanges(old, report({ creates: 1, updates: 1 }), basis([], [address('金尚路 1号')]));
    expect(changes).toEqual({
      before: { creates: 2, updates: 0, unchanged: 0, issues: 0 },
      after: { creates: 1, updates: 1, unchanged: 0, issues: 0 },
      taken: ['金尚路1号 3 501'],
      takenTotal: 1,
    });
  });
});
