/**
 * The board's live data: each part is a Dexie live query, so the board updates by itself when
 * the cache changes (a sync, another window, a form). `now` ticks every minute so "staffed
 * now" and "today" stay true through the night.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { dayOf, startOfDay } from '#common/domain/time';
import { useDb } from '#renderer/shared/DbContext';
import { useHeldQuery } from './useHeldQuery';
import {
  queryGridsPicture,
  queryOpenIncidents,
  withOpenIncidents,
  type StationPicture,
} from './gridStateQuery';
import { queryIncidentsByHour, type HourBucket } from './incidentsQuery';
import { computeKpis, type Kpis } from './kpis';
import { queryStationPoints, type StationPoints } from './pointsQuery';
import { queryBurnUp, queryTodayFindings, type BurnUpDay } from './sweepQuery';
import type { RowProblem } from '#renderer/db/validRows';

export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export interface BoardData {
  picture: StationPicture;
  points: StationPoints;
  kpis: Kpis;
  burnUp: BurnUpDay[];
  incidentsByHour: HourBucket[];
  problems: RowProblem[];
}

export function useBoardData(now: number): BoardData | undefined {
  const db = useDb();
  // Each part is asked again when the clock passes what it depends on (held queries) or its
  // day changes, and whenever a table it reads changes — not on every minute tick.
  const day = dayOf(now);
  // The picture in two halves: an incident edit (the busiest table) re-reads only the open
  // incidents, not 725 grids with their outlines, levels and aggregates.
  const grids = useHeldQuery('picture', now, (at) => queryGridsPicture(db, at), [db]);
  const open = useLiveQuery(() => queryOpenIncidents(db), [db]);
  const picture = useMemo(() => (grids && open ? withOpenIncidents(grids, open) : undefined), [grids, open]);
  const points = useHeldQuery('points', now, (at) => queryStationPoints(db, at), [db]);
  const hourly = useHeldQuery('hourly', now, (at) => queryIncidentsByHour(db, at), [db]);
  const today = useLiveQuery(() => queryTodayFindings(db, startOfDay(day)), [db, day]);
  // from the grids half, so an incident edit does not re-read the campaign's aggregates
  const scope = useMemo(() => {
    const inScope = grids?.grids.filter((g) => g.inCampaign) ?? [];
    return {
      ids: new Set(inScope.map((g) => g.grid.id)),
      total: inScope.reduce((n, g) => n + g.households, 0),
    };
  }, [grids]);
  // the burn-up's last day is today's (or the campaign's end): it moves with the day
  const burnUp = useLiveQuery(
    () => queryBurnUp(db, grids?.campaign ?? null, scope.ids, scope.total, startOfDay(day)),
    [db, grids?.campaign, scope, day],
  );
  return useMemo(() => {
    if (!picture || !points || !today || !hourly || !burnUp) return undefined;
    return {
      picture,
      points,
      kpis: computeKpis(picture, points, today),
      burnUp,
      incidentsByHour: hourly.buckets,
      problems: [...picture.problems, ...points.problems, ...hourly.problems],
    };
  }, [picture, points, today, hourly, burnUp]);
}
