/** fast-check generators of ControlLevelChange rows for the control-level tests. */
import fc from 'fast-check';
import type { LevelChangeRef } from '#common/domain/controlLevelAt';
import { controlLevels, type ControlLevel } from '#common/schemas';

export const H = 3_600_000;

/** One history row for grid g1 (controlled, from 0, open-ended), with overrides. */
export const change = (id: string, overrides: Partial<LevelChangeRef>): LevelChangeRef => ({
  id,
  gridId: 'g1',
  level: 'controlled',
  from: 0,
  to: null,
  updatedAt: 0,
  deleted: false,
  ...overrides,
});

export const T0 = Date.UTC(2022, 8, 1);
export const SPAN = 30 * 24 * 60 * 60 * 1000;
export const GRIDS = ['g1', 'g2', 'g3'];

export const arbInstant = fc.integer({ min: T0 - 1000, max: T0 + SPAN + 1000 });

export const arbChanges: fc.Arbitrary<LevelChangeRef[]> = fc
  .array(
    fc.record({
      gridId: fc.constantFrom(...GRIDS),
      level: fc.constantFrom<ControlLevel>(...controlLevels),
      // A coarse time grid makes equal `from`s and touching intervals common.
      from: fc.integer({ min: 0, max: 30 }).map((h) => T0 + h * 86_400_000),
      length: fc.option(
        fc.integer({ min: 1, max: 20 }).map((d) => d * 86_400_000),
        { nil: null },
      ),
      updatedAt: fc.integer({ min: 0, max: 3 }),
      deleted: fc.boolean(),
    }),
    { maxLength: 20 },
  )
  .map((rows) =>
    rows.map(({ length, ...r }, i) => ({
      ...r,
      id: `c${String(i).padStart(2, '0')}`,
      to: length === null ? null : r.from + length,
    })),
  );
