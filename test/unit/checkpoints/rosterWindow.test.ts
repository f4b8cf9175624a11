/** The next-24-hour roster window per checkpoint: gap hours of 24-hour posts, staffed now, gap runs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStaffedAt, type ShiftSpan } from '#common/domain/rosterGaps';
import { HOUR_MS, startOfDay } from '#common/domain/time';
import { gapRuns, postsWithGaps, rosterByPost, rosterWindow } from '#renderer/station/rosterWindow';

const DAY0 = startOfDay('2022-09-30');
const NOW = DAY0 + 10 * HOUR_MS + 17 * 60_000; // 10:17
const s = (start: number, end: number, deleted = false): ShiftSpan => ({ start, end, deleted });

describe('rosterByPost', () => {
  it('flags the hour a shift cut short leaves open, only for 24-hour posts', () => {
    const shifts = [s(DAY0 + 8 * HOUR_MS, DAY0 + 15 * HOUR_MS), s(DAY0 + 16 * HOUR_MS, DAY0 + 40 * HOUR_MS)];
    const posts = [
      { id: 'p24', staffed24h: true },
      { id: 'day', staffed24h: false },
    ];
    const r = rosterByPost(
      posts,
      new Map([
        ['p24', shifts],
        ['day', shifts],
      ]),
      NOW,
    );
    expect(r.get('p24')?.gapHours).toEqual([DAY0 + 15 * HOUR_MS]);
    expect(r.get('day')?.gapHours).toEqual([]);
    expect(r.get('p24')?.staffedNow).toBe(true);
    expect(postsWithGaps(r)).toBe(1);
  });

  it('a post with no shifts has all 24 hours open', () => {
    const r = rosterByPost([{ id: 'p', staffed24h: true }], new Map(), NOW);
    expect(r.get('p')?.gapHours).toHaveLength(24);
    expect(r.get('p')?.staffedNow).toBe(false);
  });
});

const shiftArb = fc
  .record({
    s: fc.integer({ min: -12 * 60, max: 36 * 60 }),
    len: fc.integer({ min: 1, max: 16 * 60 }),
    deleted: fc.boolean(),
  })
  .map(({ s: start, len, deleted }) => s(NOW + start * 60_000, NOW + (start + len) * 60_000, deleted));

describe('next-24-h gaps (properties)', () => {
  it('gap hours are whole hours inside the window, sorted and distinct', () => {
    fc.assert(
      fc.property(fc.array(shiftArb, { maxLength: 10 }), (shifts) => {
        const { from, to } = rosterWindow(NOW);
        const gaps =
          rosterByPost([{ id: 'p', staffed24h: true }], new Map([['p', shifts]]), NOW).get('p')?.gapHours ??
          [];
        for (const h of gaps) {
          expect(h % HOUR_MS).toBe(0);
          expect(h).toBeGreaterThanOrEqual(from);
          expect(h).toBeLessThan(to);
        }
        expect([...new Set(gaps)].sort((a, b) => a - b)).toEqual(gaps);
      }),
    );
  });

  it('an hour is flagged iff some minute of it is unstaffed', () => {
    fc.assert(
      fc.property(fc.array(shiftArb, { maxLength: 6 }), (shifts) => {
        const { from, to } = rosterWindow(NOW);
        const gaps = new Set(
          rosterByPost([{ id: 'p', staffed24h: true }], new Map([['p', shifts]]), NOW).get('p')?.gapHours ??
            [],
        );
        for (let h = from; h < to; h += HOUR_MS) {
          let open = false;
          for (let m = h; m < h + HOUR_MS && !open; m += 60_000) open = !isStaffedAt(shifts, m);
          expect(gaps.has(h)).toBe(open);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('adding a live shift over the whole window clears every gap; adding any shift never adds one', () => {
    fc.assert(
      fc.property(fc.array(shiftArb, { maxLength: 8 }), shiftArb, (shifts, extra) => {
        const { from, to } = rosterWindow(NOW);
        const post = [{ id: 'p', staffed24h: true }];
        const before = rosterByPost(post, new Map([['p', shifts]]), NOW).get('p')?.gapHours ?? [];
        const after = rosterByPost(post, new Map([['p', [...shifts, extra]]]), NOW).get('p')?.gapHours ?? [];
        for (const h of after) expect(before).toContain(h);
        const full = rosterByPost(post, new Map([['p', [...shifts, s(from, to)]]]), NOW).get('p')?.gapHours;
        expect(full).toEqual([]);
      }),
    );
  });

  it('gap runs cover exactly the gap hours', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { maxLength: 24 }), (hs) => {
        const hours = [...hs].sort((a, b) => a - b).map((h) => DAY0 + h * HOUR_MS);
        const runs = gapRuns(hours);
        const back = runs.flatMap((r) => {
          const out: number[] = [];
          for (let h = r.start; h < r.end; h += HOUR_MS) out.push(h);
          return out;
        });
        expect(back).toEqual(hours);
        for (let i = 1; i < runs.length; i++) expect(runs[i]?.start).toBeGreaterThan(runs[i - 1]?.end ?? 0);
      }),
    );
  });
});
