/**
 * Section 2's map: the SituationMap, non-interactive, fitted to the station, coloured by
 * control level. maplibre draws into a WebGL canvas; on every idle the canvas is captured as a
 * PNG on a white ground (mapSnapshot.ts; the non-interactive map keeps its drawing buffer) and
 * the print shows that image, so
 * the map appears the same in printToPDF, the browser's print and page.pdf(). District
 * outlines are waited for, so the first capture is the final picture.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkpointModes, controlLevels, severities, siteStatuses } from '../../../../common/schemas';
import { SituationMap, type MapLayerVisibility } from '../../../map';
import { checkpointIconId, drawIcon, incidentIconId, siteIconId } from '../../../map/symbolIcons';
import { levelColours } from '../../../theme/palette';
import { useDistricts } from '../../board/useDistricts';
import { useMapLabels } from '../../board/useMapLabels';
import type { ReportMapModels } from './reportMapQuery';
import { snapshotOnPaper } from './mapSnapshot';

const layers: MapLayerVisibility = { checkpoints: true, incidents: true, testingSites: true, labels: true };
const noop = (): void => undefined;

function Icon({ id }: { id: string }) {
  const [src] = useState(() => drawIcon(id).toDataURL());
  return <img src={src} width={14} height={14} alt="" />;
}

function Legend() {
  const labels = useMapLabels();
  return (
    <div className="report-map-legend">
      {controlLevels.map((level) => (
        <span key={level}>
          <i className="swatch" style={{ background: levelColours[level] }} />
          {labels.levelNames[level]}
        </span>
      ))}
      <span>
        <Icon id={checkpointIconId(checkpointModes[0], true)} />
        {labels.layerNames.checkpoints}
      </span>
      <span>
        {severities.map((s) => (
          <Icon key={s} id={incidentIconId(s)} />
        ))}
        {labels.layerNames.incidents}
      </span>
      <span>
        <Icon id={siteIconId(siteStatuses[2])} />
        {labels.layerNames.testingSites}
      </span>
    </div>
  );
}

export function ReportMap(props: { models: ReportMapModels; caption: string; onCaptured(): void }) {
  const labels = useMapLabels();
  const districts = useDistricts();
  // Draw once the district outlines are in (a local asset), so the captured map is final;
  // if they cannot be loaded, draw without them after a moment.
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setWaited(true), 2000);
    return () => window.clearTimeout(timer);
  }, []);
  const drawMap = districts.features.length > 0 || waited;
  const frame = useRef<HTMLDivElement>(null);
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const { onCaptured } = props;
  const expectGrids = props.models.grids.length > 0;
  const onIdle = useCallback(() => {
    const canvas = frame.current?.querySelector('canvas');
    const shot = canvas ? snapshotOnPaper(canvas) : null;
    if (!shot) return;
    setSnapshot(shot.dataUrl);
    // an idle before the grids are drawn does not count as the map being in
    if (!expectGrids || shot.drawnShare > 0.02) onCaptured();
  }, [onCaptured, expectGrids]);
  return (
    <figure className="report-map">
      <div className="report-map-frame" ref={frame}>
        {drawMap ? (
          <SituationMap
            className="report-map-live"
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
        {snapshot ? (
          <img
            className="report-map-snapshot"
            src={snapshot}
            alt={props.caption}
            data-testid="report-map-image"
          />
        ) : null}
      </div>
      <Legend />
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}
