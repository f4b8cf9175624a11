/**
 * The map's grids with their control levels as of a past moment (the board's time slider):
 * reads the whole level history live, indexes it once, and asks `levelsAt` for the instant.
 * With `asOf` null the grids pass through unchanged (the board's own levels at `now`).
 * Exposes `{ asOf, levels }` to the test bridge as `levelsAsOf` so e2e tests can check what
 * the map is fed.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { indexLevelHistory } from '#common/domain/controlLevelAt';
import { levelsAt } from '#common/domain/levelTimeline';
import { controlLevelChangeSchema } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { expose } from '#renderer/shared/testBridge';
import { validRows } from '#renderer/db/validRows';
import type { MapGrid } from '#renderer/map';

export function useGridsAsOf(grids: MapGrid[], asOf: number | null): MapGrid[] {
  const db = useDb();
  const index = useLiveQuery(async () => {
    if (asOf === null) return null;
    const rows = validRows('controlLevels', await db.controlLevels.toArray(), controlLevelChangeSchema).rows;
    return indexLevelHistory(rows);
  }, [db, asOf === null]);
  const shown = useMemo(() => {
    if (asOf === null || !index) return grids;
    const levels = levelsAt(
      index,
      grids.map((g) => g.id),
      asOf,
    );
    return grids.map((g) => ({ ...g, level: levels.get(g.id)?.level ?? 'normal' }));
  }, [grids, asOf, index]);
  useEffect(() => {
    expose('levelsAsOf', { asOf, levels: Object.fromEntries(shown.map((g) => [g.id, g.level])) });
  }, [asOf, shown]);
  return shown;
}
