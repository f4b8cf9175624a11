/** Shift rules of the checkpoint roster: bounds, staff, and one person never on two overlapping shifts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, startOfDay } from '#common/domain/time';
import type { StaffMember } from '#common/schemas';
import {
  overlappingPeople,
  shiftErrors,
  spansOverlap,
  type OtherShift,
} from '#renderer/features/checkpoints/shiftRules';

const NOW = startOfDay('2022-09-30') + 10 * HOUR_MS;
const cop = (id: string, name = id): StaffMember => ({ kind: 'police', name, officerId: id, teamId: null });
const guard = (name: string): StaffMember => ({ kind: 'guard', name, officerId: null, teamId: null });
const other = (
  id: string,
  start: number,
  end: number,
  staff: StaffMember[],
  deleted = false,
): OtherShift => ({
  id,
  start,
  end,
  staff,
  deleted,
});

describe('shiftErrors', () => {
  it('refuses an end at or before the start', () => {
    expect(shiftErrors({ start: NOW, end: NOW, staff: [cop('a')] }, [], null, NOW).end).toBe(
      'end-before-start',
    );
    expect(shiftErrors({ start: NOW, end: NOW - HOUR_MS, staff: [cop('a')] }, [], null, NOW).end).toBe(
      'end-before-start',
    );
  });

  it('refuses a shift with nobody on it', () => {
    expect(shiftErrors({ start: NOW, end: NOW + HOUR_MS, staff: [] }, [], null, NOW).staff).toBe('no-staff');
  });

  it('refuses shifts longer than 16 hours and starts out of bounds', () => {
    expect(shiftErrors({ start: NOW, end: NOW + 17 * HOUR_MS, staff: [cop('a')] }, [], null, NOW).end).toBe(
      'too-long',
    );
    expect(
      shiftErrors({ start: NOW - 25 * HOUR_MS, end: NOW - 20 * HOUR_MS, staff: [cop('a')] }, [], null, NOW)
        .start,
    ).toBe('too-early');
    expect(
      shiftErrors(
        { start: NOW + 8 * 24 * HOUR_MS, end: NOW + 8 * 24 * HOUR_MS + HOUR_MS, staff: [cop('a')] },
        [],
        null,
        NOW,
      ).start,
    ).toBe('too-late');
  });

  it('refuses the same officer on an overlapping shift at any post, naming them', () => {
    const others = [other('x', NOW - HOUR_MS, NOW + HOUR_MS, [cop('a', '陈警官')])];
    const e = shiftErrors(
      { start: NOW, end: NOW + 4 * HOUR_MS, staff: [cop('a', '陈警官'), guard('李')] },
      others,
      null,
      NOW,
    );
    expect(e.staff).toBe('overlap');
    expect(e.overlapping).toEqual(['陈警官']);
  });

  it('allows a hand-over (touching shifts), a deleted clash, and the shift being edited', () => {
    const draft = { start: NOW, end: NOW + 4 * HOUR_MS, staff: [cop('a')] };
    expect(shiftErrors(draft, [other('x', NOW - 8 * HOUR_MS, NOW, [cop('a')])], null, NOW)).toEqual({});
    expect(shiftErrors(draft, [other('x', NOW, NOW + HOUR_MS, [cop('a')], true)], null, NOW)).toEqual({});
    expect(shiftErrors(draft, [other('self', NOW, NOW + HOUR_MS, [cop('a')])], 'self', NOW)).toEqual({});
  });

  it('treats guards by name: same name clashes, other names do not', () => {
    const others = [other('x', NOW, NOW + HOUR_MS, [guard('王保安')])];
    expect(
      shiftErrors({ start: NOW, end: NOW + HOUR_MS, staff: [guard(' 王保安 ')] }, others, null, NOW).staff,
    ).toBe('overlap');
    expect(
      shiftErrors({ start: NOW, end: NOW + HOUR_MS, staff: [guard('赵保安')] }, others, null, NOW),
    ).toEqual({});
  });
});

const span = fc
  .tuple(fc.integer({ min: 0, max: 48 * 60 }), fc.integer({ min: 1, max: 16 * 60 }))
  .map(([s, len]) => ({ start: NOW + s * 60_000, end: NOW + (s + len) * 60_000 }));

describe('overlap check (properties)', () => {
  it('spansOverlap is symmetric and agrees with "some instant lies in both"', () => {
    fc.assert(
      fc.property(span, span, (a, b) => {
        expect(spansOverlap(a, b)).toBe(spansOverlap(b, a));
        const shared = Math.max(a.start, b.start) < Math.min(a.end, b.end);
        expect(spansOverlap(a, b)).toBe(shared);
      }),
    );
  });

  it('a person is reported iff one of their other live shifts overlaps the draft', () => {
    const people = ['a', 'b', 'c'];
    const shiftArb = fc.record({
      span,
      who: fc.subarray(people, { minLength: 1 }),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(
        span,
        fc.subarray(people, { minLength: 1 }),
        fc.array(shiftArb, { maxLength: 8 }),
        (d, who, list) => {
          const others = list.map((s, i) =>
            other(
              `s${i}`,
              s.span.start,
              s.span.end,
              s.who.map((p) => cop(p)),
              s.deleted,
            ),
          );
          const got = new Set(overlappingPeople({ ...d, staff: who.map((p) => cop(p)) }, others, null));
          for (const p of who) {
            const expected = list.some((s) => !s.deleted && s.who.includes(p) && spansOverlap(d, s.span));
            expect(got.has(p)).toBe(expected);
          }
          for (const p of got) expect(who).toContain(p);
        },
      ),
    );
  });

  it('a valid draft stays valid against a roster that never overlaps it', () => {
    fc.assert(
      fc.property(span, fc.array(span, { maxLength: 6 }), (d, spans) => {
        const others = spans
          .filter((s) => !spansOverlap(s, d))
          .map((s, i) => other(`s${i}`, s.start, s.end, [cop('a')]));
        expect(shiftErrors({ ...d, staff: [cop('a')] }, others, null, NOW)).toEqual({});
      }),
    );
  });
});
