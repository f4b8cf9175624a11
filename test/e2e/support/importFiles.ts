/**
 * Files for the import e2e, built in Node from the station's own rows as read raw from
 * IndexedDB: malformed and hostile grid files (bad JSON, a Point, a bow tie, an overlap, a
 * duplicate code), a GBK household CSV with bad rows, an XLSX with a merged title and a
 * two-level merged header, and a 200,000-row household CSV placed on real addresses' points.
 * Each builder also says what the importer must report, computed here from the rows — not
 * from the app's code.
 */
import writeXlsxFile from 'write-excel-file/node';
import { encodeGbk } from '../../unit/import/gbkEncode';

export type Row = Record<string, unknown>;
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}
type Ring = Array<[number, number]>;
type Geometry = { type: string; coordinates: unknown };

const live = (r: Row) => r.deleted !== true;

export function liveGrids(grids: Row[]): Row[] {
  return grids.filter(live).sort((a, b) => String(a.code).localeCompare(String(b.code)));
}

function feature(properties: Record<string, unknown>, geometry: Geometry): Row {
  return { type: 'Feature', properties, geometry };
}

function gridFeature(g: Row, over: Record<string, unknown> = {}): Row {
  return feature(
    {
      code: g.code,
      name: g.name,
      community: g.community,
      street: g.street,
      gridLeader: g.gridLeader,
      ...over,
    },
    g.geometry as Geometry,
  );
}

export const geojson = (name: string, value: unknown): UploadFile => ({
  name,
  mimeType: 'application/geo+json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8'),
});

/** The outer ring of a grid's outline. */
function outerRing(g: Row): Ring {
  const geometry = g.geometry as { type: string; coordinates: unknown };
  return (
    geometry.type === 'Polygon'
      ? (geometry.coordinates as Ring[])[0]
      : (geometry.coordinates as Ring[][])[0]![0]
  ) as Ring;
}

function centre(g: Row): [number, number] {
  const ring = outerRing(g);
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

export interface BadGridFile {
  file: UploadFile;
  /** Feature number → the message the importer must show for it (Chinese, in part). */
  expected: Array<{ feature: number; text: string }>;
}

/**
 * Six features: two good ones, then a Point, a bow-tie outline, a copy of a neighbour's
 * outline under a new code (overlaps it entirely), and a repeated code.
 */
export function badGridFile(grids: Row[]): BadGridFile {
  const [a, b, c] = liveGrids(grids);
  if (!a || !b || !c) throw new Error('need three grids');
  const [x, y] = centre(a);
  const d = 0.001;
  const bowTie: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [x - d, y - d],
        [x + d, y + d],
        [x + d, y - d],
        [x - d, y + d],
        [x - d, y - d],
      ],
    ],
  };
  const features = [
    gridFeature(a),
    gridFeature(b),
    feature(
      { code: 'PT-01', name: '点要素', community: String(a.community) },
      { type: 'Point', coordinates: [x, y] },
    ),
    feature({ code: 'BOW-01', name: '自相交', community: String(a.community) }, bowTie),
    feature({ code: 'DUP-OVER', name: '重叠', community: String(c.community) }, c.geometry as Geometry),
    gridFeature(b, { name: '重复编码' }),
  ];
  return {
    file: geojson('bad-grids.geojson', { type: 'FeatureCollection', features }),
    expected: [
      { feature: 3, text: '几何类型为“点”，不是面' },
      { feature: 4, text: '边界自相交' },
      { feature: 5, text: `与网格 ${String(c.code)} 重叠` },
      { feature: 6, text: `网格编码 ${String(b.code)} 与第 2 个要素重复` },
    ],
  };
}

/** A GeoJSON export with one grid renamed and one new grid, placed off the station's edge. */
export function editedGridExport(
  exported: { type: string; features: Row[] },
  rename: { code: string; name: string },
  fresh: { code: string; name: string },
): UploadFile {
  const features = exported.features.map((f) => {
    const p = f.properties as Row;
    return p.code === rename.code ? { ...f, properties: { ...p, name: rename.name } } : f;
  });
  // east of every grid: no overlap, inside the 2 km margin of the station's area
  const xs = features.flatMap((f) => outerRing({ geometry: f.geometry }).map((p) => p[0]));
  const ysAtEast = features
    .filter((f) => outerRing({ geometry: f.geometry }).some((p) => p[0] === Math.max(...xs)))
    .flatMap((f) => outerRing({ geometry: f.geometry }).map((p) => p[1]));
  const x0 = Math.max(...xs) + 0.0005;
  const y0 = ysAtEast.reduce((s, v) => s + v, 0) / ysAtEast.length;
  const s = 0.004;
  const square: Geometry = {
    type: 'Polygon',
    coordinates: [
      [
        [x0, y0],
        [x0 + s, y0],
        [x0 + s, y0 + s],
        [x0, y0 + s],
        [x0, y0],
      ],
    ],
  };
  const community = String((features[0]!.properties as Row).community);
  features.push(
    feature({ code: fresh.code, name: fresh.name, community, street: community, gridLeader: '' }, square),
  );
  return geojson('禾山派出所_网格_修订.geojson', { type: 'FeatureCollection', features });
}

export interface BadHouseholdCsv {
  file: UploadFile;
  expected: Array<{ line: number; text: string }>;
  goodRows: number;
}

