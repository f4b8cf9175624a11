/**
 * The import's apply re-checks inside its write transaction (real IndexedDB in Chromium):
 * a file is checked, then a sync brings in a grid with the file's new code (or a household at
 * the file's new address); apply writes nothing — no row, no outbox entry, no audit entry —
 * and answers `plan-changed` with the new report and the code or address now taken. A change
 * that leaves the plan as it was is applied after the re-check.
 */
import { DOMParser } from '@xmldom/xmldom';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { GridroomDb } from '#renderer/db/database';
import { createImportJob } from '#renderer/features/imports/importJob';
import { dexieLocalStore } from '#renderer/sync/dexieLocalStore';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const STATION = uuid(1);
const actor = { madeBy: 'officer-1', workstation: '值班台-1', role: 'station-chief' as const };

const square = (x: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [118.1 + x, 24.5],
      [118.11 + x, 24.5],
      [118.11 + x, 24.51],
      [118.1 + x, 24.51],
      [118.1 + x, 24.5],
    ],
  ],
});
const grid = (n: number, code: string, x: number, extra: Record<string, unknown> = {}) => ({
  id: uuid(n),
  stationId: STATION,
  version: 1,
  updatedAt: 1000,
  updatedBy: 'system',
  deleted: false,
  code,
  name: `网格${code}`,
  community: '社区',
  street: '街道',
  geometry: square(x),
  officerId: null,
  gridLeader: '',
  householdTotal: 0,
  residentTotal: 0,
  ...extra,
});
const household = (n: number, address: string) => ({
  id: uuid(n),
  stationId: STATION,
  version: 1,
  updatedAt: 1000,
  updatedBy: 'system',
  deleted: false,
  gridId: uuid(11),
  address,
  building: '',
  unit: '',
  room: '',
  point: [118.105, 24.505],
  registeredResidents: 2,
});

const names: string[] = [];
async function freshDb(): Promise<GridroomDb> {
  const name = `gridroom-recheck-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const db = new GridroomDb(name);
  await db.open();
  await db.table('grids').put(grid(11, 'G-01', 0));
  return db;
}
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const bytes = (text: string) => new Blob([text]);
const gridFile = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { 网格编码: 'G-02', 网格名称: '新网格', 所属社区: '社区' },
      geometry: square(0.01),
    },
  ],
});
const gridMapping = { code: 0, name: 1, community: 2, street: null, gridLeader: null };
const householdFile = '标准地址,所属网格,户籍人数\n金尚路9号,G-01,3\n';

async function written(db: GridroomDb) {
  return {
    grids: await db.grids.count(),
    households: await db.households.count(),
    outbox: await db.outbox.count(),
    audit: await db.audit.count(),
  };
}

describe('apply re-checks the plan against the cache as it is', () => {
  it('writes nothing when a sync brought in the grid code the file creates', async () => {
    const db = await freshDb();
    try {
      const job = createImportJob(db, new DOMParser());
      const read = await job.read('grids', 'grids.geojson', bytes(gridFile));
      expect(read.ok).toBe(true);
      const report = await job.check(gridMapping, 'wgs84');
      expect(report).toMatchObject({ creates: 1, updates: 0, issuesTotal: 0 });

      // between check and apply: a sync pulls grid G-02, made at another workstation
      await dexieLocalStore(db).applyPage(
        [
          {
            entity: 'grids',
            id: uuid(12),
            seq: 1,
            version: 1,
            row: grid(12, 'G-02', 0.01, { name: '别处建的' }),
          },
        ],
        1,
      );
      const before = await written(db);
      const outcome = await job.apply(actor, 'grids.geojson', {});
      expect(outcome.status).toBe('plan-changed');
      if (outcome.status !== 'plan-changed') return;
      expect(outcome.changes.taken).toEqual(['G-02']);
      expect(outcome.changes.before).toMatchObject({ creates: 1, updates: 0 });
      expect(outcome.changes.after).toMatchObject({ creates: 0, updates: 1 });
      expect(outcome.report).toMatchObject({ creates: 0, updates: 1 });
      expect(await written(db)).toEqual(before);
      expect((await db.grids.where('code').equals('G-02').toArray()).map((g) => g.name)).toEqual([
        '别处建的',
      ]);

      // the new plan (update G-02's name) is the one applied next
      const again = await job.apply(actor, 'grids.geojson', {});
      expect(again.status).toBe('applied');
      expect((await db.grids.where('code').equals('G-02').toArray()).map((g) => g.name)).toEqual(['新网格']);
    } finally {
      db.close();
    }
  });

  it('writes nothing when a sync brought in the address the file creates', async () => {
    const db = await freshDb();
    try {
      const job = createImportJob(db, new DOMParser());
      expect((await job.read('households', 'addresses.csv', bytes(householdFile))).ok).toBe(true);
      const report = await job.check({ address: 0, gridCode: 1, registeredResidents: 2 }, 'wgs84');
      expect(report).toMatchObject({ creates: 1, issuesTotal: 0 });

      await dexieLocalStore(db).applyPage(
        [{ entity: 'households', id: uuid(21), seq: 1, version: 1, row: household(21, '金尚路 9号') }],
        1,
      );
      const before = await written(db);
      const outcome = await job.apply(actor, 'addresses.csv', {});
      expect(outcome.status).toBe('plan-changed');
      if (outcome.status !== 'plan-changed') return;
      expect(outcome.changes.taken).toEqual(['金尚路9号']);
      expect(outcome.report).toMatchObject({ creates: 0, updates: 1 });
      expect(await written(db)).toEqual(before);
    } finally {
      db.close();
    }
  });

  it('applies when what changed leaves the plan as it was', async () => {
    const db = await freshDb();
    try {
      const job = createImportJob(db, new DOMParser());
      await job.read('households', 'addresses.csv', bytes(householdFile));
      await job.check({ address: 0, gridCode: 1, registeredResidents: 2 }, 'wgs84');
      // another address arrives: the check reads all households, but this plan is unchanged
      await dexieLocalStore(db).applyPage(
        [{ entity: 'households', id: uuid(22), seq: 1, version: 1, row: household(22, '金尚路10号') }],
        1,
      );
      const outcome = await job.apply(actor, 'addresses.csv', {});
      expect(outcome.status).toBe('applied');
      expect(await db.households.count()).toBe(2);
      expect(await db.outbox.count()).toBe(1);
    } finally {
      db.close();
    }
  });
});
