/** Control levels for many grids at one instant, and one grid's levels over a window. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlLevelAt, indexLevelHistory } from '#common/domain/controlLevelAt';
import { countLevelsAt, levelSegments, levelsAt } from '#common/domain/levelTimeline';
import { arbChanges, arbInstant, change, GRIDS, H, SPAN, T0 } from './levelArbitraries';

describe('levelsAt and countLevelsAt', () => {
  const changes = [
    change('a', { gridId: 'g1', level: 'sealed', from: 0 }),
    change('b', { gridId: 'g2', level: 'controlled', from: 5 * H }),
    change('c', { gridId: 'g2', level: 'controlled', from: 1 * H, deleted: true }),
  ];
  const index = indexLevelHistory(changes);

  it('gives every asked grid a level, normal without history', () => {
    const levels = levelsAt(index, ['g1', 'g2', 'g3'], 2 * H);
    expect([...levels].map(([g, l]) => [g, l.level])).toEqual([
      ['g1', 'sealed'],
      ['g2', 'normal'],
      ['g3', 'normal'],
    ]);
  });

  it('counts every level', () => {
    expect(countLevelsAt(index, ['g1', 'g2', 'g3'], 6 * H)).toEqual({
      sealed: 1,
      controlled: 1,
      precaution: 0,
      normal: 1,
    });
  });
});

describe('levelSegments', () => {
  it('cuts a window where the deciding change changes', () => {
    const sealed = change('a', { level: 'sealed', from: 2 * H, to: 10 * H });
    const eased = change('b', { level: 'precaution', from: 4 * H, to: 6 * H });
    expect(levelSegments([sealed, eased], 0, 12 * H)).toEqual([
      { start: 0, end: 2 * H, level: 'normal', change: null },
      { start: 2 * H, end: 4 * H, level: 'sealed', change: sealed },
      { start: 4 * H, end: 6 * H, level: 'precaution', change: eased },
      { start: 6 * H, end: 10 * H, level: 'sealed', change: sealed },
      { start: 10 * H, end: 12 * H, level: 'normal', change: null },
    ]);
    expect(levelSegments([sealed], 5 * H, 5 * H)).toEqual([]);
  });

  it('tiles the window, and each segment agrees with controlLevelAt throughout', () => {
    fc.assert(
      fc.property(
        arbChanges,
        fc.constantFrom(...GRIDS),
        arbInstant,
        fc.integer({ min: 1, max: SPAN }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        (changes, gridId, from, length, probes) => {
          const history = changes.filter((c) => c.gridId === gridId);
          const to = from + length;
          const segments = levelSegments(history, from, to);
          expect(segments[0]?.start).toBe(from);
          expect(segments[segments.length - 1]?.end).toBe(to);
          segments.forEach((s, i) => {
            expect(s.end).toBeGreaterThan(s.start);
            const next = segments[i + 1];
            if (next) {
              expect(next.start).toBe(s.end);
              expect(next.change).not.toBe(s.change);
            }
            const instants = [
              s.start,
              s.end - 1,
              ...probes.map((p) => s.start + Math.floor(p * (s.end - s.start - 1))),
            ];
            for (const t of instants) {
              const at = controlLevelAt(history, gridId, t);
              expect(at.change).toBe(s.change);
              expect(at.level).toBe(s.level);
            }
          });
        },
      ),
    );
  });

  it('counts add up to the number of grids at any instant', () => {
    fc.assert(
      fc.property(arbChanges, arbInstant, (changes, instant) => {
        const counts = countLevelsAt(indexLevelHistory(changes), GRIDS, instant);
        expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(GRIDS.length);
      }),
    );
  });

  it('uses the 30-day window of the generators', () => {
    expect(levelSegments([], T0, T0 + SPAN)).toEqual([
      { start: T0, end: T0 + SPAN, level: 'normal', change: null },
    ]);
  });
});
