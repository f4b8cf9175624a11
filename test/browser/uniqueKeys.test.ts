/**
 * Unique grid codes and standard addresses in a real cache (IndexedDB in Chromium):
 * (a) schema v4's upgrade of a real v3 cache that already holds duplicates keeps every row,
 *     gives the first by id the plain key and the others a suffixed one, and none to a tombstone;
 * (b) the derived keys never reach a reader;
 * (c) a pulled server row that collides is stored (sync never breaks on a duplicate);
 * (d) a strict (claimUniqueKeys) transaction cannot create a second live grid code or address,
 *     but may still update a row that shared its key before the upgrade.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GridroomDb } from '#renderer/db/database';
import { CURRENT_SCHEMA, SCHEMA_V3, SCHEMA_V4 } from '#renderer/db/schema';
import { claimUniqueKeys, DUPLICATE_SEP, isUniqueKeyError } from '#renderer/db/uniqueKeys';
import { dexieLocalStore } from '#renderer/sync/dexieLocalStore';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const STATION = uuid(1);
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [118.1, 24.5],
      [118.11, 24.5],
      [118.11, 24.51],
      [118.1, 24.51],
      [118.1, 24.5],
    ],
  ],
};
const synced = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  stationId: STATION,
  version: 1,
  updatedAt: 1000,
  updatedBy: 'system',
  deleted: false,
  ...extra,
});
const grid = (n: number, code: string, extra: Record<string, unknown> = {}) =>
  synced(uuid(n), {
    code,
    name: `网格 ${code}`,
    community: '社区',
    street: '街道',
    geometry: square,
    officerId: null,
    gridLeader: '',
    householdTotal: 0,
    residentTotal: 0,
    ...extra,
  });
const household = (n: number, address: string, extra: Record<string, unknown> = {}) =>
  synced(uuid(n), {
    gridId: uuid(10),
    address,
    building: '',
    unit: '',
    room: '',
    point: [118.105, 24.505],
    registeredResidents: 1,
    ...extra,
  });

const names: string[] = [];
const freshName = () => {
  const name = `gridroom-unique-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** The stored rows as IndexedDB holds them, below the middleware (derived keys included). */
async function rawRows(name: string, store: string): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(name);
  raw.version(SCHEMA_V4.version).stores(SCHEMA_V4.stores);
  await raw.open();
  try {
    return await raw.table(store).orderBy('id').toArray();
  } finally {
    raw.close();
  }
}

async function v3CacheWith(grids: object[], households: object[]): Promise<string> {
  const name = freshName();
  const v3 = new Dexie(name);
  v3.version(SCHEMA_V3.version).stores(SCHEMA_V3.stores);
  await v3.open();
  await v3.table('grids').bulkPut(grids);
  await v3.table('households').bulkPut(households);
  v3.close();
  return name;
}

