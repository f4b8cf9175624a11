/**
 * The fusion findings, kept current without flooding the cache. Each answer reads every
 * household, the campaign's visits and every pass registration (a district: ~500,000 records,
 * seconds of IndexedDB's one backend sequence, during which every other read and write of the
 * workstation waits: the sync's pulled pages, a visit's save). So:
 * - **data**: a Dexie live query watches the tables the findings are computed from
 *   (households, visits, pass registrations, control levels, campaigns); a change asks again;
 * - **time**: passes expire and levels change by the clock, so a summary older than
 *   `FUSION_TIME_STEP_MS` is asked again at the caller's `at` — not at every minute tick;
 * - **at most one question in flight**, and after one that took d ms the next waits until 2·d
 *   has passed since it ended: the findings take at most a third of the backend's time, however
 *   fast changes arrive (a visit a second, a sync). Changes meanwhile fold into that question.
 * A summary for another campaign or another kind of answer (rows or not) is never shown; one
 * for an earlier `at` is, until the new one arrives (the tile is never blanked by the clock).
 * Each question is a `fusion:ask` performance mark and test signal.
 */
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'react';
import { createLogger } from '#common/log';
import type { GridroomDb } from '#renderer/db/database';
import { countHouseholds, countVisits } from '#renderer/db/householdsAndVisits';
import { useDb } from '#renderer/shared/DbContext';
import { signal } from '#renderer/shared/testBridge';
import { askFusion } from './askFusion';
import type { FusionRequestOptions, FusionSummary } from './fusionRead';

const log = createLogger('fusion');

/** How old (in the caller's clock) a summary may grow before the clock alone asks again. */
export const FUSION_TIME_STEP_MS = 5 * 60_000;
/** After a question of d ms, the next starts no sooner than this many d after it ended. */
const REST_FACTOR = 2;

/** Reads one count per table: a live query over them re-runs after any write to any of them. */
async function touch(db: GridroomDb): Promise<number> {
  const counts = await Promise.all([
    countHouseholds(db),
    countVisits(db),
    db.passRegistrations.count(),
    db.controlLevels.count(),
    db.campaigns.count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/** Whether the clock alone asks again: `at` moved a time step past the summary's (or back). */
function isDueByClock(summaryAt: number, at: number): boolean {
  return at - summaryAt >= FUSION_TIME_STEP_MS || at < summaryAt;
}

export function useFusion(options: FusionRequestOptions | null): FusionSummary | undefined {
  const db = useDb();
  const [held, setHeld] = useState<{ kind: string; summary: FusionSummary } | null>(null);
  const at = options?.at ?? null;
  const campaignId = options?.campaignId ?? null;
  const rows = options?.rows ?? false;
  const kind = options === null ? null : `${campaignId ?? 'active'}|${rows}`;
  // the latest `at` the caller gave: a question asks at it, whenever it starts
  const latestAt = useRef(at);
  useEffect(() => {
    latestAt.current = at;
  }, [at]);
  const ask = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (kind === null) return;
    let live = true;
    let running = false;
    let dirty = false;
    let restUntil = 0;
    let timer: number | undefined;
    const run = async (): Promise<void> => {
      if (running || timer !== undefined) {
        dirty = true;
        return;
      }
      const wait = restUntil - performance.now();
      if (wait > 0) {
        timer = window.setTimeout(() => {
          timer = undefined;
          void run();
        }, wait);
        return;
      }
      const asked = latestAt.current;
      if (asked === null) return;
      running = true;
      dirty = false;
      const started = performance.now();
      // DevTools' timings and the e2e's count of questions
      performance.mark('fusion:ask');
      signal('fusion:ask');
      try {
        const summary = await askFusion(db, { at: asked, campaignId, rows });
        if (live) setHeld({ kind, summary });
      } catch (error) {
        log.warn('fusion findings failed', { err: error });
      } finally {
        running = false;
        const ended = performance.now();
        restUntil = ended + REST_FACTOR * (ended - started);
      }
      if (dirty && live) void run();
    };
    ask.current = () => void run();
    const subscription = liveQuery(() => touch(db)).subscribe({
      next: () => void run(),
      error: (error: unknown) => log.warn('fusion live query failed', { err: error }),
    });
    return () => {
      live = false;
      ask.current = null;
      window.clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [db, campaignId, rows, kind]);

  const shown = held !== null && held.kind === kind ? held.summary : undefined;
  // the clock: ask again once the shown summary is a time step old
  const shownAt = shown?.at ?? null;
  useEffect(() => {
    if (at !== null && shownAt !== null && isDueByClock(shownAt, at)) ask.current?.();
  }, [at, shownAt]);

  return shown;
}