/** A GBK CSV (as Excel on a Chinese Windows saves it) with good rows and one bad row per rule. */
export function gbkHouseholdCsv(grids: Row[], households: Row[]): BadHouseholdCsv {
  const [g, other] = liveGrids(grids);
  const inOther = households.find((h) => live(h) && h.gridId === other!.id)!;
  const [px, py] = inOther.point as [number, number];
  const code = String(g!.code);
  const lines = [
    '标准地址,楼栋,单元,房号,所属网格,经度,纬度,户籍人数',
    `导入测试路1号,1,1,101,${code},,,3`,
    `导入测试路1号,1,1,102,${code},,,abc`,
    `,1,1,103,${code},,,2`,
    `导入测试路1号,1,1,101,${code},,,3`,
    '导入测试路2号,2,1,201,NOPE-99,,,1',
    `导入测试路3号,3,1,301,${code},,,99`,
    `导入测试路4号,4,1,401,${code},${px},${py},2`,
    `"=HYPERLINK(""http://x"")",5,1,501,${code},,,1`,
  ];
  return {
    file: {
      name: '标准地址登记（GBK）.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(encodeGbk(lines.join('\r\n'))),
    },
    expected: [
      { line: 3, text: '“abc”不是数字' },
      { line: 4, text: '必填项为空' },
      { line: 5, text: '与第 2 行重复' },
      { line: 6, text: '本所没有编码为 NOPE-99 的网格' },
      { line: 7, text: '99 超出允许范围' },
      { line: 8, text: `位置不在网格 ${code} 内` },
    ],
    goodRows: 2,
  };
}

/** An XLSX with a merged title row and a two-level merged header above the column names. */
export async function mergedHeaderXlsx(
  grids: Row[],
  tag: string,
): Promise<{ file: UploadFile; addresses: string[] }> {
  const code = String(liveGrids(grids)[2]!.code);
  const addresses = [`合并表头路${tag}1号`, `合并表头路${tag}2号`, `合并表头路${tag}3号`];
  const data = [
    [{ value: '禾山派出所标准地址登记表', columnSpan: 6 }, null, null, null, null, null],
    [{ value: '地址信息', columnSpan: 4 }, null, null, null, { value: '归属', columnSpan: 2 }, null],
    ['标准地址', '楼栋', '单元', '房号', '所属网格', '户籍人数'].map((value) => ({ value })),
    ...addresses.map((a, i) => [
      { value: a },
      { value: '1' },
      { value: '1' },
      { value: String(101 + i) },
      { value: code },
      { value: i + 1 },
    ]),
  ];
  const buffer = await writeXlsxFile(data).toBuffer();
  return {
    file: {
      name: '标准地址（合并表头）.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(buffer),
    },
    addresses,
  };
}

/**
 * `count` household rows, UTF-8 with BOM: each on a real address's point (so inside a grid)
 * with that grid's code, under a new address `<prefix>N号`.
 */
export function bigHouseholdCsv(grids: Row[], households: Row[], count: number, prefix: string): UploadFile {
  const codeOf = new Map(grids.filter(live).map((g) => [g.id, String(g.code)]));
  const spots = households
    .filter(live)
    .map((h) => [codeOf.get(h.gridId)!, ...(h.point as [number, number])] as const);
  const lines = ['地址,楼栋,单元,房号,网格编码,经度,纬度,户籍人数'];
  for (let i = 0; i < count; i++) {
    const [code, x, y] = spots[i % spots.length]!;
    lines.push(
      `${prefix}${i + 1}号,${(i % 30) + 1},${(i % 4) + 1},${100 + (i % 80)},${code},${x},${y},${i % 6}`,
    );
  }
  return {
    name: `${prefix}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFF' + lines.join('\r\n'), 'utf8'),
  };
}

/** Grid files a parser refuses, each with the Chinese words the refusal must show (issue 13). */
export function unreadableGridFiles(): Array<{ file: UploadFile; text: string }> {
  const kml = (name: string, text: string): UploadFile => ({
    name,
    mimeType: 'application/vnd.google-earth.kml+xml',
    buffer: Buffer.from(text, 'utf8'),
  });
  return [
    {
      // a comma forgotten after "Feature" on line 4: Chromium's JSON.parse gives the line and column
      file: geojson(
        'missing-comma.geojson',
        '{\n  "type": "FeatureCollection",\n  "features": [\n    {"type": "Feature" "properties": {}, "geometry": null}\n  ]\n}\n',
      ),
      text: 'JSON 格式错误，位于第 4 行第 24 列附近',
    },
    {
      file: kml(
        'unclosed.kml',
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>A</name></Document></kml>',
      ),
      text: '结束标签 </Document> 与开始标签 <Placemark> 不一致',
    },
    {
      file: kml('doctype.kml', '<?xml version="1.0"?><!DOCTYPE kml SYSTEM "x.dtd"><kml></kml>'),
      text: 'DOCTYPE/ENTITY 声明，出于安全原因不予读取',
    },
  ];
}

/** A UTF-8 household CSV of `rows` (header first) for the e2e. */
export const householdCsv = (name: string, rows: string[]): UploadFile => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(rows.join('\n'), 'utf8'),
});

/** The standard-address key the cache's unique index holds (as renderer/db/uniqueKeys.ts derives it). */
export const addressKey = (h: { address: string; building: string; unit: string; room: string }) =>
  [h.address, h.building, h.unit, h.room].map((s) => s.replace(/\s+/g, '')).join('|');
