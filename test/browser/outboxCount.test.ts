/**
 * The outbox's live count is one query however many components show it, against real
 * IndexedDB in Chromium: two listeners of the same cache see every change, and each change is
 * counted once (it was once per component: the title bar and the updater each ran their own);
 * the query stops with the last listener.
 */
import { afterEach, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { GridroomDb, type OutboxRow } from '#renderer/db/database';
import { outboxCountStore } from '#renderer/shared/useOutboxCount';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

function freshDb(): GridroomDb {
  const name = `gridroom-outbox-count-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new GridroomDb(name);
}

const change = (n: number): OutboxRow => ({
  clientId: 'workstation-a',
  entity: 'incidents',
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  patch: { status: 'resolved' },
  baseVersion: 1,
  madeBy: 'officer',
  madeAt: n,
});

/** Resolves when `read()` gives `want` (checked on every notification of the store). */
function whenSeen(subscribe: (l: () => void) => () => void, read: () => unknown, want: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (read() !== want) return;
      stop();
      resolve();
    };
    const stop = subscribe(check);
    check();
  });
}

it('two listeners share one count per change, and the query stops with the last', async () => {
  const db = freshDb();
  await db.outbox.bulkAdd([change(1), change(2)]);
  let counted = 0;
  const count = db.outbox.count.bind(db.outbox);
  db.outbox.count = ((...args: Parameters<typeof count>) => {
    counted += 1;
    return count(...args);
  }) as typeof db.outbox.count;

  const first = outboxCountStore(db);
  const second = outboxCountStore(db);
  const seenByFirst: Array<number | undefined> = [];
  const seenBySecond: Array<number | undefined> = [];
  const stopFirst = first.subscribe(() => seenByFirst.push(first.current()));
  const stopSecond = second.subscribe(() => seenBySecond.push(second.current()));
  await whenSeen(first.subscribe, first.current, 2);
  expect(second.current()).toBe(2);
  expect(counted).toBe(1);

  await db.outbox.add(change(3));
  await whenSeen(second.subscribe, second.current, 3);
  expect(first.current()).toBe(3);
  expect(counted).toBe(2);
  expect(seenByFirst).toEqual([2, 3]);
  expect(seenBySecond).toEqual([2, 3]);

  stopFirst();
  stopSecond();
  expect(first.current()).toBeUndefined();
  await db.outbox.add(change(4));
  // a listener coming back starts one query again, which sees the write made in between
  const again = outboxCountStore(db);
  const stopAgain = again.subscribe(() => undefined);
  await whenSeen(again.subscribe, again.current, 4);
  expect(counted).toBe(3);
  stopAgain();
});

it('caches are counted apart', async () => {
  const [a, b] = [freshDb(), freshDb()];
  await a.outbox.add(change(1));
  const [storeA, storeB] = [outboxCountStore(a), outboxCountStore(b)];
  const stops = [storeA.subscribe(() => undefined), storeB.subscribe(() => undefined)];
  await Promise.all([whenSeen(storeA.subscribe, storeA.current, 1), whenSeen(storeB.subscribe, storeB.current, 0)]);
  for (const stop of stops) stop();
});
