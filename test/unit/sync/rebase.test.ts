/**
 * Rebase of a pulled server row under pending mutations, and the settling of a record when
 * its mutations are confirmed: properties over random rows and patches.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rebase, pendingByRecord } from '#common/sync/rebase';
import { settleRecord, confirmedMutations, advanceBase } from '#common/sync/applyPushResults';
import { InvalidReplyError } from '#common/sync/syncErrors';
import type { Mutation } from '#common/sync/mutation';

const fields = ['a', 'b', 'c', 'd', 'e'] as const;
const value = fc.oneof(fc.integer(), fc.string({ maxLength: 4 }), fc.boolean(), fc.constant(null));
const serverRow = fc.record({
  a: value,
  b: value,
  c: value,
  d: value,
  e: value,
  version: fc.nat(),
  updatedAt: fc.nat(),
});
const patch = fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 3 });
const pendingList = fc.array(patch, { maxLength: 5 }).map((ps) => ps.map((p) => ({ patch: p })));

describe('rebase', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(serverRow, pendingList, (s, p) => {
        expect(rebase(rebase(s, p), p)).toEqual(rebase(s, p));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('pending edits win on their fields (the latest one), the server wins elsewhere', () => {
    fc.assert(
      fc.property(serverRow, pendingList, (s, p) => {
        const r = rebase(s, p);
        for (const key of Object.keys(s)) {
          const last = [...p].reverse().find((m) => key in m.patch);
          expect(r[key]).toEqual(last ? last.patch[key] : s[key as keyof typeof s]);
        }
      }),
      { seed: 43, numRuns: 300 },
    );
  });

  it('with nothing pending is the server row', () => {
    fc.assert(
      fc.property(serverRow, (s) => {
        expect(rebase(s, [])).toEqual(s);
      }),
      { seed: 44 },
    );
  });

  it('groups pending mutations by record in seq order', () => {
    const m = (seq: number, id: string) => ({ seq, entity: 'incidents' as const, id });
    const grouped = pendingByRecord([m(3, 'x'), m(1, 'x'), m(2, 'y')]);
    expect(grouped.get('incidents:x')?.map((x) => x.seq)).toEqual([1, 3]);
    expect(grouped.get('incidents:y')?.map((x) => x.seq)).toEqual([2]);
  });
});

const mutation = (seq: number, p: Record<string, unknown>, baseVersion = 1): Mutation => ({
  clientId: 'c1',
  seq,
  entity: 'incidents',
  id: '00000000-0000-4000-8000-000000000001',
  patch: p,
  baseVersion,
  madeBy: 'me',
  madeAt: 0,
});

describe('push results', () => {
  it('confirms every returned result, in seq order, and nothing else', () => {
    const sent = [mutation(1, { a: 1 }), mutation(2, { b: 2 }), mutation(3, { c: 3 })];
    const r = (seq: number) => ({ seq, status: 'applied' as const, version: 2, conflictFields: [] });
    const c = confirmedMutations(sent, { results: [r(2), r(1)], serverSeq: 9 });
    expect(c.map((x) => x.mutation.seq)).toEqual([1, 2]);
  });

  it('throws InvalidReplyError for a result of a seq that was not sent, or answered twice', () => {
    const sent = [mutation(1, { a: 1 })];
    const r = (seq: number) => ({ seq, status: 'applied' as const, version: 2, conflictFields: [] });
    expect(() => confirmedMutations(sent, { results: [r(7)], serverSeq: 1 })).toThrow(InvalidReplyError);
    expect(() => confirmedMutations(sent, { results: [r(1), r(1)], serverSeq: 1 })).toThrow(/answered twice/);
  });

  it('a rejected change is undone, a conflicting field reverts, later pending edits stay', () => {
    const base = { a: 'server', b: 'server', version: 3 };
    const local = { a: 'mine', b: 'mine', version: 3 };
    const m1 = mutation(1, { a: 'mine' }, 3);
    const m2 = mutation(2, { b: 'mine' }, 3);
    const rejected = settleRecord(
      base,
      local,
      [{ mutation: m1, result: { seq: 1, status: 'rejected', version: 3, conflictFields: [] } }],
      [m2],
    );
    expect(rejected.row).toEqual({ a: 'server', b: 'mine', version: 3 });
    const conflict = advanceBase(base, local, {
      mutation: { ...m1, patch: { a: 'mine', b: 'x' } },
      result: { seq: 1, status: 'conflict', version: 4, conflictFields: ['a'] },
    });
    expect(conflict).toMatchObject({ a: 'server', b: 'x', version: 4 });
  });

  it('a refused create removes the row once nothing else is pending', () => {
    const create = mutation(1, { a: 1 }, 0);
    const s = settleRecord(
      null,
      { a: 1, version: 0 },
      [
        {
          mutation: create,
          result: { seq: 1, status: 'rejected', version: 0, conflictFields: [], reason: 'no' },
        },
      ],
      [],
    );
    expect(s.row).toBeNull();
  });
});
