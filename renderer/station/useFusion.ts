/**
 * The fusion findings, kept current: a Dexie live query watches the tables the findings are
 * computed from (households, visits, pass registrations, control levels, campaigns) and every
 * change asks the fusion worker again. At most one question is in flight; changes arriving
 * meanwhile are folded into one more question after it. A summary for another campaign or
 * another kind of answer (rows or not) is never shown; one for an earlier `at` is, until the
 * new one arrives (the minute tick does not blank a tile).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { createLogger } from '#common/log';
import type { GridroomDb } from '#renderer/db/database';
import { useDb } from '#renderer/shared/DbContext';
import { askFusion } from './askFusion';
import type { FusionRequestOptions, FusionSummary } from './fusionRead';

const log = createLogger('fusion');

/** Reads one count per table: a live query over them re-runs after any write to any of them. */
async function touch(db: GridroomDb): Promise<number> {
  const counts = await Promise.all([
    db.households.count(),
    db.visits.count(),
    db.passRegistrations.count(),
    db.controlLevels.count(),
    db.campaigns.count(),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

export function useFusion(options: FusionRequestOptions | null): FusionSummary | undefined {
  const db = useDb();
  const [held, setHeld] = useState<{ kind: string; summary: FusionSummary } | null>(null);
  const at = options?.at ?? null;
  const campaignId = options?.campaignId ?? null;
  const rows = options?.rows ?? false;
  const kind = options === null ? null : `${campaignId ?? 'active'}|${rows}`;

  useEffect(() => {
    if (at === null || kind === null) return;
    let live = true;
    let running = false;
    let dirty = false;
    const run = async (): Promise<void> => {
      if (running) {
        dirty = true;
        return;
      }
      running = true;
      try {
        do {
          dirty = false;
          const summary = await askFusion(db, { at, campaignId, rows });
          if (live) setHeld({ kind, summary });
        } while (dirty && live);
      } catch (error) {
        log.warn('fusion findings failed', { err: error });
      } finally {
        running = false;
      }
    };
    const subscription = liveQuery(() => touch(db)).subscribe({
      next: () => void run(),
      error: (error: unknown) => log.warn('fusion live query failed', { err: error }),
    });
    return () => {
      live = false;
      subscription.unsubscribe();
    };
  }, [db, at, campaignId, rows, kind]);

  return held !== null && held.kind === kind ? held.summary : undefined;
}
