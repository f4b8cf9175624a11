/**
 * Reads the cache straight from IndexedDB in the page, without any of the app's code, so tests
 * can compute figures independently and compare them with what the app shows.
 */
import type { Page } from '@playwright/test';

export async function readTable<T = Record<string, unknown>>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/** Puts a row as-is (bypassing validation) — to plant malformed data. */
export async function putRaw(page: Page, table: string, row: unknown): Promise<void> {
  await page.evaluate(
    ([store, value]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store as string, 'readwrite');
          tx.objectStore(store as string).put(value);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [table, row] as const,
  );
}

/** Rows in a store, counted by IndexedDB itself (a getAll of 200,000 rows would block the page for seconds). */
export async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('gridroom');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(name, 'readonly').objectStore(name).count();
          req.onsuccess = () => {
            open.result.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}
