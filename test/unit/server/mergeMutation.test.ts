/**
 * The field-level merge rule (pure): a field changed since the mutation's base version is a
 * conflict only when another client changed it; a workstation's own earlier change is not,
 * nor are edits made against base 0 of a record the same client created. Append-only fields
 * (the timeline) are a union whatever the base: no entry the server held is ever dropped.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeMutation } from '#server/sync/mergeMutation';
import type { StoredRecord } from '#server/sync/storedRecord';
import type { Mutation } from '#common/sync/mutation';

const stationId = '0b5e2c1a-6f3d-4e8a-9c21-5a7d3e9f1b01';
const id = '11111111-1111-4111-8111-111111111111';
const gridId = '22222222-2222-4222-8222-222222222222';
const ctx = { stationId, now: 1_700_000_000_000 };

const incident = {
  gridId,
  type: 'gathering',
  severity: 'medium',
  status: 'new',
  point: [118.1, 24.5],
  description: '门口聚集',
  reportedAt: 1_699_000_000_000,
  assignedAt: null,
  resolvedAt: null,
  assigneeId: null,
  timeline: [],
};

function mutation(
  clientId: string,
  seq: number,
  baseVersion: number,
  patch: Record<string, unknown>,
): Mutation {
  return { clientId, seq, entity: 'incidents', id, patch, baseVersion, madeBy: clientId, madeAt: 0 };
}

function apply(record: StoredRecord | null, m: Mutation) {
  const outcome = mergeMutation(record, m, ctx);
  if (outcome.status === 'rejected') throw new Error(outcome.reason);
  return { outcome, record: outcome.next ?? record };
}

describe('mergeMutation', () => {
  const created = apply(null, mutation('A', 1, 0, incident)).record as StoredRecord;

  it('lets a client edit its own create against base 0', () => {
    const { outcome } = apply(created, mutation('A', 2, 0, { severity: 'high' }));
    expect(outcome.status).toBe('merged');
    expect(outcome.conflicts).toEqual([]);
  });

  it('does not count a client’s own earlier change as a clash', () => {
    const first = apply(created, mutation('B', 1, 1, { severity: 'high' })).record as StoredRecord;
    const { outcome } = apply(first, mutation('B', 2, 1, { severity: 'low' }));
    expect(outcome.status).toBe('merged');
    expect(outcome.next?.data.severity).toBe('low');
  });

  it('opens a conflict when another client changed the same field since the base', () => {
    const byB = apply(created, mutation('B', 1, 1, { severity: 'high' })).record as StoredRecord;
    const { outcome } = apply(byB, mutation('C', 1, 1, { severity: 'low', description: '已劝散' }));
    expect(outcome.status).toBe('conflict');
    expect(outcome.conflicts).toEqual([{ field: 'severity', serverValue: 'high', clientValue: 'low' }]);
    expect(outcome.next?.data).toMatchObject({ severity: 'high', description: '已劝散' });
  });

  it('merges different fields changed by two clients', () => {
    const byB = apply(created, mutation('B', 1, 1, { severity: 'high' })).record as StoredRecord;
    const { outcome } = apply(byB, mutation('C', 1, 1, { type: 'dispute' }));
    expect(outcome.status).toBe('merged');
    expect(outcome.next?.data).toMatchObject({ severity: 'high', type: 'dispute' });
  });

  it('merges timelines appended on two workstations instead of opening a conflict', () => {
    const note = (at: number, text: string) => ({ at, by: 'x', kind: 'note', text });
    const byB = apply(created, mutation('B', 1, 1, { timeline: [note(10, 'B到场')] })).record as StoredRecord;
    const { outcome } = apply(byB, mutation('C', 1, 1, { timeline: [note(5, 'C来电')] }));
    expect(outcome.status).toBe('merged');
    expect(outcome.next?.data.timeline).toEqual([note(5, 'C来电'), note(10, 'B到场')]);
  });

  const note = (at: number, text: string, by = 'x') => ({ at, by, kind: 'note', text });

  it('keeps another workstation’s note when one client pushes two notes from an old base', () => {
    // Y adds a note (v2); X, offline, pushes two notes both based on v1 in one batch.
    const byY = apply(created, mutation('Y', 1, 1, { timeline: [note(20, 'Y到场')] })).record as StoredRecord;
    const x1 = apply(byY, mutation('X', 1, 1, { timeline: [note(10, 'X来电')] }));
    const x2 = apply(x1.record, mutation('X', 2, 1, { timeline: [note(10, 'X来电'), note(30, 'X劝散')] }));
    expect(x1.outcome.status).toBe('merged');
    expect(x2.outcome.status).toBe('merged');
    expect(x2.record?.data.timeline).toEqual([note(10, 'X来电'), note(20, 'Y到场'), note(30, 'X劝散')]);
  });

  it('keeps entries a same-base patch leaves out', () => {
    const byY = apply(created, mutation('Y', 1, 1, { timeline: [note(20, 'Y到场')] })).record as StoredRecord;
    // X's copy says version 2 but its optimistic timeline lacks Y's note (rebased under its own).
    const { outcome, record } = apply(byY, mutation('X', 1, 2, { timeline: [note(30, 'X劝散')] }));
    expect(outcome.status).toBe('applied');
    expect(record?.data.timeline).toEqual([note(20, 'Y到场'), note(30, 'X劝散')]);
  });

  it('moves the version when a patch lacks entries the server holds, so the client pulls them', () => {
    const byY = apply(created, mutation('Y', 1, 1, { timeline: [note(20, 'Y'), note(30, 'X')] }))
      .record as StoredRecord;
    const { outcome, record } = apply(byY, mutation('X', 1, 1, { timeline: [note(30, 'X')] }));
    expect(outcome.next).not.toBeNull();
    expect(record?.version).toBe(byY.version + 1);
    expect(record?.data.timeline).toEqual([note(20, 'Y'), note(30, 'X')]);
  });

  it('never drops a timeline entry, whatever the bases, order, duplication or batching (property)', () => {
    const entry = fc.record({
      at: fc.integer({ min: 0, max: 50 }),
      by: fc.constantFrom('a', 'b', 'system'),
      kind: fc.constantFrom('note', 'status', 'assign'),
      text: fc.constantFrom('到场', '劝散', '来电', ''),
    });
    const step = fc.record({
      client: fc.constantFrom('A', 'B', 'C'),
      // How far behind the current version the client's base is (0: same base).
      lag: fc.integer({ min: 0, max: 4 }),
      timeline: fc.array(entry, { maxLength: 6 }),
      other: fc.option(
        fc.constantFrom<Record<string, unknown>>(
          { severity: 'high' },
          { severity: 'low' },
          { status: 'assigned' },
        ),
      ),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        let record = created;
        const seqs = new Map<string, number>();
        const held = new Set<string>();
        for (const s of steps) {
          const seq = (seqs.get(s.client) ?? 0) + 1;
          seqs.set(s.client, seq);
          const base = Math.max(1, record.version - s.lag);
          const outcome = mergeMutation(
            record,
            mutation(s.client, seq, base, { timeline: s.timeline, ...(s.other ?? {}) }),
            ctx,
          );
          expect(outcome.status).not.toBe('rejected');
          if (outcome.status === 'rejected') return;
          expect(outcome.conflicts.map((c) => c.field)).not.toContain('timeline');
          record = outcome.next ?? record;
          const timeline = record.data.timeline as unknown[];
          for (const e of timeline) held.add(JSON.stringify(e));
          // Every entry the server ever held, and every entry of every accepted patch, is there.
          for (const e of s.timeline) held.add(JSON.stringify(e));
          const now = new Set(timeline.map((e) => JSON.stringify(e)));
          for (const h of held) expect(now.has(h), h).toBe(true);
          expect(now.size, 'each entry once').toBe(timeline.length);
          const ats = timeline.map((e) => (e as { at: number }).at);
          expect(ats, 'in time order').toEqual([...ats].sort((a, b) => a - b));
        }
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});

describe('mergeMutation checks the changed row', () => {
  const created = mergeMutation(null, mutation('A', 1, 0, incident), ctx);
  const record = created.status === 'rejected' ? null : created.next;

  it('rejects a merged field its schema refuses, naming the field', () => {
    const outcome = mergeMutation(record, mutation('A', 2, 1, { severity: 'apocalyptic' }), ctx);
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reason).toMatch(/^severity/);
  });

  it('checks a whole-row refinement of an entity that has one (a shift ending before it starts)', () => {
    const shiftId = '33333333-3333-4333-8333-333333333333';
    const shift = {
      checkpointId: gridId,
      siteId: null,
      start: 1_700_000_000_000,
      end: 1_700_003_600_000,
      staff: [{ kind: 'police', name: '张警官', officerId: null, teamId: null }],
    };
    const make = (seq: number, baseVersion: number, patch: Record<string, unknown>): Mutation => ({
      clientId: 'A',
      seq,
      entity: 'shifts',
      id: shiftId,
      patch,
      baseVersion,
      madeBy: 'A',
      madeAt: 0,
    });
    const made = mergeMutation(null, make(1, 0, shift), ctx);
    expect(made.status).toBe('applied');
    const stored = made.status === 'rejected' ? null : made.next;
    const outcome = mergeMutation(stored, make(2, 1, { end: shift.start - 1 }), ctx);
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') expect(outcome.reason).toMatch(/end must be after start/);
  });
});
