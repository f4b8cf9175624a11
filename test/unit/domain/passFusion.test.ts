/**
 * Fusion findings (common/domain/passFusion.ts): the four kinds against a brute-force reference
 * written straight from the module's definitions (quadratic scans, no maps), on random data;
 * invariance under input order; a household with passes ≥ its sweep count is never flagged; the
 * code-zone finding agrees with `codeAllowedIn` for every colour × level; and worked examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlLevelAt } from '#common/domain/controlLevelAt';
import {
  claimedAddressKey,
  computeFusion,
  fusionKinds,
  type FusionFinding,
  type FusionHousehold,
  type FusionInput,
  type FusionPass,
  type FusionVisit,
} from '#common/domain/passFusion';
import { codeAllowedIn } from '#common/domain/passRules';
import {
  controlLevels,
  healthCodeColours,
  intakeFlags,
  passStatuses,
  visitOutcomes,
  type ControlLevel,
  type HealthCodeColour,
} from '#common/schemas';
import { arbChanges, GRIDS, T0 } from './levelArbitraries';

const DAY = 86_400_000;
const AT = T0 + 10 * DAY;
const HOUSEHOLDS = ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7'];

const arbHouseholds: fc.Arbitrary<FusionHousehold[]> = fc
  .uniqueArray(fc.constantFrom(...HOUSEHOLDS, 'h8', 'h9'), { maxLength: 10 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          gridId: fc.constantFrom(...GRIDS),
          registeredResidents: fc.integer({ min: 0, max: 5 }),
          deleted: fc.boolean().map((b) => b && id === 'h9'),
        }),
      ),
    ),
  )
  .map((rows) => [...rows]);

const arbVisits: fc.Arbitrary<FusionVisit[]> = fc
  .array(
    fc.record({
      campaignId: fc.constantFrom('c1', 'c2'),
      householdId: fc.constantFrom(...HOUSEHOLDS, 'ghost'),
      // a coarse clock: equal visitedAt are common, so the id tie-break matters
      visitedAt: fc.integer({ min: 0, max: 4 }).map((d) => T0 + d * DAY),
      outcome: fc.constantFrom(...visitOutcomes),
      unregisteredFound: fc.integer({ min: 0, max: 3 }),
      deleted: fc.boolean(),
    }),
    { maxLength: 25 },
  )
  .map((rows) => rows.map((r, i) => ({ ...r, id: `v${String(i).padStart(2, '0')}` })));

const arbRegistrations: fc.Arbitrary<FusionPass[]> = fc
  .array(
    fc.record({
      householdId: fc.option(fc.constantFrom(...HOUSEHOLDS, 'h9', 'ghost'), { nil: null }),
      gridId: fc.constantFrom(...GRIDS),
      status: fc.constantFrom(...passStatuses),
      validFrom: fc.integer({ min: 0, max: 20 }).map((d) => T0 + d * DAY),
      days: fc.integer({ min: 1, max: 10 }),
      healthCode: fc.constantFrom(...healthCodeColours),
      flags: fc.subarray([...intakeFlags]),
      address: fc.constantFrom('金山路1号', '金山路 1号', '湖滨南路9号'),
      room: fc.constantFrom('', '101'),
      deleted: fc.boolean(),
    }),
    { maxLength: 25 },
  )
  .map((rows) =>
    rows.map(({ days, address, room, ...r }, i) => ({
      ...r,
      id: `r${String(i).padStart(2, '0')}`,
      // a matched household comes with its grid; an unmatched one has none
      gridId: r.householdId === null ? null : r.gridId,
      validUntil: r.validFrom + days * DAY,
      claimedAddress: { address, building: '', unit: '', room },
    })),
  );

const arbCampaign = fc.option(fc.record({ id: fc.constant('c1'), targetGridIds: fc.subarray(GRIDS) }), {
  nil: null,
});

const arbInput: fc.Arbitrary<FusionInput> = fc.record({
  households: arbHouseholds,
  visits: arbVisits,
  registrations: arbRegistrations,
  levelChanges: arbChanges,
  campaign: arbCampaign,
  at: fc.integer({ min: 0, max: 30 }).map((d) => T0 + d * DAY + 1),
});

/** The definitions again, the slow and obvious way. */
function reference(input: FusionInput): Map<string, FusionFinding> {
  const out = new Map<string, FusionFinding>();
  const { at, campaign } = input;
  const liveHousehold = (id: string | null) => input.households.find((h) => h.id === id && !h.deleted);
  const isPass = (r: FusionPass) =>
    !r.deleted && r.status === 'approved' && r.validFrom <= at && at < r.validUntil;
  const standing = (r: FusionPass) => isPass(r) || (!r.deleted && r.status === 'pending');
  const inScope = (h: FusionHousehold) =>
    campaign !== null && (campaign.targetGridIds.length === 0 || campaign.targetGridIds.includes(h.gridId));
  const covering = (h: FusionHousehold) =>
    input.visits.filter(
      (v) =>
        !v.deleted &&
        v.campaignId === campaign?.id &&
        v.householdId === h.id &&
        (v.outcome === 'all-registered' || v.outcome === 'found-unregistered'),
    );
  const passesOf = (h: FusionHousehold) =>
    input.registrations.filter((r) => isPass(r) && r.householdId === h.id).length;

  for (const h of input.households) {
    if (h.deleted || !inScope(h)) continue;
    const visits = covering(h).sort((a, b) => b.visitedAt - a.visitedAt || (a.id < b.id ? 1 : -1));
    const last = visits[0];
    const passes = passesOf(h);
    if (last) {
      const swept = h.registeredResidents + last.unregisteredFound;
      if (swept > passes)
        out.set(`suspected-unregistered:${h.id}`, {
          kind: 'suspected-unregistered',
          key: `suspected-unregistered:${h.id}`,
          gridId: h.gridId,
          householdId: h.id,
          swept,
          passes,
          gap: swept - passes,
          visitId: last.id,
          visitedAt: last.visitedAt,
        });
    } else if (passes > 0) {
      out.set(`unswept:${h.id}`, {
        kind: 'unswept',
        key: `unswept:${h.id}`,
        gridId: h.gridId,
        householdId: h.id,
        passes,
      });
    }
  }
  for (const r of input.registrations) {
    if (!standing(r)) continue;
    const bad = ['address-unknown', 'address-malformed', 'grid-unknown'];
    if (!liveHousehold(r.householdId) || r.flags.some((f) => bad.includes(f))) {
      const address = claimedAddressKey(r.claimedAddress);
      const key = `address-irregular:${r.gridId ?? '-'}:${address}`;
      const same = input.registrations.filter(
        (o) =>
          standing(o) &&
          o.gridId === r.gridId &&
          claimedAddressKey(o.claimedAddress) === address &&
          (!liveHousehold(o.householdId) || o.flags.some((f) => bad.includes(f))),
      );
      const households = same
        .map((o) => o.householdId)
        .filter((id): id is string => id !== null)
        .sort();
      out.set(key, {
        kind: 'address-irregular',
        key,
        gridId: r.gridId,
        householdId: households[0] ?? null,
        address,
        registrationIds: same.map((o) => o.id).sort(),
        flags: [...new Set(same.flatMap((o) => o.flags))].sort(),
      });
    }
    if (isPass(r) && r.gridId !== null) {
      const level = controlLevelAt(input.levelChanges, r.gridId, at).level;
      if (r.healthCode !== 'green' && (level === 'sealed' || level === 'controlled'))
        out.set(`code-in-zone:${r.id}`, {
          kind: 'code-in-zone',
          key: `code-in-zone:${r.id}`,
          gridId: r.gridId,
          householdId: r.householdId,
          registrationId: r.id,
          colour: r.healthCode,
          level,
        });
    }
  }
  return out;
}

