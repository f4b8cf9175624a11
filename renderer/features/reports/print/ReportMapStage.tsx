/**
 * Where the report's map is drawn: the SituationMap, non-interactive, fitted to the station,
 * coloured by control level, kept off screen at the printed size. Once an 'idle' shows the
 * grids drawn (not an earlier, empty one), the canvas is captured on a white ground
 * (mapSnapshot.ts; the non-interactive map keeps its drawing buffer) and handed up; the
 * document prints that image, the same in printToPDF, the browser's print and page.pdf().
 * District outlines are waited for, so the capture is the final picture.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { SituationMap, type MapLayerVisibility } from '../../../map';
import { useDistricts } from '../../board/useDistricts';
import { useMapLabels } from '../../board/useMapLabels';
import { drawnShare, snapshotOnPaper } from './mapSnapshot';
import type { ReportMapModels } from './reportMapQuery';

const layers: MapLayerVisibility = { checkpoints: true, incidents: true, testingSites: true, labels: true };
const noop = (): void => undefined;

export function ReportMapStage(props: { models: ReportMapModels; onSnapshot(dataUrl: string): void }) {
  const labels = useMapLabels();
  const districts = useDistricts();
  const frame = useRef<HTMLDivElement>(null);
  // Draw once the district outlines are in (a local asset); without them after a moment.
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setWaited(true), 2000);
    return () => window.clearTimeout(timer);
  }, []);
  const drawMap = districts.features.length > 0 || waited;
  const expectGrids = props.models.grids.length > 0;
  const { onSnapshot } = props;
  const onIdle = useCallback(() => {
    const canvas = frame.current?.querySelector('canvas');
    if (!canvas) return;
    // an idle before the grids are drawn does not count as the map being in
    if (expectGrids && drawnShare(canvas) < 0.02) return;
    const shot = snapshotOnPaper(canvas);
    if (shot) onSnapshot(shot);
  }, [onSnapshot, expectGrids]);
  return (
    <div className="report-map-stage" ref={frame} aria-hidden="true">
      {drawMap ? (
        <SituationMap
          grids={props.models.grids}
          checkpoints={props.models.checkpoints}
          incidents={props.models.incidents}
          testingSites={props.models.testingSites}
          districts={districts}
          colourBy="level"
          layers={layers}
          selectedGridId={null}
          onSelectGrid={noop}
          basemap={null}
          fitRequest={0}
          labels={labels}
          interactive={false}
          onIdle={onIdle}
        />
      ) : null}
    </div>
  );
}
