/**
 * The grid importer against malformed and hostile files: each gives the expected per-feature
 * messages, and a file with any bad feature yields no candidates for those features. Files are
 * built from the demo station's real grid outlines so the geometry checks see realistic data.
 */
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, xiamenDistricts } from '#common/demo';
import type { Grid } from '#common/schemas';
import { mapAreaPositions, wgs84ToGcj02 } from '#common/geo/chinaCrs';
import { checkGridFeatures, type GridCheckContext } from '#common/import/grids/checkGridFeatures';
import type { GridPropertyMapping } from '#common/import/grids/gridPropertyMapping';
import { suggestGridMapping } from '#common/import/grids/gridPropertyMapping';
import { planGridImport } from '#common/import/grids/planGridImport';
import { readGridFile, type RawFeature } from '#common/import/grids/readGridFile';
import { makeTranslate } from '#renderer/i18n/translate';
import { issueReason } from '#renderer/features/imports/issueText';

const xml = new DOMParser();
const mapping: GridPropertyMapping = {
  code: '网格编码',
  name: '网格名称',
  community: '所属社区',
  street: null,
  gridLeader: null,
};
let grids: Grid[];

beforeAll(async () => {
  const data = await generateDemoData({ size: 'station', seed: 3, now: Date.UTC(2026, 10, 1) });
  grids = data.grids;
});

function asFile(rows: Grid[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: rows.map((g) => ({
      type: 'Feature',
      properties: { 网格编码: g.code, 网格名称: g.name, 所属社区: g.community },
      geometry: g.geometry,
    })),
  });
}

function read(text: string): RawFeature[] {
  const result = readGridFile(text, xml);
  if (!result.ok) throw new Error(result.issue.detail);
  return result.features;
}

const ctx = (over: Partial<GridCheckContext> = {}): GridCheckContext => ({
  existing: [],
  extent: null,
  sourceCrs: 'wgs84',
  overlapTolerance: 0.01,
  ...over,
});

