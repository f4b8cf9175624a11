/**
 * Cache schema v4 in the app, on a real cache: the station demo's cache is rewritten as a v3
 * cache (same rows, v3's indexes, no derived keys) holding one grid code twice, as a sync from
 * two offline workstations could leave it; the app opens it, upgrades it and shows the board,
 * nothing is lost, both grids are listed, and the unique index holds the code once — the
 * other grid under its suffixed key.
 */
import { expect, test } from './support/stationFixture';
import { SCHEMA_V3 } from '#renderer/db/schema';
import { BoardPage } from './pages/BoardPage';
import { readTable } from './support/rawCache';
import { liveGrids, type Row } from './support/importFiles';

const DUPLICATE = '00000000-0000-4000-8000-0000000d0b1e';

test('a v3 cache holding a duplicate grid code upgrades without losing a row', async ({ loadedPage: page }) => {
  test.setTimeout(300_000); // the whole cache is read and written again as v3, then upgraded
  const board = await BoardPage.open(page, '/?demo=station');
  await board.waitForBoard();
  const [grids, households] = await Promise.all([readTable(page, 'grids'), readTable(page, 'households')]);
  const twin: Row = { ...liveGrids(grids)[0]!, id: DUPLICATE, name: '同步来的同编码网格' };
  delete twin.codeKey;

  // the app's connections close on the delete; the cache comes back as v3 (Dexie v3 = IndexedDB 30)
  await page.evaluate(
    async ([stores, extra]) => {
      const ask = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const current = await ask(indexedDB.open('gridroom'));
      const names = [...current.objectStoreNames];
      const read = current.transaction(names, 'readonly');
      const data = Object.fromEntries(
        await Promise.all(names.map(async (n) => [n, await ask(read.objectStore(n).getAll())] as const)),
      );
      current.close();
      await ask(indexedDB.deleteDatabase('gridroom'));
      const keyPath = (p: string) => (p.startsWith('[') ? p.slice(1, -1).split('+') : p);
      const open = indexedDB.open('gridroom', 30);
      open.onupgradeneeded = () => {
        for (const [name, spec] of Object.entries(stores)) {
          const [pk, ...indexes] = spec.split(',').map((s) => s.trim());
          const store = open.result.createObjectStore(name, {
            keyPath: keyPath(pk!.replace('++', '')),
            autoIncrement: pk!.startsWith('++'),
          });
          for (const i of indexes)
            store.createIndex(i.replace('&', ''), keyPath(i.replace('&', '')), { unique: i.startsWith('&') });
        }
      };
      const v3 = await ask(open);
      const write = v3.transaction(Object.keys(stores), 'readwrite');
      // tables of later versions (v5's pass registrations, gate checks, handovers) had no v3 store
      for (const [name, rows] of Object.entries(data).filter(([n]) => Object.hasOwn(stores, n)))
        for (const row of rows as Record<string, unknown>[]) {
          delete row.codeKey;
          delete row.addressKey;
          write.objectStore(name).put(row);
        }
      write.objectStore('grids').put(extra);
      await new Promise((resolve) => (write.oncomplete = resolve));
      v3.close();
    },
    [SCHEMA_V3.stores as Record<string, string>, twin] as const,
  );

  await page.reload();
  await board.waitForBoard();
  const after = await readTable(page, 'grids');
  expect(after).toHaveLength(grids.length + 1);
  expect(await readTable(page, 'households')).toHaveLength(households.length);
  const sameCode = after
    .filter((g) => g.code === twin.code)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
  expect(sameCode.map((g) => g.id)).toEqual([twin.id, String(liveGrids(grids)[0]!.id)].sort());
  // the first by id holds the code in the unique index; the other keeps it with its id appended
  expect(sameCode.map((g) => g.codeKey)).toEqual([
    twin.code,
    `${String(twin.code)}\u001f${String(sameCode[1]!.id)}`,
  ]);

  await page.getByRole('menuitem', { name: '网格' }).click();
  await page.getByPlaceholder('搜索编号、名称、社区').fill(String(twin.code));
  await expect(page.locator('.ant-table-row')).toHaveCount(2);
  await page.screenshot({ path: 'test/out/screens/cache-upgrade-duplicate-code.png' });
});
