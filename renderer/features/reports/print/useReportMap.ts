/**
 * What the report's map draws: the day's models (from the report's build) and the district
 * outlines. `null` until both are in, so a print never goes out without them.
 */
import { useMemo } from 'react';
import { useLoadedDistricts } from '#renderer/map/useDistricts';
import type { ReportMapData } from './ReportMap';
import type { ReportMapModels } from './reportMapModels';

export function useReportMap(models: ReportMapModels | null | undefined): ReportMapData | null {
  const districts = useLoadedDistricts();
  return useMemo(() => (models && districts ? { models, districts } : null), [models, districts]);
}
