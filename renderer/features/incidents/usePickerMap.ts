/**
 * What the small map of the new-incident dialog draws: the station's grids coloured by their
 * level now (the board's own query, so colours agree) and the open incidents, live.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDb } from '#renderer/shared/DbContext';
import type { MapGrid, MapIncident } from '#renderer/map';
import { queryStationPicture } from '#renderer/station/gridStateQuery';
import { toMapGrids } from '#renderer/station/toMapModels';

export function usePickerMap(): { grids: MapGrid[]; incidents: MapIncident[] } | undefined {
  const db = useDb();
  const picture = useLiveQuery(() => queryStationPicture(db, Date.now()), [db]);
  return useMemo(
    () =>
      picture && {
        grids: toMapGrids(picture),
        incidents: picture.openIncidents.map((i) => ({
          id: i.id,
          point: i.point,
          severity: i.severity,
          type: i.type,
        })),
      },
    [picture],
  );
}
