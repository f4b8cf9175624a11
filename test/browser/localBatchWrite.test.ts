/**
 * The batch write of a file import against real IndexedDB (Chromium): a batch commits rows,
 * continuous outbox seqs, server-copy records, one audit entry and correct aggregates
 * together; a row its schema refuses in the middle, a cancel between chunks, or a role that
 * may not make one of the changes leaves every table exactly as it was.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { GridroomDb } from '#renderer/db/database';
import { writeLocalChange } from '#renderer/sync/localWrite';
import { BatchAbortedError, writeLocalChanges, type BatchWrite } from '#renderer/sync/localBatchWrite';
import { RoleForbiddenError } from '#common/domain/rolePolicy';
import { LocalChangeError } from '#common/sync/localChange';

const name = `gridroom-batch-${Math.random().toString(36).slice(2)}`;
let db: GridroomDb;

beforeEach(async () => {
  db = new GridroomDb(name);
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const GRIDS = [uuid(900_001), uuid(900_002), uuid(900_003)];
const actor = { madeBy: '值班台-1', workstation: '值班台-1' };
const audit = { entity: 'households', entityId: 'test.csv', after: { fileName: 'test.csv' } };

function household(n: number, grid = GRIDS[n % GRIDS.length]!) {
  return {
    gridId: grid,
    address: `测试路${n}号`,
    building: '1',
    unit: '1',
    room: String(100 + (n % 50)),
    point: [118.1 + n * 1e-6, 24.5] as [number, number],
    registeredResidents: n % 5,
  };
}

const creates = (from: number, count: number): BatchWrite[] =>
  Array.from({ length: count }, (_, i) => ({
    entity: 'households' as const,
    id: uuid(from + i),
    patch: household(from + i),
  }));

const tables = ['households', 'outbox', 'meta', 'audit', 'gridStats', 'officers'] as const;

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of tables) out[t] = await db.table(t).toArray();
  return out;
}

/** Households per grid counted straight from the rows (not through the app's aggregate code). */
async function countsPerGrid(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const h of await db.households.toArray())
    if (!h.deleted) counts[h.gridId] = (counts[h.gridId] ?? 0) + 1;
  return counts;
}

async function seeded(): Promise<void> {
  // two changes through the single-write path: the seq counter and aggregates exist already
  for (const w of creates(1, 2)) await writeLocalChange(db, { ...w, ...actor });
}

describe('writeLocalChanges', () => {
  it('commits rows, continuous seqs, server copies, one audit entry and right aggregates', async () => {
    await seeded();
    const before = await db.outbox.toArray();
    const nextBefore = Math.max(...before.map((m) => m.seq!)) + 1;
    const batch: BatchWrite[] = [
      ...creates(100, 5_000),
      // an update moving a seeded household to another grid, and one that changes nothing
      { entity: 'households', id: uuid(1), patch: { gridId: GRIDS[2]!, registeredResidents: 4 } },
      { entity: 'households', id: uuid(2), patch: { address: household(2).address } },
    ];
    const progress: number[] = [];
    const result = await writeLocalChanges(db, batch, {
      actor,
      audit,
      chunkSize: 1_000,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual({
      created: 5_000,
      updated: 1,
      unchanged: 1,
      seqs: { first: nextBefore, last: nextBefore + 5_000 },
    });
    expect(progress).toEqual([1000, 2000, 3000, 4000, 5000, 5002]);

    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox).toHaveLength(before.length + 5_001);
    outbox.forEach((m, i) => expect(m.seq).toBe(outbox[0]!.seq! + i));
    const seq = await db.meta.get('syncSeq');
    expect(seq?.key === 'syncSeq' && seq.value.next).toBe(nextBefore + 5_001);
    expect(new Set(outbox.map((m) => m.clientId)).size).toBe(1);

    expect(await db.households.count()).toBe(5_002);
    const moved = await db.households.get(uuid(1));
    expect([moved?.gridId, moved?.registeredResidents]).toEqual([GRIDS[2], 4]);
    const created = await db.households.get(uuid(4_321));
    expect(created).toMatchObject({
      ...household(4_321),
      version: 0,
      deleted: false,
      updatedBy: actor.madeBy,
    });

    // every created record has a server copy of "none yet"; the updated one kept its earlier base
    const base = await db.meta.get(`syncBase:households:${uuid(4_321)}`);
    expect(base?.value).toEqual({ row: null });

    const stats = Object.fromEntries((await db.gridStats.toArray()).map((s) => [s.gridId, s.households]));
    expect(stats).toEqual(await countsPerGrid());

    const entries = (await db.audit.toArray()).filter((e) => e.action === 'import');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'households', entityId: 'test.csv', who: actor.madeBy });
    expect(await db.audit.count()).toBe(3);
  });

  it('writes nothing when a row in the middle is invalid', async () => {
    await seeded();
    const before = await snapshot();
    const batch = creates(100, 3_000);
    batch[2_500] = { ...batch[2_500]!, patch: { ...household(2_600), registeredResidents: 99 } };
    await expect(writeLocalChanges(db, batch, { actor, audit, chunkSize: 500 })).rejects.toBeInstanceOf(
      LocalChangeError,
    );
    expect(await snapshot()).toEqual(before);
  });

  it('writes nothing when cancelled between chunks, even after most rows were put', async () => {
    await seeded();
    const before = await snapshot();
    const controller = new AbortController();
    let seen = 0;
    await expect(
      writeLocalChanges(db, creates(100, 4_000), {
        actor,
        audit,
        chunkSize: 1_000,
        signal: controller.signal,
        onProgress: (done) => {
          seen = done;
          if (done >= 3_000) controller.abort();
        },
      }),
    ).rejects.toBeInstanceOf(BatchAbortedError);
    expect(seen).toBe(3_000);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the whole batch before writing when the role may not make one change', async () => {
    await seeded();
    const before = await snapshot();
    const officer = {
      name: '张伟',
      badgeNo: '350101',
      role: 'community',
      phone: '13800000001',
      onDuty: true,
    };
    const batch: BatchWrite[] = [...creates(100, 10), { entity: 'officers', id: uuid(7), patch: officer }];
    await expect(
      writeLocalChanges(db, batch, { actor: { ...actor, role: 'duty-officer' }, audit }),
    ).rejects.toBeInstanceOf(RoleForbiddenError);
    expect(await snapshot()).toEqual(before);
    const chief = await writeLocalChanges(db, batch, { actor: { ...actor, role: 'station-chief' }, audit });
    expect(chief.created).toBe(11);
  });
});
