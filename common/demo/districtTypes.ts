/** Shape of one embedded district outline (a GeoJSON Feature, WGS-84, land only). */
import type { AreaGeometry } from '../schemas/geometry';

export interface DistrictOutline {
  type: 'Feature';
  properties: { name: string; nameEn: string; adcode: number };
  geometry: AreaGeometry;
}
