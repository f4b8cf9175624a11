/**
 * A cache that can't be used gives a clear message and an offer to rebuild — never a blank
 * window. The broken database is planted by an init script whose open request is queued
 * before the app's (IndexedDB serves open requests for one name in order).
 */
import { expect, test } from './support/stationFixture';
import { BoardPage } from './pages/BoardPage';

/** Plants a database before the app opens its own; `schemaVersion` is written to meta like the app does. */
async function plant(page: import('@playwright/test').Page, version: number, stores: string[], schemaVersion?: number) {
  await page.addInitScript(
    ([v, names, schema]) => {
      if (sessionStorage.getItem('planted')) return;
      sessionStorage.setItem('planted', '1');
      const req = indexedDB.open('gridroom', v as number);
      req.onupgradeneeded = () => {
        for (const name of names as string[]) {
          const store = req.result.createObjectStore(name, name === 'meta' ? { keyPath: 'key' } : undefined);
          if (name === 'meta' && schema) store.put({ key: 'schema', value: { version: schema } });
        }
      };
      req.onsuccess = () => req.result.close();
    },
    [version, stores, schemaVersion ?? 0] as const,
  );
}

test('a cache written by a newer version is explained and can be rebuilt', async ({ diskPage: page }) => {
  await plant(page, 990, ['meta', 'grids', 'somethingNew'], 99);
  const board = await BoardPage.open(page);
  await expect(page.getByTestId('cache-failed')).toBeVisible();
  await expect(page.getByTestId('cache-failed-reason')).toHaveText('本地缓存来自更新版本的网格态势室，当前版本无法读取。');
  await page.screenshot({ path: 'test/out/screens/cache-failed-newer.png' });
  await page.getByTestId('cache-rebuild').click();
  await board.waitForBoard();
  await expect(page.getByTestId('station-name')).toHaveText('禾山派出所');
});

test('a cache with a broken structure is explained and can be rebuilt', async ({ diskPage: page }) => {
  await plant(page, 10, ['grids']);
  const board = await BoardPage.open(page);
  await expect(page.getByTestId('cache-failed')).toBeVisible();
  await expect(page.getByTestId('cache-failed-reason')).toHaveText('本地缓存结构已损坏或来自旧版本。');
  await page.getByTestId('cache-rebuild').click();
  await board.waitForBoard();
});
