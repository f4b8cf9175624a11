/** A phoned-in visit becomes a valid visit row, or field errors and no row. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf } from '#common/domain/time';
import { sweepVisitSchema, visitOutcomes } from '#common/schemas';
import { buildVisit, outcomeForKey, parseCount, type VisitDraft } from '#renderer/features/sweeps/visitRow';

const CAMPAIGN = '11111111-1111-4111-8111-111111111111';
const HH = { id: '22222222-2222-4222-8222-222222222222', gridId: '33333333-3333-4333-8333-333333333333' };
const draft = (d: Partial<VisitDraft> = {}): VisitDraft => ({
  household: HH,
  outcome: 'all-registered',
  unregisteredFound: '',
  overdueTestsFound: '0',
  team: '一组',
  note: '',
  ...d,
});
const server = {
  id: '44444444-4444-4444-8444-444444444444',
  stationId: CAMPAIGN,
  version: 0,
  updatedAt: 1,
  updatedBy: 'x',
};

describe('visit row building', () => {
  it('keys 1–4 pick the outcomes in order', () => {
    expect(['1', '2', '3', '4'].map(outcomeForKey)).toEqual([...visitOutcomes]);
    expect(outcomeForKey('5')).toBeNull();
    expect(outcomeForKey('0')).toBeNull();
  });

  it('builds the row with the household grid, now and its day', () => {
    const now = Date.UTC(2022, 3, 1, 17, 0); // 01:00 next day in Xiamen
    const r = buildVisit(draft(), CAMPAIGN, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.patch).toMatchObject({
      campaignId: CAMPAIGN,
      householdId: HH.id,
      gridId: HH.gridId,
      visitedAt: now,
      day: '2022-04-02',
      unregisteredFound: 0,
    });
    expect(sweepVisitSchema.safeParse({ ...r.patch, ...server }).success).toBe(true);
  });

  it('refuses missing household, bad counts, empty team and inconsistent outcomes', () => {
    const r = buildVisit(draft({ household: null, overdueTestsFound: 'x', team: ' ' }), CAMPAIGN, 0);
    expect(r).toEqual({
      ok: false,
      errors: { household: 'household-missing', overdueTestsFound: 'count-invalid', team: 'team-missing' },
    });
    expect(
      buildVisit(draft({ outcome: 'found-unregistered', unregisteredFound: '0' }), CAMPAIGN, 0),
    ).toMatchObject({ ok: false, errors: { unregisteredFound: 'unregistered-needs-count' } });
    expect(buildVisit(draft({ unregisteredFound: '2' }), CAMPAIGN, 0)).toMatchObject({
      ok: false,
      errors: { unregisteredFound: 'registered-has-unregistered' },
    });
    expect(parseCount('51')).toBeNull();
    expect(parseCount('-1')).toBeNull();
  });

  it('any accepted draft yields a schema-valid row on the day of its instant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...visitOutcomes),
        fc.string({ maxLength: 3 }),
        fc.string({ maxLength: 3 }),
        fc.string({ maxLength: 70 }),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        (outcome, u, o, team, now) => {
          const r = buildVisit(
            draft({ outcome, unregisteredFound: u, overdueTestsFound: o, team }),
            CAMPAIGN,
            now,
          );
          if (!r.ok) return;
          expect(sweepVisitSchema.safeParse({ ...r.patch, ...server }).success).toBe(true);
          expect(r.patch.day).toBe(dayOf(now));
        },
      ),
    );
  });
});
