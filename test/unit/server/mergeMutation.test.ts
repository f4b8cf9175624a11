/**
 * The field-level merge rule (pure): a field changed since the mutation's base version is a
 * conflict only when another client changed it; a workstation's own earlier change is not,
 * nor are edits made against base 0 of a record the same client created.
 */
import { describe, expect, it } from 'vitest';
import { mergeMutation } from '../../../server/sync/mergeMutation';
import type { StoredRecord } from '../../../server/sync/storedRecord';
import type { Mutation } from '../../../common/sync/mutation';

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
});
