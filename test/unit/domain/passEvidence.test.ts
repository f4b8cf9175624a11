/**
 * The fusion evidence beside a pass registration (common/domain/passEvidence.ts): each of the
 * five answers from its own data set, the warnings that keep a registration out of batch
 * approval, the one block (the code-zone rule), and batch approval's household arithmetic —
 * by example and, for the batch, as properties over random queues.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressEvidence,
  approvalBlock,
  batchApprovable,
  codeZoneEvidence,
  householdEvidence,
  idPassesEvidence,
  lastVisitEvidence,
  warningsOf,
  type PassEvidence,
} from '#common/domain/passEvidence';
import { maskPhone } from '#common/domain/phoneMask';
import {
  controlLevels,
  healthCodeColours,
  intakeFlags,
  type ControlLevel,
  type HealthCodeColour,
} from '#common/schemas';

const H = 3_600_000;
const household = (id = 'h1', gridId = 'g1', registeredResidents = 3) => ({
  id,
  gridId,
  registeredResidents,
  deleted: false,
});

const clean = (over: Partial<PassEvidence> = {}): PassEvidence => ({
  address: { kind: 'matched', householdId: 'h1', gridId: 'g1' },
  lastVisit: null,
  household: { approved: 0, size: 3, wouldExceed: false },
  idPasses: { kind: 'unchecked' },
  codeZone: { colour: 'green', level: 'normal', allowed: true },
  flags: [],
  ...over,
});

describe('addressEvidence', () => {
  it('names the matched household and the grid that holds it', () => {
    expect(addressEvidence({ householdId: 'h1', flags: [] }, household('h1', 'g7'))).toEqual({
      kind: 'matched',
      householdId: 'h1',
      gridId: 'g7',
    });
  });
  it('says why no household matched: unknown, or malformed by its intake flag', () => {
    expect(addressEvidence({ householdId: null, flags: ['address-unknown'] }, null)).toEqual({
      kind: 'unknown',
    });
    expect(addressEvidence({ householdId: null, flags: ['address-malformed'] }, null)).toEqual({
      kind: 'malformed',
    });
    expect(addressEvidence({ householdId: null, flags: [] }, null)).toEqual({ kind: 'unknown' });
  });
  it('flags a matched household the cache no longer holds (deleted or absent) as missing', () => {
    expect(addressEvidence({ householdId: 'h1', flags: [] }, undefined)).toEqual({
      kind: 'missing',
      householdId: 'h1',
    });
    expect(addressEvidence({ householdId: 'h1', flags: [] }, { ...household(), deleted: true }).kind).toBe(
      'missing',
    );
    expect(addressEvidence({ householdId: 'h1', flags: [] }, household('h2')).kind).toBe('missing');
  });
});

describe('lastVisitEvidence', () => {
  const visit = (id: string, visitedAt: number, over: object = {}) => ({
    id,
    visitedAt,
    outcome: 'all-registered' as const,
    unregisteredFound: 0,
    team: '敲门一组',
    deleted: false,
    ...over,
  });
  it('is the latest live visit of any campaign, with what it recorded', () => {
    const v = lastVisitEvidence([
      visit('a', 5 * H),
      visit('b', 9 * H, { outcome: 'found-unregistered', unregisteredFound: 2, team: '二组' }),
      visit('c', 12 * H, { deleted: true }),
      visit('d', 7 * H),
    ]);
    expect(v).toEqual({
      visitedAt: 9 * H,
      outcome: 'found-unregistered',
      unregisteredFound: 2,
      team: '二组',
    });
  });
  it('is null with no visit, and does not depend on input order', () => {
    expect(lastVisitEvidence([])).toBeNull();
    const list = [visit('a', 5 * H), visit('b', 5 * H, { team: '乙' }), visit('c', 1 * H)];
    expect(lastVisitEvidence(list)).toEqual(lastVisitEvidence([...list].reverse()));
  });
});

describe('householdEvidence', () => {
  it('compares passes approved there with the recorded size', () => {
    expect(householdEvidence(2, { registeredResidents: 3 })).toEqual({
      approved: 2,
      size: 3,
      wouldExceed: false,
    });
    expect(householdEvidence(3, { registeredResidents: 3 })).toEqual({
      approved: 3,
      size: 3,
      wouldExceed: true,
    });
    expect(householdEvidence(0, { registeredResidents: 0 })?.wouldExceed).toBe(true);
    expect(householdEvidence(0, null)).toBeNull();
  });
});

describe('idPassesEvidence', () => {
  it('tells unchecked (no centre match) from none and from passes elsewhere', () => {
    expect(idPassesEvidence({})).toEqual({ kind: 'unchecked' });
    expect(idPassesEvidence({ idPasses: null })).toEqual({ kind: 'unchecked' });
    expect(idPassesEvidence({ idPasses: { approved: 0, addresses: 0 } })).toEqual({ kind: 'none' });
    expect(idPassesEvidence({ idPasses: { approved: 2, addresses: 1 } })).toEqual({
      kind: 'elsewhere',
      approved: 2,
      addresses: 1,
    });
  });
});

describe('codeZoneEvidence and approvalBlock', () => {
  it('blocks red and yellow in sealed and controlled zones, and nothing else', () => {
    for (const colour of healthCodeColours)
      for (const level of controlLevels) {
        const e = codeZoneEvidence(colour, level);
        const forbidden = colour !== 'green' && (level === 'sealed' || level === 'controlled');
        expect(e).toEqual({ colour, level, allowed: !forbidden });
        expect(approvalBlock({ codeZone: e })).toBe(forbidden ? 'code-zone' : null);
      }
  });
});

describe('warningsOf', () => {
  it('is empty for a clean registration (an unchecked ID match is not a warning)', () => {
    expect(warningsOf(clean())).toEqual([]);
    expect(warningsOf(clean({ idPasses: { kind: 'none' } }))).toEqual([]);
  });
  it('names each warning, in the screen’s order', () => {
    expect(
      warningsOf(
        clean({
          codeZone: codeZoneEvidence('red', 'sealed'),
          address: { kind: 'unknown' },
          flags: ['address-unknown'],
          household: { approved: 3, size: 3, wouldExceed: true },
          idPasses: { kind: 'elsewhere', approved: 1, addresses: 1 },
        }),
      ),
    ).toEqual(['code-zone', 'address', 'flags', 'household-full', 'id-elsewhere']);
  });
});

describe('maskPhone', () => {
  it('keeps the prefix and the last four, and hides anything else entirely', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('***********');
    expect(maskPhone('138123456789')).toBe('***********');
  });
});

describe('batchApprovable', () => {
  it('takes only clean registrations, in queue order, within each household’s size', () => {
    const at = (h: string, approved: number, size: number) =>
      clean({
        address: { kind: 'matched', householdId: h, gridId: 'g1' },
        household: { approved, size, wouldExceed: approved + 1 > size },
      });
    const ids = batchApprovable([
      { id: 'a', evidence: at('h1', 1, 3) },
      { id: 'b', evidence: clean({ codeZone: codeZoneEvidence('yellow', 'controlled') }) },
      { id: 'c', evidence: at('h1', 1, 3) },
      { id: 'd', evidence: at('h1', 1, 3) }, // h1 would hold 4 of 3
      { id: 'e', evidence: clean({ flags: ['duplicate'] }) },
      { id: 'f', evidence: at('h2', 0, 1) },
    ]);
    expect(ids).toEqual(['a', 'c', 'f']);
  });

  const households = ['h1', 'h2', 'h3'] as const;
  const arbRow = fc.record({
    h: fc.nat(households.length - 1),
    colour: fc.constantFrom<HealthCodeColour>(...healthCodeColours),
    level: fc.constantFrom<ControlLevel>(...controlLevels),
    matched: fc.boolean(),
    flags: fc.subarray([...intakeFlags], { maxLength: 2 }),
    elsewhere: fc.boolean(),
  });
  /** A queue over three households, each with its own approved count and size. */
  const arbQueue = fc
    .tuple(
      fc.array(fc.tuple(fc.nat(4), fc.nat(4)), { minLength: 3, maxLength: 3 }),
      fc.array(arbRow, { maxLength: 30 }),
    )
    .map(([facts, rows]) =>
      rows.map((r, i) => {
        const [approved, size] = facts[r.h] ?? [0, 0];
        const evidence = clean({
          address: r.matched
            ? { kind: 'matched', householdId: households[r.h] ?? 'h1', gridId: 'g' }
            : { kind: 'unknown' },
          household: r.matched ? { approved, size, wouldExceed: approved + 1 > size } : null,
          codeZone: codeZoneEvidence(r.colour, r.level),
          flags: r.flags,
          idPasses: r.elsewhere ? { kind: 'elsewhere', approved: 1, addresses: 1 } : { kind: 'none' },
        });
        return { id: `r${i}`, evidence };
      }),
    );

  it('never approves a registration with a warning, keeps queue order, and never overfills a household', () => {
    fc.assert(
      fc.property(arbQueue, (queue) => {
        const ids = batchApprovable(queue);
        const byId = new Map(queue.map((c) => [c.id, c.evidence]));
        // Only warning-free ones, in queue order.
        for (const id of ids) expect(warningsOf(byId.get(id)!)).toEqual([]);
        expect(ids).toEqual(queue.map((c) => c.id).filter((id) => ids.includes(id)));
        // Per household: already approved + taken in the batch ≤ its size.
        const taken = new Map<string, { n: number; approved: number; size: number }>();
        for (const id of ids) {
          const e = byId.get(id)!;
          if (e.address.kind !== 'matched' || !e.household) throw new Error('unmatched in batch');
          const { approved, size } = e.household;
          const t = taken.get(e.address.householdId) ?? { n: 0, approved, size };
          taken.set(e.address.householdId, { ...t, n: t.n + 1 });
        }
        for (const t of taken.values()) expect(t.approved + t.n).toBeLessThanOrEqual(t.size);
      }),
    );
  });

  it('takes every clean registration when households have room', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('h1', 'h2'), { maxLength: 20 }), (hs) => {
        const queue = hs.map((h, i) => ({
          id: `r${i}`,
          evidence: clean({
            address: { kind: 'matched', householdId: h, gridId: 'g' },
            household: { approved: 0, size: 50, wouldExceed: false },
          }),
        }));
        expect(batchApprovable(queue)).toEqual(queue.map((c) => c.id));
      }),
    );
  });
});
