/**
 * Refused changes stay visible, against real IndexedDB in Chromium: a push result `rejected`
 * reverts the change (the centre's copy wins) and, in the same transaction, keeps a record of
 * it — entity, record, fields and values, who, when made, refusal and reason — which the
 * conflicts screen lists and the title bar counts until the officer dismisses it. On the old
 * code the change was reverted and nothing of it remained.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { Change } from '#common/sync/protocol';
import { GridroomDb } from '#renderer/db/database';
import { dismissRefusedChange, readRefusedChanges } from '#renderer/features/sync/refusedChanges';
import { dexieLocalStore } from '#renderer/sync/dexieLocalStore';
import { writeLocalChange } from '#renderer/sync/localWrite';

const names: string[] = [];
function freshDb(): GridroomDb {
  const name = `gridroom-refused-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new GridroomDb(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const STATION = '00000000-0000-4000-8000-0000000000aa';
const GRID = '00000000-0000-4000-8000-0000000000bb';
const OFFICER = '00000000-0000-4000-8000-0000000000cc';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const incident = (n: number) => ({
  id: uuid(n),
  stationId: STATION,
  version: 1,
  updatedAt: 1000,
  updatedBy: 'system',
  deleted: false,
  gridId: GRID,
  type: 'dispute',
  severity: 'low',
  status: 'new',
  point: [118.1, 24.5],
  description: `警情 ${n}`,
  reportedAt: 1000,
  assignedAt: null,
  resolvedAt: null,
  assigneeId: null,
  timeline: [],
});
const change = (n: number): Change => ({
  entity: 'incidents',
  id: uuid(n),
  seq: n,
  version: 1,
  row: incident(n),
});

describe('refused changes', () => {
  it('a rejected push result is reverted and recorded with its reason; dismiss removes it', async () => {
    const db = freshDb();
    const store = dexieLocalStore(db);
    await store.applyPage([change(1), change(2)], 2);
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(1),
      patch: { severity: 'high' },
      madeBy: OFFICER,
      workstation: 'ws',
      now: 5_000,
    });
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(2),
      patch: { status: 'assigned' },
      madeBy: OFFICER,
      workstation: 'ws',
      now: 6_000,
    });
    const [first, second] = await store.pendingMutations(10);
    await store.confirm([
      {
        mutation: first!,
        result: {
          seq: first!.seq,
          status: 'rejected',
          version: 1,
          conflictFields: [],
          refusal: 'officer-inactive',
          reason: 'officer deactivated at 4000',
        },
      },
      { mutation: second!, result: { seq: second!.seq, status: 'applied', version: 2, conflictFields: [] } },
    ]);
    // The refused change is undone, the applied one kept…
    expect(await db.incidents.get(uuid(1))).toMatchObject({ severity: 'low' });
    expect(await db.incidents.get(uuid(2))).toMatchObject({ status: 'assigned' });
    expect(await db.outbox.count()).toBe(0);
    // …and the refused one stays visible, with who, when, what and why.
    const refused = await readRefusedChanges(db);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.change).toMatchObject({
      entity: 'incidents',
      recordId: uuid(1),
      patch: { severity: 'high' },
      madeBy: OFFICER,
      madeAt: 5_000,
      refusal: 'officer-inactive',
      reason: 'officer deactivated at 4000',
    });
    // A repeated confirmation (a reply seen twice) does not add a second record.
    await store.confirm([
      { mutation: first!, result: { seq: first!.seq, status: 'rejected', version: 1, conflictFields: [] } },
    ]);
    expect(await readRefusedChanges(db)).toHaveLength(1);

    await dismissRefusedChange(db, refused[0]!.key);
    expect(await readRefusedChanges(db)).toEqual([]);
    db.close();
  });

  it('a refused create is removed from the cache but its record stays', async () => {
    const db = freshDb();
    const store = dexieLocalStore(db);
    const {
      id: _id,
      stationId: _s,
      version: _v,
      updatedAt: _u,
      updatedBy: _b,
      deleted: _d,
      ...fields
    } = incident(9);
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(9),
      patch: { ...fields },
      madeBy: OFFICER,
      workstation: 'ws',
      now: 7_000,
    });
    const [create] = await store.pendingMutations(10);
    await store.confirm([
      {
        mutation: create!,
        result: {
          seq: create!.seq,
          status: 'rejected',
          version: 0,
          conflictFields: [],
          refusal: 'role-forbidden',
        },
      },
    ]);
    expect(await db.incidents.get(uuid(9))).toBeUndefined();
    const [entry] = await readRefusedChanges(db);
    expect(entry?.change).toMatchObject({
      entity: 'incidents',
      recordId: uuid(9),
      refusal: 'role-forbidden',
    });
    expect(entry?.change.patch).toMatchObject({ description: '警情 9' });
    db.close();
  });
});
