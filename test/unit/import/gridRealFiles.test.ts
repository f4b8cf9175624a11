/**
 * Grid files as real exporters write them (fixtures in test/fixtures/geo, written from the
 * formats' documentation): Google Earth (altitudes, Folder nesting, StyleMap, CDATA
 * descriptions, MultiGeometry with a hole), 天地图 (GBK-declared XML, ExtendedData <Data>),
 * ArcGIS (Schema + SchemaData/SimpleData, MultiGeometry with a label point) and GeoJSON with
 * 3D and 4D positions. Each reads, offers its name/description/ExtendedData (and the folder a
 * placemark is filed in) as columns, and
 * checks clean with one notice about the dropped altitudes.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { checkGridFeatures } from '#common/import/grids/checkGridFeatures';
import { decodeGridText, declaredEncoding } from '#common/import/grids/decodeGridText';
import type { GridPropertyMapping } from '#common/import/grids/gridPropertyMapping';
import { readGridBytes, readGridFile } from '#common/import/grids/readGridFile';
import { readImportFile } from '#renderer/features/imports/readImportFile';
import { encodeGbk } from './gbkEncode';

const xml = new DOMParser();
const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/geo/${name}`));
const ctx = { existing: [], extent: null, sourceCrs: 'wgs84' as const, overlapTolerance: 0.01 };

function read(name: string) {
  const { result, encoding } = readGridBytes(fixture(name), xml);
  if (!result.ok) throw new Error(`${name}: ${result.issue.detail}`);
  return { ...result, encoding };
}

const nameOnly = (community: string): GridPropertyMapping => ({
  code: 'name',
  name: 'name',
  community: '',
  street: null,
  gridLeader: null,
  constants: { community },
});

describe('KML as Google Earth writes it', () => {
  it('reads altitudes, nested folders, styles, CDATA and a MultiGeometry with a hole', () => {
    const file = read('google-earth.kml');
    expect(file.features).toHaveLength(2);
    expect(file.propertyNames).toEqual(['name', 'description', 'Folder']);
    expect(file.features[0]!.properties.description).toBe('金山社区 第一网格 网格长：张三');
    // the innermost named folder: the community the grids were filed under
    expect(file.features.map((f) => f.properties.Folder)).toEqual(['金山社区', '金山社区']);
    expect(file.features[1]!.geometry).toMatchObject({ type: 'MultiPolygon' });
    const holes = (file.features[1]!.geometry as { coordinates: unknown[][][] }).coordinates[0]!;
    expect(holes).toHaveLength(2);
    expect(file.notices.map((n) => n.code)).toEqual(['altitude-dropped']);
    expect(file.notices[0]!.params).toEqual({ features: 2, positions: 20 });
  });

  it('takes the community from the folder the placemarks are filed in', () => {
    const file = read('google-earth.kml');
    const checked = checkGridFeatures(
      file.features,
      { code: 'name', name: 'name', community: 'Folder', street: null, gridLeader: null },
      ctx,
    );
    expect(checked.issues).toEqual([]);
    expect(checked.candidates.map((c) => c.community)).toEqual(['金山社区', '金山社区']);
  });

  it('imports with code and name from <name> and one community for the whole file', () => {
    const file = read('google-earth.kml');
    const checked = checkGridFeatures(file.features, nameOnly('金山社区'), ctx);
    expect(checked.issues).toEqual([]);
    expect(checked.candidates.map((c) => [c.code, c.name, c.community])).toEqual([
      ['HL-GE-01', 'HL-GE-01', '金山社区'],
      ['HL-GE-02', 'HL-GE-02', '金山社区'],
    ]);
    expect(checked.candidates[1]!.geometry.type).toBe('MultiPolygon');
  });
});

describe('KML as 天地图 writes it, declared GBK', () => {
  it('decodes the GBK bytes and offers every <Data> as a column', () => {
    const file = read('tianditu-gbk.kml');
    expect(file.encoding).toBe('gb18030');
    expect(file.propertyNames).toEqual(['name', 'description', '网格编码', '所属社区', '网格长']);
    expect(file.features[0]!.properties.name).toBe('金山社区第三网格');
    const checked = checkGridFeatures(
      file.features,
      { code: '网格编码', name: 'name', community: '所属社区', street: null, gridLeader: '网格长' },
      ctx,
    );
    expect(checked.issues).toEqual([]);
    expect(checked.candidates[0]).toMatchObject({ code: 'HL-TD-03', gridLeader: '李四' });
  });

  it('reads GBK through the worker’s reader and says which encoding it chose', async () => {
    const outcome = await readImportFile(
      'grids',
      'tianditu.kml',
      new Blob([fixture('tianditu-gbk.kml')]),
      xml,
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.file.summary.encoding).toBe('gb18030');
    expect(outcome.file.summary.columns).toContain('网格编码');
    expect(outcome.file.summary.notices?.map((n) => n.code)).toEqual(['altitude-dropped']);
  });

  it('knows the names GBK goes by, and falls back to GB18030 for undeclared non-UTF-8 bytes', () => {
    expect(declaredEncoding('<?xml version="1.0" encoding="GB2312"?>')).toBe('gb18030');
    expect(declaredEncoding("<?xml version='1.0' encoding='gbk' ?>")).toBe('gb18030');
    expect(declaredEncoding('<?xml version="1.0"?>')).toBeNull();
    const bytes = encodeGbk('{"type":"Feature","properties":{"名称":"金山"},"geometry":null}');
    expect(decodeGridText(bytes)).toEqual({
      text: '{"type":"Feature","properties":{"名称":"金山"},"geometry":null}',
      encoding: 'gb18030',
    });
  });
});

describe('KML as ArcGIS writes it', () => {
  it('offers SchemaData/SimpleData as columns and drops the label point beside the polygon', () => {
    const file = read('arcgis.kml');
    expect(file.propertyNames).toEqual([
      'name',
      'description',
      'GRID_CODE',
      'GRID_NAME',
      'SQMC',
      'Shape_Area',
      'Folder',
    ]);
    expect(file.features[0]!.properties.description).toBe('GRID_CODE HL-AG-01 SQMC 金山社区');
    expect(file.features[1]!.geometry).toMatchObject({ type: 'MultiPolygon' });
    const checked = checkGridFeatures(
      file.features,
      { code: 'GRID_CODE', name: 'GRID_NAME', community: 'SQMC', street: null, gridLeader: null },
      ctx,
    );
    expect(checked.issues).toEqual([]);
    expect(checked.candidates.map((c) => c.name)).toEqual(['金山社区第四网格', '金山社区第五网格']);
  });
});

describe('GeoJSON with 3D and 4D positions', () => {
  it('keeps longitude and latitude, with one notice naming the M values', () => {
    const file = read('positions-3d-4d.geojson');
    expect(file.notices).toEqual([
      expect.objectContaining({ code: 'measure-dropped', params: { features: 2, positions: 10 } }),
    ]);
    const checked = checkGridFeatures(
      file.features,
      { code: '网格编码', name: '网格名称', community: '所属社区', street: null, gridLeader: null },
      ctx,
    );
    expect(checked.issues).toEqual([]);
    for (const c of checked.candidates)
      for (const p of (c.geometry.type === 'Polygon'
        ? [c.geometry.coordinates]
        : c.geometry.coordinates
      ).flat(2))
        expect(p).toHaveLength(2);
  });

  it('has no notice for a 2D file', () => {
    const result = readGridFile(
      '{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}',
      xml,
    );
    expect(result.ok && result.notices).toEqual([]);
  });
});
