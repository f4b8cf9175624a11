/** Sweep progress: distinct covered households ÷ households in scope, per grid, team and day. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  burnUp,
  coverageByGrid,
  coverageByTeam,
  coverageRatio,
  isCoveringOutcome,
  newlyCoveredByDay,
  totalCoverage,
  type CoverageHousehold,
  type CoverageVisit,
  leastCovered,
} from '#common/domain/coverage';
import { addDays, daysBetween, startOfDay, HOUR_MS } from '#common/domain/time';
import { visitOutcomes, type VisitOutcome } from '#common/schemas';

const DAY1 = '2022-09-20';
const at = (day: string, hour: number) => startOfDay(day) + hour * HOUR_MS;

const household = (id: string, gridId: string, deleted = false): CoverageHousehold => ({
  id,
  gridId,
  deleted,
});
const visit = (householdId: string, overrides: Partial<CoverageVisit> = {}): CoverageVisit => ({
  campaignId: 'c1',
  householdId,
  gridId: 'g1',
  visitedAt: at(DAY1, 10),
  team: 'A',
  outcome: 'all-registered',
  deleted: false,
  ...overrides,
});

describe('isCoveringOutcome', () => {
  it('counts only visits that establish the head-count', () => {
    expect(isCoveringOutcome('all-registered')).toBe(true);
    expect(isCoveringOutcome('found-unregistered')).toBe(true);
    expect(isCoveringOutcome('not-home')).toBe(false);
    expect(isCoveringOutcome('refused')).toBe(false);
  });
});

describe('coverageRatio', () => {
  it('is 0 for an empty scope and capped at 1', () => {
    expect(coverageRatio(0, 0)).toBe(0);
    expect(coverageRatio(3, 0)).toBe(0);
    expect(coverageRatio(1, 4)).toBe(0.25);
    expect(coverageRatio(5, 4)).toBe(1);
  });
});

describe('coverageByGrid', () => {
  const households = [
    household('h1', 'g1'),
    household('h2', 'g1'),
    household('h3', 'g1'),
    household('h4', 'g1'),
    household('h5', 'g2'),
    household('h6', 'g2', true),
  ];

  it('counts a household visited twice once, and skips not-home and refused', () => {
    const visits = [
      visit('h1'),
      visit('h1', { visitedAt: at(DAY1, 11) }),
      visit('h2', { outcome: 'not-home' }),
      visit('h3', { outcome: 'refused' }),
      visit('h4', { outcome: 'found-unregistered' }),
    ];
    const byGrid = coverageByGrid(households, visits);
    expect(byGrid.get('g1')).toEqual({ covered: 2, total: 4, ratio: 0.5 });
    expect(byGrid.get('g2')).toEqual({ covered: 0, total: 1, ratio: 0 });
  });

  it('counts a not-home household once someone is finally home', () => {
    const visits = [
      visit('h2', { outcome: 'not-home' }),
      visit('h2', { visitedAt: at(addDays(DAY1, 1), 9) }),
    ];
    expect(coverageByGrid(households, visits).get('g1')?.covered).toBe(1);
  });

  it('ignores tombstoned visits and households, out-of-scope households and other campaigns', () => {
    const visits = [
      visit('h1', { deleted: true }),
      visit('h6', { gridId: 'g2' }),
      visit('h-elsewhere'),
      visit('h2', { campaignId: 'c2' }),
      visit('h3', { campaignId: 'c1' }),
    ];
    expect(coverageByGrid(households, visits, { campaignId: 'c1' }).get('g1')?.covered).toBe(1);
    expect(coverageByGrid(households, visits).get('g1')?.covered).toBe(2);
    expect(coverageByGrid(households, visits).get('g2')).toEqual({ covered: 0, total: 1, ratio: 0 });
  });

  it('credits a visit to its household’s grid, not the grid written on the visit', () => {
    const byGrid = coverageByGrid(households, [visit('h5', { gridId: 'g1' })]);
    expect(byGrid.get('g1')?.covered).toBe(0);
    expect(byGrid.get('g2')?.covered).toBe(1);
  });

  it('works from household counts per grid', () => {
    const counts = new Map([
      ['g1', 10],
      ['g2', 0],
      ['g3', 1],
    ]);
    const visits = [
      visit('a'),
      visit('b'),
      visit('b'),
      visit('x', { gridId: 'g2' }),
      visit('y', { gridId: 'g9' }),
    ];
    const byGrid = coverageByGrid(counts, visits);
    expect(byGrid.get('g1')).toEqual({ covered: 2, total: 10, ratio: 0.2 });
    // Stale counts: the truth is reported, the ratio stays within [0, 1].
    expect(byGrid.get('g2')).toEqual({ covered: 1, total: 0, ratio: 0 });
    expect(byGrid.get('g3')).toEqual({ covered: 0, total: 1, ratio: 0 });
    expect(byGrid.has('g9')).toBe(false);
  });
});

describe('coverageByTeam and by day', () => {
  const households = ['h1', 'h2', 'h3', 'h4'].map((id) => household(id, 'g1'));
  const day2 = addDays(DAY1, 1);
  const visits = [
    visit('h1', { team: 'B', visitedAt: at(DAY1, 9) }),
    visit('h1', { team: 'A', visitedAt: at(day2, 9) }),
    visit('h2', { team: 'A', visitedAt: at(DAY1, 23) + 30 * 60_000 }),
    visit('h3', { team: 'A', visitedAt: at(day2, 0) }),
    visit('h4', { team: 'B', outcome: 'not-home', visitedAt: at(day2, 1) }),
  ];

  it('credits each household to the team that covered it first', () => {
    const byTeam = coverageByTeam(households, visits);
    expect(byTeam.get('A')).toEqual({ covered: 2, total: 4, ratio: 0.5 });
    expect(byTeam.get('B')).toEqual({ covered: 1, total: 4, ratio: 0.25 });
  });

  it('counts households on the station-local day they were first covered', () => {
    expect(newlyCoveredByDay(households, visits)).toEqual(
      new Map([
        [DAY1, 2],
        [day2, 1],
      ]),
    );
  });

  it('builds a burn-up series, carrying households covered before the first day', () => {
    expect(burnUp(households, visits, [addDays(DAY1, 2), day2])).toEqual([
      { day: day2, newlyCovered: 1, covered: 3, total: 4, ratio: 0.75 },
      { day: addDays(DAY1, 2), newlyCovered: 0, covered: 3, total: 4, ratio: 0.75 },
    ]);
    expect(burnUp(households, visits, [])).toEqual([]);
    expect(totalCoverage([], visits)).toEqual({ covered: 0, total: 0, ratio: 0 });
  });
});

// ---- properties ----

const GRIDS = ['g1', 'g2', 'g3'];
const TEAMS = ['A', 'B', 'C'];
const DAYS = daysBetween(DAY1, addDays(DAY1, 9));

const arbHouseholds = fc
  .array(fc.record({ gridId: fc.constantFrom(...GRIDS), deleted: fc.boolean() }), { maxLength: 30 })
  .map((rows) => rows.map((r, i) => household(`h${i}`, r.gridId, r.deleted)));

const arbVisit: fc.Arbitrary<CoverageVisit> = fc.record({
  campaignId: fc.constantFrom('c1', 'c2'),
  householdId: fc.nat(34).map((i) => `h${i}`),
  gridId: fc.constantFrom(...GRIDS),
  visitedAt: fc.integer({ min: startOfDay(DAYS[0] ?? DAY1), max: startOfDay(addDays(DAY1, 10)) - 1 }),
  team: fc.constantFrom(...TEAMS),
  outcome: fc.constantFrom<VisitOutcome>(...visitOutcomes),
  deleted: fc.boolean(),
});
const arbVisits = fc.array(arbVisit, { maxLength: 60 });
const arbCampaign = fc.option(fc.constantFrom('c1', 'c2'), { nil: undefined });
const options = (campaignId: string | undefined) => (campaignId === undefined ? {} : { campaignId });
const permutation = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length });

describe('coverage properties', () => {
  it('keeps every ratio in [0, 1]', () => {
    fc.assert(
      fc.property(arbHouseholds, arbVisits, arbCampaign, (households, visits, campaignId) => {
        const ratios = [
          ...coverageByGrid(households, visits, options(campaignId)).values(),
          ...coverageByTeam(households, visits, options(campaignId)).values(),
          totalCoverage(households, visits, options(campaignId)),
          ...burnUp(households, visits, DAYS, options(campaignId)),
        ].map((c) => c.ratio);
        for (const r of ratios) expect(r >= 0 && r <= 1).toBe(true);
      }),
    );
  });

  it('does not depend on the order of visits', () => {
    fc.assert(
      fc.property(
        arbHouseholds,
        arbVisits.chain((v) => fc.tuple(fc.constant(v), permutation(v))),
        (households, [visits, shuffled]) => {
          expect(coverageByGrid(households, shuffled)).toEqual(coverageByGrid(households, visits));
          expect(coverageByTeam(households, shuffled)).toEqual(coverageByTeam(households, visits));
          expect(burnUp(households, shuffled, DAYS)).toEqual(burnUp(households, visits, DAYS));
        },
      ),
    );
  });

  it('does not change when visits are repeated', () => {
    fc.assert(
      fc.property(arbHouseholds, arbVisits, (households, visits) => {
        const twice = [...visits, ...visits.slice().reverse()];
        expect(coverageByGrid(households, twice)).toEqual(coverageByGrid(households, visits));
        expect(coverageByTeam(households, twice)).toEqual(coverageByTeam(households, visits));
        expect(burnUp(households, twice, DAYS)).toEqual(burnUp(households, visits, DAYS));
      }),
    );
  });

  it('never loses coverage when a visit is added', () => {
    fc.assert(
      fc.property(arbHouseholds, arbVisits, arbVisit, (households, visits, extra) => {
        const before = coverageByGrid(households, visits);
        const after = coverageByGrid(households, [...visits, extra]);
        for (const [gridId, c] of before)
          expect(after.get(gridId)?.covered).toBeGreaterThanOrEqual(c.covered);
      }),
    );
  });

  it('adds up: grids, teams and days all sum to the total covered', () => {
    fc.assert(
      fc.property(arbHouseholds, arbVisits, arbCampaign, (households, visits, campaignId) => {
        const o = options(campaignId);
        const total = totalCoverage(households, visits, o);
        const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
        expect(total.total).toBe(households.filter((h) => !h.deleted).length);
        expect(sum([...coverageByGrid(households, visits, o).values()].map((c) => c.covered))).toBe(
          total.covered,
        );
        expect(sum([...coverageByTeam(households, visits, o).values()].map((c) => c.covered))).toBe(
          total.covered,
        );
        expect(sum(newlyCoveredByDay(households, visits, o).values())).toBe(total.covered);
      }),
    );
  });

  it('gives a non-decreasing burn-up that ends at the total covered', () => {
    fc.assert(
      fc.property(
        arbHouseholds,
        arbVisits,
        fc.subarray(DAYS, { minLength: 1 }),
        (households, visits, days) => {
          const series = burnUp(households, visits, days);
          expect(series.map((p) => p.day)).toEqual([...days].sort());
          for (let i = 1; i < series.length; i++) {
            expect(series[i]?.covered).toBeGreaterThanOrEqual(series[i - 1]?.covered ?? 0);
            expect(series[i]?.ratio).toBeGreaterThanOrEqual(series[i - 1]?.ratio ?? 0);
          }
          const full = burnUp(households, visits, DAYS);
          expect(full[full.length - 1]?.covered).toBe(totalCoverage(households, visits).covered);
        },
      ),
    );
  });

  it('agrees between households and their counts when every visit names its household’s grid', () => {
    fc.assert(
      fc.property(arbHouseholds, arbVisits, (households, visits) => {
        const live = households.filter((h) => !h.deleted);
        const gridOf = new Map(live.map((h) => [h.id, h.gridId]));
        const consistent = visits.flatMap((v) => {
          const gridId = gridOf.get(v.householdId);
          return gridId === undefined ? [] : [{ ...v, gridId }];
        });
        const counts = new Map<string, number>();
        for (const h of live) counts.set(h.gridId, (counts.get(h.gridId) ?? 0) + 1);
        expect(coverageByGrid(counts, consistent)).toEqual(coverageByGrid(households, consistent));
      }),
    );
  });
});

describe('leastCovered', () => {
  it('gives the `limit` lowest ratios, worst first, leaving its input as it was', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
        fc.nat(20),
        (ratios, limit) => {
          const items = ratios.map((coverage, i) => ({ id: i, coverage }));
          const before = items.map((x) => x.id);
          const shown = leastCovered(items, limit);
          expect(items.map((x) => x.id)).toEqual(before);
          expect(shown).toHaveLength(Math.min(limit, items.length));
          for (let i = 1; i < shown.length; i++)
            expect(shown[i]!.coverage).toBeGreaterThanOrEqual(shown[i - 1]!.coverage);
          const cut = shown.at(-1)?.coverage ?? -Infinity;
          const left = items.filter((x) => !shown.includes(x));
          if (shown.length > 0) expect(left.every((x) => x.coverage >= cut)).toBe(true);
        },
      ),
    );
  });
});
