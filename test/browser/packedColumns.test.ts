/**
 * A packed block (renderer/db/packedColumns.ts) survives real IndexedDB in Chromium: stored as
 * one record, read back from a reopened database, it unpacks to the very rows packed, its typed
 * arrays still typed arrays (structured clone keeps them, so the shape check passes).
 */
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '#common/demo';
import { packColumns, unpackColumns } from '#renderer/db/packedColumns';
import { householdColumns, visitColumns } from '#renderer/db/packedColumnSpecs';

const NAME = 'gridroom-packed-columns';
const stores = { blocks: 'key' };

async function open(): Promise<Dexie> {
  const db = new Dexie(NAME);
  db.version(1).stores(stores);
  await db.open();
  return db;
}

afterAll(() => Dexie.delete(NAME));

describe('a packed block in IndexedDB', () => {
  it('reads back, after the database is reopened, as the rows packed', async () => {
    const data = await generateDemoData({ size: 'station', now: Date.UTC(2026, 11, 7, 2) });
    const gridId = data.households[0]?.gridId;
    const households = data.households.filter((h) => h.gridId === gridId);
    const visits = data.visits.filter((v) => v.gridId === gridId);
    expect(households.length).toBeGreaterThan(50);
    expect(visits.length).toBeGreaterThan(10);
    await Dexie.delete(NAME);
    const db = await open();
    await db.table('blocks').bulkPut([
      { key: `h|${gridId}`, body: packColumns(householdColumns, households) },
      { key: `v|${gridId}`, body: packColumns(visitColumns, visits) },
    ]);
    db.close();
    const again = await open();
    const h = (await again.table('blocks').get(`h|${gridId}`)) as { body: unknown };
    const v = (await again.table('blocks').get(`v|${gridId}`)) as { body: unknown };
    again.close();
    expect(unpackColumns(householdColumns, h.body)).toEqual(households);
    expect(unpackColumns(visitColumns, v.body)).toEqual(visits);
  });
});
