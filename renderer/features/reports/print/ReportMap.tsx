/**
 * Section 2's figure: the captured map image (ReportMapStage draws it), a compact legend in the
 * map's own colours and symbols, and a caption saying what is shown and as of when.
 */
import { useState } from 'react';
import { checkpointModes, controlLevels, severities, siteStatuses } from '../../../../common/schemas';
import { checkpointIconId, drawIcon, incidentIconId, siteIconId } from '../../../map/symbolIcons';
import { levelColours } from '../../../theme/palette';
import { useMapLabels } from '../../board/useMapLabels';

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

export function ReportMap(props: { image: string | null; caption: string }) {
  return (
    <figure className="report-map">
      <div className="report-map-frame">
        {props.image ? (
          <img
            className="report-map-snapshot"
            src={props.image}
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
