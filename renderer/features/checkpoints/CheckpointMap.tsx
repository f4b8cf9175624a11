/** A small station map of the checkpoints: grids by control level and each checkpoint's mode and staffing. */
import { useMemo, useState } from 'react';
import type { MapCheckpoint } from '#renderer/map';
import { StationMap } from '#renderer/features/basemap';
import type { CheckpointRow } from './checkpointQueries';
import { useMapGrids } from './useCheckpoints';

const layers = { labels: false };

export function CheckpointMap({ rows, now }: { rows: readonly CheckpointRow[]; now: number }) {
  const grids = useMapGrids(now);
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
        <StationMap
          className="map-canvas"
          grids={grids}
          checkpoints={checkpoints}
          layers={layers}
          selectedGridId={selected}
          onSelectGrid={setSelected}
        />
      ) : null}
    </div>
  );
}
