/**
 * Live reads for the grid forms: one grid's level history (newest first), and the station's
 * grids, officers and load limit for the one-grid-one-officer warnings.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import {
  controlLevelChangeSchema,
  gridSchema,
  officerSchema,
  stationSchema,
  type ControlLevelChange,
  type Grid,
  type Officer,
} from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { validRows } from '#renderer/db/validRows';

export function useLevelHistory(gridId: string | null): ControlLevelChange[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (gridId === null) return [];
    const rows = await db.controlLevels.where('gridId').equals(gridId).toArray();
    return validRows('controlLevels', rows, controlLevelChangeSchema)
      .rows.filter((r) => !r.deleted)
      .sort((a, b) => b.from - a.from);
  }, [db, gridId]);
}

export interface StaffingFacts {
  grids: Grid[];
  officers: Officer[];
  gridLoadLimit: number;
}

export function useStaffingFacts(): StaffingFacts | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [grids, officers, stations] = await Promise.all([
      db.grids.toArray(),
      db.officers.toArray(),
      db.stations.toArray(),
    ]);
    const station = validRows('stations', stations, stationSchema).rows[0];
    return {
      grids: validRows('grids', grids, gridSchema).rows,
      officers: validRows('officers', officers, officerSchema).rows.filter((o) => !o.deleted),
      gridLoadLimit: station?.gridLoadLimit ?? 3,
    };
  }, [db]);
}
