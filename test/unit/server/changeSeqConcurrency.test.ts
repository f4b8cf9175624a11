/**
 * The pull cursor never skips a late commit (server/sync/changeSeq.ts), proved on real
 * PostgreSQL with concurrent connections (PGlite has one connection and cannot interleave).
 * Deterministic: A draws a seq under the station lock; B must wait for the lock; a pull in
 * between sees neither; commit A, then B; the pull returns both in order. Randomised: many
 * writers committing with random delays (some rolling back) and a poller pulling throughout
 * see every committed seq exactly once, in order. And a control: without the lock, the same
 * interleaving does skip a change — the test can fail.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '#server/db/database';
import { lockStation, nextChangeSeqs } from '#server/sync/changeSeq';
import { pullChanges } from '#server/sync/pull';
import { postgresUrl, POSTGRES_SKIP_REASON, backends, type OpenedDatabase } from './backends';
import { createStation } from './fixtures';

const pg = backends.find((b) => b.name === 'postgres');

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => undefined as void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Inserts one new record at a freshly drawn seq: what a push does, minus the merge. */
async function writeChange(tx: Queryable, stationId: string, lock: boolean): Promise<number> {
  if (lock) await lockStation(tx, stationId);
  const [seq] = await nextChangeSeqs(tx, 1);
  const id = randomUUID();
  await tx.query(
    `INSERT INTO records (entity, id, station_id, version, change_seq, data, deleted, updated_at)
     VALUES ('incidents', $1, $2, 1, $3, $4::jsonb, false, 0)`,
    [id, stationId, seq, JSON.stringify({ id, stationId })],
  );
  return seq ?? 0;
}

async function pulledSeqs(db: Database, stationId: string, after: number): Promise<number[]> {
  const page = await pullChanges(db, stationId, after, 5000);
  if (page.kind !== 'page') throw new Error('unexpected resync');
  return page.changes.map((c) => c.seq);
}

describe.skipIf(!postgresUrl)(
  `change sequence under concurrency (PostgreSQL)${postgresUrl ? '' : ` — skipped: ${POSTGRES_SKIP_REASON}`}`,
  () => {
    let opened: OpenedDatabase;
    let db: Database;
    let stationId: string;

    beforeAll(async () => {
      if (!pg) throw new Error(POSTGRES_SKIP_REASON);
      opened = await pg.open();
      db = opened.db;
      stationId = (await createStation(db)).stationId;
    }, 120_000);
    afterAll(async () => {
      await opened?.cleanup();
    });

    it('makes a second writer wait, and a pull never sees a later seq before an earlier one commits', async () => {
      const cursor = (await pulledSeqs(db, stationId, 0)).at(-1) ?? 0;
      const releaseA = deferred();
      const releaseB = deferred();
      const aHasSeq = deferred();
      let seqA = 0;
      let seqB = 0;
      let bGotSeq = false;
      const a = db.transaction(async (tx) => {
        seqA = await writeChange(tx, stationId, true);
        aHasSeq.resolve();
        await releaseA.promise;
      });
      await aHasSeq.promise;
      const b = db.transaction(async (tx) => {
        seqB = await writeChange(tx, stationId, true);
        bGotSeq = true;
        await releaseB.promise;
      });
      await sleep(200);
      expect(bGotSeq).toBe(false); // B waits on the station lock
      expect(await pulledSeqs(db, stationId, cursor)).toEqual([]);
      releaseA.resolve();
      await a;
      for (let i = 0; i < 100 && !bGotSeq; i++) await sleep(10);
      expect(bGotSeq).toBe(true);
      expect(seqB).toBeGreaterThan(seqA);
      expect(await pulledSeqs(db, stationId, cursor)).toEqual([seqA]);
      releaseB.resolve();
      await b;
      expect(await pulledSeqs(db, stationId, cursor)).toEqual([seqA, seqB]);
    });

    it('control: without the lock, a reader polling between commits skips a change', async () => {
      const other = (await createStation(db)).stationId;
      const cursor0 = (await pulledSeqs(db, other, 0)).at(-1) ?? 0;
      const releaseA = deferred();
      const aHasSeq = deferred();
      let seqA = 0;
      const a = db.transaction(async (tx) => {
        seqA = await writeChange(tx, other, false);
        aHasSeq.resolve();
        await releaseA.promise;
      });
      await aHasSeq.promise;
      const seqB = await db.transaction((tx) => writeChange(tx, other, false));
      const seen = await pulledSeqs(db, other, cursor0);
      expect(seen).toEqual([seqB]);
      releaseA.resolve();
      await a;
      expect(seqA).toBeLessThan(seqB);
      // The poller's cursor is now past seqA: A's change is never served to it.
      expect(await pulledSeqs(db, other, seqB)).toEqual([]);
    });

    it('serves every committed seq exactly once, in order, to a poller racing many writers', async () => {
      const station = (await createStation(db)).stationId;
      const writers = 6;
      const perWriter = 25;
      const committed: number[] = [];
      let rng = 0x2f6e2b1;
      const random = () => (rng = (rng * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      let done = false;
      const seen: number[] = [];
      let cursor = (await pulledSeqs(db, station, 0)).at(-1) ?? 0;
      const poller = (async () => {
        for (;;) {
          const finished = done;
          const page = await pullChanges(db, station, cursor, 7);
          if (page.kind !== 'page') throw new Error('unexpected resync');
          seen.push(...page.changes.map((c) => c.seq));
          cursor = page.nextCursor;
          if (finished && !page.hasMore) return;
          if (!page.hasMore) await sleep(1);
        }
      })();
      await Promise.all(
        Array.from({ length: writers }, async () => {
          for (let i = 0; i < perWriter; i++) {
            const rollback = random() < 0.15;
            const pause = Math.floor(random() * 8);
            try {
              const seq = await db.transaction(async (tx) => {
                const s = await writeChange(tx, station, true);
                await sleep(pause);
                if (rollback) throw new Error('rollback');
                return s;
              });
              committed.push(seq);
            } catch (error) {
              if (!(error instanceof Error) || error.message !== 'rollback') throw error;
            }
            await sleep(Math.floor(random() * 3));
          }
        }),
      );
      done = true;
      await poller;
      committed.sort((a, b) => a - b);
      expect(committed.length).toBeGreaterThan(writers * perWriter * 0.6);
      expect(seen).toEqual(committed);
    }, 60_000);
  },
);
