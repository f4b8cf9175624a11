/**
 * The board's live data: each part is a Dexie live query, so the board updates by itself when
 * the cache changes (a sync, another window, a form). `now` ticks every minute so "staffed
 * now" and "today" stay true through the night.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import { queryStationPicture, type StationPicture } from './gridStateQuery';
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
  const picture = useLiveQuery(() => queryStationPicture(db, now), [db, now]);
  const points = useLiveQuery(() => queryStationPoints(db, now), [db, now]);
  const today = useLiveQuery(() => queryTodayFindings(db, now), [db, now]);
  const hourly = useLiveQuery(() => queryIncidentsByHour(db, now), [db, now]);
  const scope = useMemo(() => {
    const inScope = picture?.grids.filter((g) => g.inCampaign) ?? [];
    return {
      ids: new Set(inScope.map((g) => g.grid.id)),
      total: inScope.reduce((n, g) => n + g.households, 0),
    };
  }, [picture]);
  const burnUp = useLiveQuery(
    () => queryBurnUp(db, picture?.campaign ?? null, scope.ids, scope.total, now),
    [db, picture?.campaign, scope, now],
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
