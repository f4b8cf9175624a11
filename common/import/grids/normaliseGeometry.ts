/**
 * Brings a raw feature's geometry to what the stored schema describes, at read time, without
 * loosening that schema: positions keep only longitude and latitude (KML exporters write
 * `lng,lat,0`, GeoJSON may carry an altitude and a measure), a repeated position straight after
 * itself is dropped, and a GeometryCollection of polygons (KML's <MultiGeometry>; ArcGIS adds a
 * label <Point> beside the polygon) becomes one MultiPolygon, the label points dropped. Anything it does not recognise is left as found, for the checks to
 * name. Counts what it changed, so the reader can say so once for the whole file.
 */

export interface NormaliseCounts {
  /** Positions that had a third value (altitude, or a measure in a 3-value position). */
  extraDimension: number;
  /** Positions that had a fourth value (a measure). */
  measure: number;
  /** Positions dropped because they repeat the one before. */
  repeated: number;
}

export const emptyCounts = (): NormaliseCounts => ({ extraDimension: 0, measure: 0, repeated: 0 });

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isPosition = (v: unknown): v is unknown[] =>
  Array.isArray(v) && v.length >= 2 && !Array.isArray(v[0]) && !Array.isArray(v[1]);

/** A position cut to [lng, lat]; a non-position is returned as it is. */
function flat(p: unknown, counts: NormaliseCounts): unknown {
  if (!isPosition(p) || p.length <= 2) return p;
  counts.extraDimension += 1;
  if (p.length >= 4) counts.measure += 1;
  return [p[0], p[1]];
}

function ring(r: unknown, counts: NormaliseCounts): unknown {
  if (!Array.isArray(r)) return r;
  const out: unknown[] = [];
  for (const raw of r) {
    const p = flat(raw, counts);
    const prev = out[out.length - 1];
    if (isPosition(p) && isPosition(prev) && p[0] === prev[0] && p[1] === prev[1]) {
      counts.repeated += 1;
      continue;
    }
    out.push(p);
  }
  return out;
}

const rings = (poly: unknown, counts: NormaliseCounts) =>
  Array.isArray(poly) ? poly.map((r) => ring(r, counts)) : poly;

/** Any depth of nested positions, cut to 2D (for points and lines, which are refused later anyway). */
function deep(node: unknown, counts: NormaliseCounts): unknown {
  if (isPosition(node)) return flat(node, counts);
  return Array.isArray(node) ? node.map((n) => deep(n, counts)) : node;
}

export function normaliseGeometry(geometry: unknown, counts: NormaliseCounts): unknown {
  if (!isObj(geometry)) return geometry;
  const { type, coordinates } = geometry;
  if (type === 'Polygon') return { type, coordinates: rings(coordinates, counts) };
  if (type === 'MultiPolygon')
    return {
      type,
      coordinates: Array.isArray(coordinates) ? coordinates.map((p) => rings(p, counts)) : coordinates,
    };
  if (type === 'GeometryCollection' && Array.isArray(geometry.geometries)) {
    const parts = geometry.geometries.map((g) => normaliseGeometry(g, counts));
    const areas = parts.filter(isObj).filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
    const labels = parts.filter(isObj).filter((g) => g.type === 'Point' || g.type === 'MultiPoint');
    if (areas.length > 0 && areas.length + labels.length === parts.length)
      return {
        type: 'MultiPolygon',
        coordinates: areas.flatMap((g) =>
          g.type === 'Polygon' ? [g.coordinates] : Array.isArray(g.coordinates) ? g.coordinates : [],
        ),
      };
    return { type, geometries: parts };
  }
  return 'coordinates' in geometry ? { ...geometry, coordinates: deep(coordinates, counts) } : geometry;
}
