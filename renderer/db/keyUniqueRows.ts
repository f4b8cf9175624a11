/**
 * Cache schema v4's upgrade: every grid and household is put again so the unique-keys
 * middleware (uniqueKeys.ts) stamps its derived key. Rows go in id order, in chunks (a
 * district holds ~200,000 households); where rows already share a key — from sync or an old
 * import — the first by id keeps the plain key and the rest are kept under a suffixed key.
 * No row is changed otherwise, none is dropped, and a duplicate cannot fail the upgrade.
 */
import type { Transaction } from 'dexie';

const CHUNK = 5000;

export async function keyUniqueRows(tx: Transaction): Promise<void> {
  for (const name of ['grids', 'households']) {
    const table = tx.table(name);
    const ids = (await table.toCollection().primaryKeys()) as string[];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows = await table.bulkGet(ids.slice(start, start + CHUNK));
      await table.bulkPut(rows.filter((r) => r !== undefined));
    }
  }
}
