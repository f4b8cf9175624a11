/**
 * Section 2's figure: the vector map (ReportMapSvg), a compact legend in the map's own colours
 * and symbols, and a caption saying what is shown and as of when.
 */
import { checkpointModes, controlLevels, severities, siteStatuses } from '#common/schemas';
import type { DistrictCollection } from '#renderer/map';
import { checkpointIconId, incidentIconId, siteIconId } from '#renderer/map/symbolIcons';
import { levelColours } from '#renderer/theme/palette';
import { useMapLabels } from '#renderer/map/useMapLabels';
import { iconUrl } from './iconUrl';
import { ReportMapSvg } from './ReportMapSvg';
import type { ReportMapModels } from './reportMapModels';

/** What the report's map draws: the day's models and the district outlines around them. */
export interface ReportMapData {
  models: ReportMapModels;
  districts: DistrictCollection;
}

function Icon({ id }: { id: string }) {
  return <img src={iconUrl(id)} width={14} height={14} alt="" />;
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

export function ReportMap(props: { map: ReportMapData | null; caption: string }) {
  return (
    <figure className="report-map">
      <div className="report-map-frame">
        {props.map ? (
          <ReportMapSvg models={props.map.models} districts={props.map.districts} title={props.caption} />
        ) : null}
      </div>
      <Legend />
      <figcaption>{props.caption}</figcaption>
    </figure>
  );
}