const byKey = (findings: readonly FusionFinding[]) => new Map(findings.map((f) => [f.key, f]));

function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    s = (s * 1_103_515_245 + 12_345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('computeFusion', () => {
  it('finds exactly what the brute-force reference finds, and counts it', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = computeFusion(input);
        const expected = reference(input);
        expect(byKey(result.findings)).toEqual(expected);
        expect(result.findings).toHaveLength(expected.size);
        for (const kind of fusionKinds)
          expect(result.totals[kind]).toBe([...expected.values()].filter((f) => f.kind === kind).length);
        // per grid: the grid rows add up to the totals and each counts its own findings
        for (const row of result.byGrid)
          for (const kind of fusionKinds)
            expect(row.counts[kind]).toBe(
              [...expected.values()].filter((f) => f.kind === kind && f.gridId === row.gridId).length,
            );
      }),
      { numRuns: 400 },
    );
  });

  it('does not depend on the order of its inputs', () => {
    fc.assert(
      fc.property(arbInput, fc.integer(), (input, seed) => {
        const again = computeFusion({
          ...input,
          households: shuffled(input.households, seed),
          visits: shuffled(input.visits, seed + 1),
          registrations: shuffled(input.registrations, seed + 2),
          levelChanges: shuffled(input.levelChanges, seed + 3),
        });
        expect(again).toEqual(computeFusion(input));
      }),
      { numRuns: 300 },
    );
  });

  it('never flags a household whose passes reach its sweep count', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const result = computeFusion(input);
        for (const f of result.findings) {
          if (f.kind !== 'suspected-unregistered') continue;
          expect(f.passes).toBeLessThan(f.swept);
          expect(f.gap).toBe(f.swept - f.passes);
        }
        // topping every flagged household up to its count clears every such finding
        const topUps: FusionPass[] = result.findings.flatMap((f) =>
          f.kind === 'suspected-unregistered'
            ? Array.from({ length: f.gap }, (_, i) => ({
                id: `top-${f.householdId}-${i}`,
                householdId: f.householdId,
                gridId: f.gridId,
                status: 'approved' as const,
                validFrom: input.at,
                validUntil: input.at + DAY,
                healthCode: 'green' as const,
                flags: [],
                claimedAddress: { address: 'x', building: '', unit: '', room: '' },
                deleted: false,
              }))
            : [],
        );
        const after = computeFusion({ ...input, registrations: [...input.registrations, ...topUps] });
        expect(after.totals['suspected-unregistered']).toBe(0);
      }),
      { numRuns: 200 },
    );
  });

  it('flags a red or yellow code exactly where codeAllowedIn refuses it, for every colour and level', () => {
    for (const colour of healthCodeColours)
      for (const level of controlLevels) {
        const result = computeFusion({
          households: [{ id: 'h1', gridId: 'g1', registeredResidents: 0, deleted: false }],
          visits: [],
          registrations: [pass('r1', { healthCode: colour })],
          levelChanges:
            level === 'normal'
              ? []
              : [{ id: 'l1', gridId: 'g1', level, from: 0, to: null, updatedAt: 0, deleted: false }],
          campaign: null,
          at: AT,
        });
        const flagged = result.findings.filter((f) => f.kind === 'code-in-zone');
        expect(flagged.length === 1, `${colour} in ${level}`).toBe(!codeAllowedIn(colour, level));
        if (flagged[0]?.kind === 'code-in-zone')
          expect(flagged[0]).toMatchObject({ colour, level: level as ControlLevel });
      }
  });
});

