/**
 * The district outlines drawn as the map's context layer (assets/geo, WGS-84), fetched once
 * from the app's own files — no network beyond the app's origin.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import districtsUrl from '../../assets/geo/xiamen-districts.geojson?url';
import type { DistrictCollection } from '.';

const collectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });
const empty: DistrictCollection = { type: 'FeatureCollection', features: [] };
let cached: Promise<DistrictCollection> | null = null;

function loadDistricts(): Promise<DistrictCollection> {
  cached ??= fetch(districtsUrl)
    .then((r) => r.json())
    .then((json: unknown) =>
      collectionSchema.safeParse(json).success ? (json as DistrictCollection) : empty,
    )
    .catch(() => empty);
  return cached;
}

/** The outlines once loaded, `null` before (for a print that must not go out without them). */
export function useLoadedDistricts(): DistrictCollection | null {
  const [districts, setDistricts] = useState<DistrictCollection | null>(null);
  useEffect(() => {
    let live = true;
    void loadDistricts().then((d) => live && setDistricts(d));
    return () => {
      live = false;
    };
  }, []);
  return districts;
}

/** The outlines, empty until loaded (a map draws them when they come). */
export function useDistricts(): DistrictCollection {
  return useLoadedDistricts() ?? empty;
}
