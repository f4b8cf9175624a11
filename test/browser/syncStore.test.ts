/**
 * The Dexie side of sync against real IndexedDB in Chromium: a pulled page and its cursor are
 * written together; pulled rows keep pending local edits; a local write puts the row, its
 * outbox entry and an audit entry in together; a malformed page changes nothing; confirming
 * a rejected change restores the server's copy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import type { Change } from '#common/sync/protocol';
import { InvalidReplyError } from '#common/sync/syncErrors';
import { GridroomDb } from '#renderer/db/database';
import { dexieLocalStore } from '#renderer/sync/dexieLocalStore';
import { writeLocalChange } from '#renderer/sync/localWrite';

const names: string[] = [];
function freshDb(): GridroomDb {
  const name = `gridroom-sync-test-${names.length}-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new GridroomDb(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const STATION = '00000000-0000-4000-8000-0000000000aa';
const GRID = '00000000-0000-4000-8000-0000000000bb';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function incident(n: number, version = 1, extra: Record<string, unknown> = {}) {
  return {
    id: uuid(n),
    stationId: STATION,
    version,
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
    ...extra,
  };
}
function household(n: number, version = 1, extra: Record<string, unknown> = {}) {
  return {
    id: uuid(n),
    stationId: STATION,
    version,
    updatedAt: 1000,
    updatedBy: 'system',
    deleted: false,
    gridId: GRID,
    address: `地址 ${n}`,
    building: '1',
    unit: '1',
    room: '101',
    point: [118.1, 24.5],
    registeredResidents: 2,
    ...extra,
  };
}
const change = (entity: Change['entity'], seq: number, row: Record<string, unknown>): Change => ({
  entity,
  id: String(row.id),
  seq,
  version: Number(row.version),
  row,
});

describe('dexieLocalStore', () => {
  it('writes a page and its cursor together, with grid aggregates', async () => {
    const db = freshDb();
    const store = dexieLocalStore(db);
    await store.applyPage(
      [
        change('incidents', 1, incident(1)),
        change('households', 2, household(2)),
        change('households', 3, household(3)),
      ],
      3,
    );
    expect(await store.cursor()).toBe(3);
    expect(await db.incidents.count()).toBe(1);
    expect(await db.gridStats.get(GRID)).toEqual({ gridId: GRID, households: 2 });
    await store.applyPage([change('households', 4, household(3, 2, { deleted: true }))], 4);
    expect(await db.gridStats.get(GRID)).toEqual({ gridId: GRID, households: 1 });
    db.close();
  });

  it('rejects a malformed page whole: rows, cursor and outbox untouched', async () => {
    const db = freshDb();
    const store = dexieLocalStore(db);
    await store.applyPage([change('incidents', 1, incident(1))], 1);
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(1),
      patch: { severity: 'high' },
      madeBy: 'officer-1',
      workstation: 'ws',
    });
    const bad = [
      change('incidents', 2, incident(2)),
      change('incidents', 3, { ...incident(3), severity: 'apocalyptic' }),
    ];
    const error = await store.applyPage(bad, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidReplyError);
    expect((error as Error).message).toMatch(/changes\.1\.row\.severity/);
    expect(await store.cursor()).toBe(1);
    expect(await db.incidents.get(uuid(2))).toBeUndefined();
    expect((await db.incidents.get(uuid(1)))?.severity).toBe('high');
    expect(await db.outbox.count()).toBe(1);
    db.close();
  });

  it('keeps pending local edits when a pull of the same record arrives first', async () => {
    const db = freshDb();
    const store = dexieLocalStore(db);
    await store.applyPage([change('incidents', 1, incident(1))], 1);
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(1),
      patch: { severity: 'high' },
      madeBy: 'officer-1',
      workstation: 'ws',
    });
    await store.applyPage(
      [change('incidents', 2, incident(1, 2, { status: 'assigned', severity: 'medium' }))],
      2,
    );
    const row = await db.incidents.get(uuid(1));
    expect(row).toMatchObject({ severity: 'high', status: 'assigned', version: 2 });
    // The change still goes out against the version the officer edited (1): the server, not the
    // client, decides whether the severity changed meanwhile by someone else.
    const [m] = await store.pendingMutations(10);
    expect(m).toMatchObject({ seq: 1, baseVersion: 1, patch: { severity: 'high' } });
    db.close();
  });

  it('a rejected change is undone on confirmation; an applied one clears the outbox', async () => {
    const db = freshDb();
    const store = dexieLocalStore(db);
    await store.applyPage([change('incidents', 1, incident(1))], 1);
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(1),
      patch: { severity: 'high' },
      madeBy: 'o',
      workstation: 'ws',
    });
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(1),
      patch: { status: 'assigned' },
      madeBy: 'o',
      workstation: 'ws',
    });
    const [first] = await store.pendingMutations(10);
    await store.confirm([
      {
        mutation: first!,
        result: { seq: 1, status: 'rejected', version: 1, conflictFields: [], reason: 'test' },
      },
    ]);
    expect(await db.incidents.get(uuid(1))).toMatchObject({ severity: 'low', status: 'assigned' });
    const [second] = await store.pendingMutations(10);
    await store.confirm([
      { mutation: second!, result: { seq: 2, status: 'applied', version: 2, conflictFields: [] } },
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.incidents.get(uuid(1))).toMatchObject({
      severity: 'low',
      status: 'assigned',
      version: 2,
    });
    expect(await db.meta.get(`syncBase:incidents:${uuid(1)}`)).toBeUndefined();
    db.close();
  });
});

describe('writeLocalChange', () => {
  it('puts the row, its outbox entry and an audit entry in together, and keeps aggregates', async () => {
    const db = freshDb();
    const created = await writeLocalChange(db, {
      entity: 'households',
      id: uuid(9),
      patch: {
        ...household(9),
        id: undefined,
        stationId: undefined,
        version: undefined,
        updatedAt: undefined,
        updatedBy: undefined,
      } as never,
      madeBy: 'o',
      workstation: 'ws',
    }).catch((e: unknown) => e);
    expect(created).toBeInstanceOf(Error); // server-owned fields may not be in a patch, even undefined
    const { id: _id, stationId: _s, version: _v, updatedAt: _u, updatedBy: _b, ...fields } = household(9);
    const made = await writeLocalChange(db, {
      entity: 'households',
      id: uuid(9),
      patch: fields,
      madeBy: 'officer-7',
      workstation: '值班台-2',
    });
    expect(made?.action).toBe('create');
    expect(await db.households.get(uuid(9))).toMatchObject({ version: 0, address: '地址 9' });
    expect(await db.outbox.toArray()).toMatchObject([
      { seq: 1, entity: 'households', id: uuid(9), baseVersion: 0, madeBy: 'officer-7' },
    ]);
    const audit = await db.audit.toArray();
    expect(audit).toMatchObject([
      { who: 'officer-7', workstation: '值班台-2', action: 'create', entityId: uuid(9), before: null },
    ]);
    expect(await db.gridStats.get(GRID)).toEqual({ gridId: GRID, households: 1 });
    db.close();
  });

  it('writes nothing for an invalid value or a no-op patch', async () => {
    const db = freshDb();
    await dexieLocalStore(db).applyPage([change('incidents', 1, incident(1))], 1);
    await expect(
      writeLocalChange(db, {
        entity: 'incidents',
        id: uuid(1),
        patch: { severity: 'huge' },
        madeBy: 'o',
        workstation: 'ws',
      }),
    ).rejects.toThrow(/severity/);
    expect(
      await writeLocalChange(db, {
        entity: 'incidents',
        id: uuid(1),
        patch: { severity: 'low' },
        madeBy: 'o',
        workstation: 'ws',
      }),
    ).toBeNull();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect((await db.incidents.get(uuid(1)))?.severity).toBe('low');
    db.close();
  });

  it('stamps a create made before enrolment with the cached station', async () => {
    const db = freshDb();
    await db.table('stations').put({ id: STATION, name: '禾山派出所' });
    await writeLocalChange(db, {
      entity: 'incidents',
      id: uuid(1000),
      patch: incidentFields(0),
      madeBy: 'o',
      workstation: 'ws',
    });
    expect((await db.incidents.get(uuid(1000)))?.stationId).toBe(STATION);
    expect((await db.audit.toArray()).map((a) => a.stationId)).toEqual([STATION]);
    db.close();
  });

  it('is all or nothing: when one of its writes fails, none of the others is kept', async () => {
    const db = freshDb();
    // an outbox entry already holds seq 1, so this write's outbox add fails (ConstraintError)
    await db.outbox.add({
      clientId: 'c',
      seq: 1,
      entity: 'incidents',
      id: uuid(1),
      patch: {},
      baseVersion: 0,
      madeBy: 'o',
      madeAt: 0,
    });
    const { id: _id, stationId: _s, version: _v, updatedAt: _u, updatedBy: _b, ...fields } = household(9);
    await expect(
      writeLocalChange(db, {
        entity: 'households',
        id: uuid(9),
        patch: fields,
        madeBy: 'o',
        workstation: 'ws',
      }),
    ).rejects.toThrow();
    expect(await db.households.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    expect(await db.gridStats.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    db.close();
  });

  // Its timing is a bench figure (sync.localwrite.p95 in bench/syncBench.ts), not a test.
  it('200 mixed writes each leave exactly one outbox entry and one audit entry', async () => {
    const db = freshDb();
    const store = dexieLocalStore(db);
    await store.applyPage(
      Array.from({ length: 200 }, (_, i) => change('households', i + 1, household(i + 1))),
      200,
    );
    for (let i = 0; i < 200; i++) {
      await writeLocalChange(db, {
        entity: i % 2 ? 'households' : 'incidents',
        id: uuid(i % 2 ? i : 1000 + i),
        patch: i % 2 ? { registeredResidents: (i % 7) + 3 } : { ...incidentFields(i) },
        madeBy: 'o',
        workstation: 'ws',
      });
    }
    expect(await db.outbox.count()).toBe(200);
    expect(await db.audit.count()).toBe(200);
    const seqs = (await db.outbox.orderBy('seq').toArray()).map((m) => m.seq);
    expect(seqs).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    db.close();
  });
});

function incidentFields(i: number) {
  const {
    id: _id,
    stationId: _s,
    version: _v,
    updatedAt: _u,
    updatedBy: _b,
    deleted: _d,
    ...fields
  } = incident(1000 + i);
  return fields;
}