describe('reading a grid file', () => {
  it.each([
    ['', 'file-empty'],
    ['{"type":"FeatureCollection","features":[', 'json-truncated'],
    ['{\n"type": "FeatureCollection",\n "features": [,]}', 'json-invalid'],
    ['[1,2,3]', 'not-feature-collection'],
    ['{"type":"FeatureCollection","features":[]}', 'no-features'],
    ['<?xml version="1.0"?><kml><Document>', 'xml-unclosed'],
    ['<kml>\n<Placemark><name>a</nam></Placemark></kml>', 'xml-mismatch'],
    ['<?xml version="1.0"?><gpx></gpx>', 'not-feature-collection'],
    [
      '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><kml>&b;</kml>',
      'xml-doctype',
    ],
  ])('%j → %s', (text, code) => {
    const result = readGridFile(text, xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.code).toBe(code);
  });

  it('refuses JSON nested a million levels deep without overflowing', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    const result = readGridFile(deep, xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.code).toBe('too-deep');
  });

  it('reads KML placemarks with their extended data', () => {
    const g = grids[0]!;
    const ring = (g.geometry.type === 'Polygon' ? g.geometry.coordinates[0]! : g.geometry.coordinates[0]![0]!)
      .map(([x, y]) => `${x},${y}`)
      .join(' ');
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
      <Placemark><name>${g.name}</name><ExtendedData><Data name="网格编码"><value>${g.code}</value></Data>
      <Data name="所属社区"><value>${g.community}</value></Data></ExtendedData>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>${ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>
      </Placemark></Document></kml>`;
    const result = readGridFile(kml, xml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('kml');
    expect(result.features[0]!.properties['网格编码']).toBe(g.code);
    const checked = checkGridFeatures(result.features, { ...mapping, name: 'name' }, ctx());
    expect(checked.issues).toEqual([]);
    expect(checked.candidates[0]!.code).toBe(g.code);
  });

  it('suggests the mapping from Chinese and English field names', () => {
    expect(suggestGridMapping(['网格编码', '网格名称', '所属社区', 'OBJECTID'])).toEqual({
      code: '网格编码',
      name: '网格名称',
      community: '所属社区',
      street: null,
      gridLeader: null,
    });
    expect(suggestGridMapping(['GRID_CODE', 'Name', 'Community']).code).toBe('GRID_CODE');
  });
});

describe('checking grid features', () => {
  it('accepts the station’s own grids unchanged', () => {
    const result = checkGridFeatures(read(asFile(grids)), mapping, ctx());
    expect(result.issues).toEqual([]);
    expect(result.candidates).toHaveLength(grids.length);
  });

  it('names each bad feature with its number and reason', () => {
    const [a, b, c, d, e, f] = grids;
    const features = read(asFile([a!, b!, c!, d!, e!, f!]));
    features[0]!.geometry = { type: 'Point', coordinates: [118.1, 24.5] };
    features[1]!.geometry = {
      type: 'LineString',
      coordinates: [
        [118.1, 24.5],
        [118.2, 24.6],
      ],
    };
    // a bow tie: the ring crosses itself
    features[2]!.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [118.1, 24.5],
          [118.11, 24.51],
          [118.11, 24.5],
          [118.1, 24.51],
          [118.1, 24.5],
        ],
      ],
    };
    features[3]!.geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [118.1, 24.5],
          [118.11, 24.5],
          [118.11, 24.51],
        ],
      ],
    };
    features[4]!.properties['网格编码'] = '';
    features[5]!.properties['网格编码'] = 'bad code!';
    const result = checkGridFeatures(features, mapping, ctx());
    expect(result.issues.map((i) => [i.feature, i.code])).toEqual([
      [1, 'not-polygon'],
      [2, 'not-polygon'],
      [3, 'self-intersection'],
      [4, 'ring-too-short'],
      [5, 'missing-field'],
      [6, 'bad-field'],
    ]);
    expect(result.candidates).toEqual([]);
  });

  it('finds swapped latitude/longitude', () => {
    const features = read(asFile([grids[0]!]));
    const g = grids[0]!.geometry;
    features[0]!.geometry = mapAreaPositions(g, ([x, y]) => [y, x]);
    expect(checkGridFeatures(features, mapping, ctx()).issues.map((i) => i.code)).toEqual(['swapped-lnglat']);
  });

  it('finds duplicate codes, naming the first feature', () => {
    const features = read(asFile([grids[0]!, grids[1]!]));
    features[1]!.properties['网格编码'] = grids[0]!.code;
    const result = checkGridFeatures(features, mapping, ctx());
    expect(result.issues).toEqual([
      expect.objectContaining({
        feature: 2,
        code: 'duplicate-code',
        params: { code: grids[0]!.code, other: 1 },
      }),
    ]);
  });

  it('finds a grid overlapping a neighbour, and one overlapping a stored grid it does not replace', () => {
    const [a, b] = grids;
    const features = read(asFile([a!]));
    // feature 1 takes b's outline under a's code: it overlaps stored grid b entirely
    features[0]!.geometry = b!.geometry;
    const stored = grids.map((g) => ({ id: g.id, code: g.code, geometry: g.geometry }));
    const result = checkGridFeatures(features, mapping, ctx({ existing: stored }));
    expect(result.issues).toEqual([
      expect.objectContaining({
        feature: 1,
        code: 'overlap',
        params: expect.objectContaining({ other: b!.code }),
      }),
    ]);
  });

  it('tolerates the slivers neighbours share along a common edge', () => {
    const stored = grids.map((g) => ({ id: g.id, code: g.code, geometry: g.geometry }));
    const result = checkGridFeatures(read(asFile(grids.slice(0, 10))), mapping, ctx({ existing: stored }));
    expect(result.issues).toEqual([]);
  });

  it('refuses a file wholly outside the station’s area once, with the distance', () => {
    const siming = xiamenDistricts['Siming']!.geometry;
    const result = checkGridFeatures(read(asFile(grids.slice(0, 3))), mapping, ctx({ extent: siming }));
    expect(result.issues.map((i) => i.code)).toEqual(['outside-district']);
    expect(result.issues[0]!.feature).toBeNull();
    expect(result.issues[0]!.params.km).toBeGreaterThan(0);
  });

  it('recognises a re-import exported from a GCJ-02 map, and accepts it once declared GCJ-02', () => {
    const stored = grids.map((g) => ({ id: g.id, code: g.code, geometry: g.geometry }));
    const shifted = grids
      .slice(0, 5)
      .map((g) => ({ ...g, geometry: mapAreaPositions(g.geometry, wgs84ToGcj02) }));
    const asWgs = checkGridFeatures(read(asFile(shifted)), mapping, ctx({ existing: stored }));
    expect(asWgs.issues.map((i) => i.code)).toEqual(Array(5).fill('looks-gcj02'));
    const asGcj = checkGridFeatures(
      read(asFile(shifted)),
      mapping,
      ctx({ existing: stored, sourceCrs: 'gcj02' }),
    );
    expect(asGcj.issues).toEqual([]);
    const plan = planGridImport(asGcj.candidates, grids);
    // converted back within centimetres: only floating-point noise differs from the stored outline
    for (const u of plan.updates) expect(Object.keys(u.patch)).toEqual(['geometry']);
  });
});

describe('planning a re-import', () => {
  it('updates by code keeping the id, creates new codes, leaves unmentioned grids alone', () => {
    const renamed = { ...grids[0]!, name: '新名称' };
    const fresh = { ...grids[1]!, code: 'NEW-01' };
    const features = read(asFile([renamed, grids[2]!]));
    const candidates = checkGridFeatures(features, mapping, ctx()).candidates;
    const plan = planGridImport(candidates, grids);
    expect(plan.updates).toEqual([
      expect.objectContaining({ id: grids[0]!.id, code: grids[0]!.code, patch: { name: '新名称' } }),
    ]);
    expect(plan.unchanged).toBe(1);
    const withNew = planGridImport(
      checkGridFeatures(read(asFile([fresh])), mapping, ctx()).candidates,
      grids.filter((g) => g.id !== grids[1]!.id),
    );
    expect(withNew.creates.map((c) => c.fields.code)).toEqual(['NEW-01']);
  });
});

describe('file-level refusals say where', () => {
  const zh = makeTranslate('zh-CN');
  const reason = (text: string) => {
    const result = readGridFile(text, xml);
    if (result.ok) throw new Error('expected a refusal');
    const i = result.issue;
    return issueReason(zh, 'grids', {
      scope: 'file',
      at: null,
      column: null,
      code: i.code,
      params: i.params,
    });
  };

  it('names the JSON line and column, or where the file was cut short', () => {
    expect(reason('{\n"type": "FeatureCollection",\n "features": [,]}')).toContain('第 3 行第 15 列');
    expect(reason('\n\n{"type":"FeatureCollection","features":[')).toContain('第 3 行意外结束');
  });

  it('names the unclosed or mismatched KML tag and refuses DOCTYPE in words', () => {
    expect(reason('<?xml version="1.0"?>\n<kml>\n<Document>')).toContain('<kml>、<Document>');
    expect(reason('<kml>\n<Placemark><name>a</nam></Placemark></kml>')).toContain('</nam>');
    expect(reason('<?xml version="1.0"?><!DOCTYPE kml []><kml></kml>')).toContain('DOCTYPE');
    for (const text of ['{"a":', '<kml><a></b></kml>', '<?xml version="1.0"?><!DOCTYPE x><kml/>'])
      expect(reason(text)).toMatch(/^不是有效的文件内容：/);
  });
});
