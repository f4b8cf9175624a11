/** Control-level decisions: the checks, and the rows a valid decision writes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlLevels } from '#common/schemas';
import {
  MAX_AHEAD_MS,
  planLevelChange,
  type LevelChangeInput,
} from '#renderer/features/grids/levelChangeRules';
import { assignmentWarnings } from '#renderer/features/grids/assignmentWarnings';

const H = 3_600_000;
const NOW = 1_700_000_000_000;
const row = (
  id: string,
  from: number,
  to: number | null,
  level: (typeof controlLevels)[number] = 'sealed',
) => ({
  id,
  gridId: 'g1',
  level,
  from,
  to,
  deleted: false,
});
const input: LevelChangeInput = {
  gridId: 'g1',
  level: 'precaution',
  from: NOW,
  reason: '解封',
  decidedBy: '所长',
};

describe('planLevelChange', () => {
  it('closes the open row at the new start and opens a new one', () => {
    const result = planLevelChange(
      [row('a', NOW - 10 * H, NOW - 5 * H), row('b', NOW - 5 * H, null)],
      input,
      NOW,
    );
    expect(result).toEqual({
      ok: true,
      plan: {
        close: [{ id: 'b', patch: { to: NOW } }],
        create: {
          gridId: 'g1',
          level: 'precaution',
          from: NOW,
          to: null,
          decidedBy: '所长',
          reason: '解封',
          deleted: false,
        },
      },
    });
  });

  it('refuses a blank reason, a time too far ahead, a time not after the current start, an unchanged level', () => {
    const history = [row('b', NOW - 5 * H, null)];
    const problem = (over: Partial<LevelChangeInput>) => {
      const r = planLevelChange(history, { ...input, ...over }, NOW);
      return r.ok ? null : r.problem;
    };
    expect(problem({ reason: '  ' })).toBe('reason-missing');
    expect(problem({ from: NOW + MAX_AHEAD_MS + 1 })).toBe('too-far-ahead');
    expect(problem({ from: NOW - 5 * H })).toBe('before-current');
    expect(problem({ from: NOW - 6 * H })).toBe('before-current');
    expect(problem({ level: 'sealed' })).toBe('same-level');
    expect(problem({})).toBeNull();
  });

  it('never plans a row whose end is not after its start', () => {
    const arbRow = fc
      .tuple(
        fc.integer({ min: -720, max: 0 }),
        fc.option(fc.integer({ min: 1, max: 720 }), { nil: null }),
        fc.constantFrom(...controlLevels),
      )
      .map(([start, len, level]) =>
        row('r', NOW + start * H, len === null ? null : NOW + (start + len) * H, level),
      );
    fc.assert(
      fc.property(
        fc.array(arbRow, { maxLength: 6 }),
        fc.integer({ min: -800, max: 30 }),
        fc.constantFrom(...controlLevels),
        (rows, at, level) => {
          const history = rows.map((r, i) => ({ ...r, id: `r${i}` }));
          const result = planLevelChange(history, { ...input, level, from: NOW + at * H }, NOW);
          if (!result.ok) return true;
          const byId = new Map(history.map((r) => [r.id, r]));
          return result.plan.close.every((c) => c.patch.to > (byId.get(c.id)?.from ?? Infinity));
        },
      ),
    );
  });
});

describe('assignmentWarnings', () => {
  const officers = [
    { id: 'o1', deleted: false },
    { id: 'o2', deleted: false },
  ];
  const grids = [
    { id: 'g1', officerId: 'o1', deleted: false },
    { id: 'g2', officerId: 'o1', deleted: false },
    { id: 'g3', officerId: 'o2', deleted: false },
  ];
  it('warns of a gap when the grid is left without an officer', () => {
    expect(assignmentWarnings(grids, officers, 2, 'g1', null)).toEqual({
      leavesGridWithoutOfficer: true,
      overload: null,
    });
  });
  it('warns when the new officer goes over the limit, counting the grid once', () => {
    expect(assignmentWarnings(grids, officers, 2, 'g3', 'o1').overload).toEqual({
      officerId: 'o1',
      gridCount: 3,
      limit: 2,
    });
    expect(assignmentWarnings(grids, officers, 2, 'g1', 'o1').overload).toBeNull();
  });
});
