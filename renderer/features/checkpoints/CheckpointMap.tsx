/** A small station map of the checkpoints: grids by control level and each checkpoint's mode and staffing. */
import { useMemo, useState } from 'react';
import { SituationMap, type MapCheckpoint, type MapLayerVisibility } from '#renderer/map';
import { useDistricts } from '#renderer/map/useDistricts';
import { useMapLabels } from '#renderer/map/useMapLabels';
import { useMapBasemap } from '#renderer/features/basemap';
import type { CheckpointRow } from './checkpointQueries';
import { useMapGrids } from './useCheckpoints';

const layers: MapLayerVisibility = {
  checkpoints: true,
  incidents: false,
  testingSites: false,
  labels: false,
};

export function CheckpointMap({ rows, now }: { rows: readonly CheckpointRow[]; now: number }) {
  const grids = useMapGrids(now);
  const districts = useDistricts();
  const labels = useMapLabels();
  const basemap = useMapBasemap();
  const [selected, setSelected] = useState<string | null>(null);
  const checkpoints = useMemo<MapCheckpoint[]>(
    () =>
      rows.map(({ checkpoint, roster }) => ({
        id: checkpoint.id,
        name: checkpoint.name,
        point: checkpoint.point,
        mode: checkpoint.mode,
        staffedNow: roster.staffedNow,
      })),
    [rows],
  );
  return (
    <div
      style={{ position: 'relative', height: 300, border: '1px solid var(--border, #333)', borderRadius: 4 }}
      data-testid="checkpoint-map"
    >
      {grids ? (
        <SituationMap
          className="map-canvas"
          grids={grids}
          checkpoints={checkpoints}
          incidents={[]}
          testingSites={[]}
          districts={districts}
          colourBy="level"
          layers={layers}
          selectedGridId={selected}
          onSelectGrid={setSelected}
          basemap={basemap}
          fitRequest={0}
          labels={labels}
        />
      ) : null}
    </div>
  );
}