describe('cache schema v4: unique grid codes and addresses', () => {
  it('keeps the last put of a row written twice in one batch, even when an earlier one meets a taken key', async () => {
    const db = new GridroomDb(freshName());
    await db.open();
    try {
      await db.table('households').put(household(21, '金尚路1号'));
      // the row first asks for the taken address, then is deleted, in the same bulkPut (an
      // import naming a household twice; a pulled page): the tombstone is what is stored
      await db
        .table('households')
        .bulkPut([
          household(22, '金尚路1号'),
          household(23, '金尚路2号'),
          household(22, '金尚路1号', { deleted: true }),
        ]);
      expect((await db.households.get(uuid(22)))?.deleted).toBe(true);
      const raw = await rawRows(db.name, 'households');
      expect(raw.map((r) => r.addressKey ?? null)).toEqual(['金尚路1号|||', null, '金尚路2号|||']);
    } finally {
      db.close();
    }
  });

  it('upgrades a v3 cache that already holds duplicates without losing a row', async () => {
    const grids = [grid(11, 'G-01'), grid(12, 'G-01'), grid(13, 'G-01', { deleted: true }), grid(14, 'G-02')];
    const households = [household(21, '金尚路1号'), household(22, '金尚路 1号'), household(23, '金尚路2号')];
    const name = await v3CacheWith(grids, households);

    const db = new GridroomDb(name);
    await db.open();
    try {
      expect(db.verno).toBe(CURRENT_SCHEMA.version);
      // every row is there, exactly as it was: the derived keys never reach a reader
      expect(await db.grids.orderBy('id').toArray()).toEqual(grids);
      expect(await db.households.orderBy('id').toArray()).toEqual(households);
      expect(await db.grids.get(uuid(12))).toEqual(grids[1]);
      const each: unknown[] = [];
      await db.grids.filter(() => true).each((g) => void each.push(g));
      expect(each).toEqual(grids);
    } finally {
      db.close();
    }
    const raw = await rawRows(name, 'grids');
    expect(raw.map((g) => g.codeKey)).toEqual(['G-01', `G-01${DUPLICATE_SEP}${uuid(12)}`, undefined, 'G-02']);
    const rawHouseholds = await rawRows(name, 'households');
    expect(rawHouseholds.map((h) => h.addressKey)).toEqual([
      '金尚路1号|||',
      `金尚路1号|||${DUPLICATE_SEP}${uuid(22)}`,
      '金尚路2号|||',
    ]);
  });

  it('stores a pulled server row whose code another grid holds: sync never breaks', async () => {
    const db = new GridroomDb(freshName());
    await db.open();
    try {
      await db.table('grids').put(grid(11, 'G-01'));
      const store = dexieLocalStore(db);
      await store.applyPage(
        [
          { entity: 'grids', id: uuid(12), seq: 1, version: 1, row: grid(12, 'G-01') },
          { entity: 'households', id: uuid(21), seq: 2, version: 1, row: household(21, '金尚路1号') },
          { entity: 'households', id: uuid(22), seq: 3, version: 1, row: household(22, '金尚路1号') },
        ],
        3,
      );
      expect(await db.grids.count()).toBe(2);
      expect(await db.households.count()).toBe(2);
      expect(await store.cursor()).toBe(3);
    } finally {
      db.close();
    }
  });

  it('lets rows of one batch swap their codes', async () => {
    const name = freshName();
    const db = new GridroomDb(name);
    await db.open();
    try {
      await db
        .table('grids')
        .bulkPut([grid(11, 'G-01'), grid(12, 'G-02'), grid(13, 'G-05'), grid(14, 'G-06')]);
      // strict: one row frees the key the next one takes
      await db.transaction('rw', db.grids, async () => {
        claimUniqueKeys();
        await db.table('grids').bulkPut([grid(11, 'G-03'), grid(12, 'G-01')]);
      });
      // a sync page in which two grids swap codes: each still ends with its plain key
      await db.table('grids').bulkPut([grid(13, 'G-06'), grid(14, 'G-05')]);
      expect((await db.grids.orderBy('id').toArray()).map((g) => g.code)).toEqual([
        'G-03',
        'G-01',
        'G-06',
        'G-05',
      ]);
    } finally {
      db.close();
    }
    expect((await rawRows(name, 'grids')).map((g) => g.codeKey)).toEqual(['G-03', 'G-01', 'G-06', 'G-05']);
  });

  it('refuses a second live grid code or address in a strict transaction, and writes nothing', async () => {
    const name = await v3CacheWith([grid(11, 'G-01'), grid(12, 'G-01')], [household(21, '金尚路1号')]);
    const db = new GridroomDb(name);
    await db.open();
    try {
      const strict = (write: () => Promise<unknown>) =>
        db.transaction('rw', db.grids, db.households, async () => {
          claimUniqueKeys();
          await write();
        });
      const refused = await strict(async () => {
        await db.table('grids').put(grid(15, 'G-09'));
        await db.table('grids').bulkPut([grid(16, 'G-01')]);
      }).catch((e: unknown) => e);
      expect(isUniqueKeyError(refused)).toBe(true);
      expect(await db.grids.get(uuid(15))).toBeUndefined();
      const refusedAddress = await strict(() =>
        db.table('households').put(household(22, ' 金尚路1号 ')),
      ).catch((e: unknown) => e);
      expect(isUniqueKeyError(refusedAddress)).toBe(true);
      // a tombstone holds no key; a row that shared its key before may still be updated
      await strict(async () => {
        await db.table('grids').put(grid(13, 'G-05', { deleted: true }));
        await db.table('grids').put(grid(14, 'G-05'));
        await db.table('grids').put(grid(12, 'G-01', { name: '改名' }));
      });
      expect((await db.grids.get(uuid(12)))?.name).toBe('改名');
      expect(await db.grids.count()).toBe(4);
    } finally {
      db.close();
    }
  });
});
