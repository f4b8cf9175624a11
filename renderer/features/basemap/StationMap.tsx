/**
 * The situation map as the app's screens show it: the station's district outlines, the map's
 * words in the app's language and this workstation's basemap are filled in, so a screen passes
 * only what it draws (grids, points, layers, selection…). Any prop given wins.
 */
import { SituationMap, type SituationMapProps } from '#renderer/map';
import { useDistricts } from '#renderer/map/useDistricts';
import { useMapLabels } from '#renderer/map/useMapLabels';
import { useMapBasemap } from './useMapBasemap';

export type StationMapProps = Omit<SituationMapProps, 'labels'> & Partial<Pick<SituationMapProps, 'labels'>>;

export function StationMap(props: StationMapProps) {
  const districts = useDistricts();
  const labels = useMapLabels();
  const basemap = useMapBasemap();
  return <SituationMap districts={districts} labels={labels} basemap={basemap} {...props} />;
}
