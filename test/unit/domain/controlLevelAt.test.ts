/** The control level of a grid at an instant, from its ControlLevelChange history. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appliesAt,
  controlLevelAt,
  indexLevelHistory,
  levelFromSortedHistory,
  precedes,
} from '#common/domain/controlLevelAt';
import { arbChanges, arbInstant, change, GRIDS, H } from './levelArbitraries';

describe('controlLevelAt', () => {
  it('is normal, since null, when nothing applies', () => {
    expect(controlLevelAt([], 'g1', 5 * H)).toEqual({ level: 'normal', since: null, change: null });
    const later = change('a', { from: 10 * H });
    expect(controlLevelAt([later], 'g1', 5 * H)).toEqual({ level: 'normal', since: null, change: null });
  });

  it('applies a change on [from, to)', () => {
    const c = change('a', { level: 'sealed', from: 8 * H, to: 20 * H });
    expect(controlLevelAt([c], 'g1', 8 * H)).toEqual({ level: 'sealed', since: 8 * H, change: c });
    expect(controlLevelAt([c], 'g1', 20 * H - 1).level).toBe('sealed');
    expect(controlLevelAt([c], 'g1', 20 * H).level).toBe('normal');
    expect(controlLevelAt([c], 'g1', 8 * H - 1).level).toBe('normal');
  });

  it('lets the latest `from` win when intervals overlap', () => {
    const sealed = change('a', { level: 'sealed', from: 0, to: null });
    const eased = change('b', { level: 'precaution', from: 48 * H, to: 72 * H });
    expect(controlLevelAt([eased, sealed], 'g1', 50 * H)).toEqual({
      level: 'precaution',
      since: 48 * H,
      change: eased,
    });
    expect(controlLevelAt([eased, sealed], 'g1', 72 * H)).toEqual({
      level: 'sealed',
      since: 0,
      change: sealed,
    });
  });

  it('can be explicitly normal', () => {
    const lifted = change('b', { level: 'normal', from: 10 * H });
    expect(controlLevelAt([change('a', {}), lifted], 'g1', 11 * H)).toEqual({
      level: 'normal',
      since: 10 * H,
      change: lifted,
    });
  });

  it('breaks a tie on `from` by the later server update, then by id', () => {
    const first = change('a', { level: 'sealed', updatedAt: 5 });
    const second = change('b', { level: 'controlled', updatedAt: 9 });
    expect(controlLevelAt([second, first], 'g1', 1).change).toBe(second);
    const twin = change('c', { level: 'precaution', updatedAt: 9 });
    expect(controlLevelAt([twin, second], 'g1', 1).change).toBe(twin);
    expect(controlLevelAt([second, twin], 'g1', 1).change).toBe(twin);
  });

  it('ignores tombstones and other grids', () => {
    const deleted = change('a', { level: 'sealed', from: 5 * H, deleted: true });
    const other = change('b', { gridId: 'g2', level: 'sealed', from: 6 * H });
    const live = change('c', { level: 'precaution', from: 1 * H });
    expect(controlLevelAt([deleted, other, live], 'g1', 7 * H).change).toBe(live);
  });
});

describe('control level properties', () => {
  it('picks a live change of that grid that applies, and no applicable change outranks it', () => {
    fc.assert(
      fc.property(arbChanges, fc.constantFrom(...GRIDS), arbInstant, (changes, gridId, instant) => {
        const result = controlLevelAt(changes, gridId, instant);
        const candidates = changes.filter((c) => !c.deleted && c.gridId === gridId && appliesAt(c, instant));
        if (result.change === null) {
          expect(candidates).toEqual([]);
          expect(result).toEqual({ level: 'normal', since: null, change: null });
        } else {
          expect(candidates).toContain(result.change);
          expect(result.level).toBe(result.change.level);
          expect(result.since).toBe(result.change.from);
          for (const c of candidates) expect(precedes(c, result.change)).toBe(false);
        }
      }),
    );
  });

  it('does not depend on the order of the history', () => {
    fc.assert(
      fc.property(
        arbChanges.chain((cs) =>
          fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length })),
        ),
        fc.constantFrom(...GRIDS),
        arbInstant,
        ([changes, shuffled], gridId, instant) => {
          expect(controlLevelAt(shuffled, gridId, instant)).toEqual(controlLevelAt(changes, gridId, instant));
        },
      ),
    );
  });

  it('answers the same from the prebuilt index', () => {
    fc.assert(
      fc.property(arbChanges, fc.constantFrom(...GRIDS), arbInstant, (changes, gridId, instant) => {
        const index = indexLevelHistory(changes);
        expect(levelFromSortedHistory(index.get(gridId) ?? [], instant)).toEqual(
          controlLevelAt(changes, gridId, instant),
        );
        for (const group of index.values()) for (const c of group) expect(c.deleted).toBe(false);
      }),
    );
  });
});