function pass(
  id: string,
  overrides: Partial<FusionPass> & { healthCode?: HealthCodeColour } = {},
): FusionPass {
  return {
    id,
    householdId: 'h1',
    gridId: 'g1',
    status: 'approved',
    validFrom: AT - DAY,
    validUntil: AT + DAY,
    healthCode: 'green',
    flags: [],
    claimedAddress: { address: '金山路1号', building: '1', unit: '', room: '101' },
    deleted: false,
    ...overrides,
  };
}

describe('computeFusion, worked examples', () => {
  const households: FusionHousehold[] = [
    { id: 'h1', gridId: 'g1', registeredResidents: 3, deleted: false },
    { id: 'h2', gridId: 'g1', registeredResidents: 2, deleted: false },
    { id: 'h3', gridId: 'g2', registeredResidents: 1, deleted: false },
  ];
  const visit = (id: string, householdId: string, o: Partial<FusionVisit> = {}): FusionVisit => ({
    id,
    campaignId: 'c1',
    householdId,
    visitedAt: AT - DAY,
    outcome: 'all-registered',
    unregisteredFound: 0,
    deleted: false,
    ...o,
  });
  const base: FusionInput = {
    households,
    visits: [],
    registrations: [],
    levelChanges: [],
    campaign: { id: 'c1', targetGridIds: [] },
    at: AT,
  };

  it('counts the latest covering visit: residents plus people found unregistered', () => {
    const result = computeFusion({
      ...base,
      visits: [
        visit('v1', 'h1', { unregisteredFound: 4, visitedAt: AT - 3 * DAY, outcome: 'found-unregistered' }),
        visit('v2', 'h1', { unregisteredFound: 1, outcome: 'found-unregistered' }),
        // a later knock that found nobody home changes nothing
        visit('v3', 'h1', { visitedAt: AT, outcome: 'not-home' }),
      ],
      registrations: [pass('r1'), pass('r2'), pass('r3', { status: 'pending' })],
    });
    expect(result.findings).toEqual([
      {
        kind: 'suspected-unregistered',
        key: 'suspected-unregistered:h1',
        gridId: 'g1',
        householdId: 'h1',
        swept: 4,
        passes: 2,
        gap: 2,
        visitId: 'v2',
        visitedAt: AT - DAY,
      },
    ]);
    expect(result.byGrid).toEqual([
      {
        gridId: 'g1',
        counts: { 'suspected-unregistered': 1, unswept: 0, 'address-irregular': 0, 'code-in-zone': 0 },
        gap: 2,
      },
    ]);
  });

  it('an expired or revoked pass is no pass; a pass at a household never swept is unswept', () => {
    const result = computeFusion({
      ...base,
      registrations: [
        pass('r1', { householdId: 'h2', validUntil: AT }),
        pass('r2', { householdId: 'h2', status: 'revoked' }),
        pass('r3', { householdId: 'h3', gridId: 'g2' }),
      ],
      visits: [visit('v1', 'h2', { campaignId: 'c0' })],
    });
    expect(result.findings.map((f) => f.key)).toEqual(['unswept:h3']);
  });

  it('groups standing registrations by grid and claimed address, white space ignored', () => {
    const result = computeFusion({
      ...base,
      campaign: null,
      registrations: [
        pass('r1', {
          householdId: null,
          gridId: null,
          claimedAddress: { address: '金山路 1号', building: '', unit: '', room: '' },
        }),
        pass('r2', {
          householdId: null,
          gridId: null,
          status: 'pending',
          claimedAddress: { address: '金山路1号', building: '', unit: '', room: '' },
        }),
        pass('r3', {
          householdId: null,
          gridId: null,
          status: 'rejected',
          claimedAddress: { address: '金山路1号', building: '', unit: '', room: '' },
        }),
        pass('r4', { flags: ['address-malformed'] }),
      ],
    });
    expect(
      result.findings.map((f) =>
        f.kind === 'address-irregular' ? [f.gridId, f.address, f.registrationIds] : f.key,
      ),
    ).toEqual([
      ['g1', '金山路1号 1  101', ['r4']],
      [null, '金山路1号', ['r1', 'r2']],
    ]);
    expect(result.byGrid.map((g) => g.gridId)).toEqual(['g1', null]);
  });
});
