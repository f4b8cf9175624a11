/**
 * Checks the rows of a household / standard-address (标准地址) table and turns the good ones
 * into household candidates. Per row: address required; building, unit, room optional and
 * bounded; registered residents a whole number 0–50; a grid code and/or a position (longitude,
 * latitude): a named grid must exist, a position must lie inside that grid, and a row with
 * only a position gets the grid found by point-in-polygon; a row with only a grid code is
 * placed at the grid's centre. The same address (address + building + unit + room) twice in
 * the file is an error naming the first line. Positions declared GCJ-02 are converted.
 * An optional record id column (our own export writes one) identifies the address exactly:
 * rows with an id are told apart by it, not by their text — two different households may share
 * an address string (the same 门牌 in two grids) — and an id given twice is the duplicate.
 */
import { centroid } from '@turf/centroid';
import { feature } from '@turf/helpers';
import type { AreaGeometry } from '../../schemas/geometry';
import { convertPosition, type CrsName } from '../../geo/chinaCrs';
import { createGridLocator } from '../../geo/gridLocator';
import { householdKey } from '../../domain/addressKey';
import { idSchema } from '../../schemas/base';
import { readNumber, readText, textOf, rowCells } from '../tables/cellReaders';
import { rowIssue, type RowIssue } from '../tables/rowIssues';
import type { ColumnMapping, FieldSpec, TableShape } from '../tables/tableShape';

export const householdFields = [
  { key: 'id', required: false, synonyms: ['id', 'householdid', '地址id', '地址编码', '标准地址编码'] },
  {
    key: 'address',
    required: true,
    synonyms: ['address', '地址', '标准地址', '详细地址', '门牌地址', '住址'],
  },
  { key: 'building', required: false, synonyms: ['building', '楼栋', '栋', '幢', '楼号'] },
  { key: 'unit', required: false, synonyms: ['unit', '单元', '单元号'] },
  { key: 'room', required: false, synonyms: ['room', '房号', '室', '门牌号', '户室号'] },
  {
    key: 'gridCode',
    required: false,
    synonyms: ['grid', 'gridcode', 'grid_code', '网格', '网格编码', '所属网格', '网格编号'],
  },
  { key: 'lng', required: false, synonyms: ['lng', 'lon', 'longitude', 'x', '经度'] },
  { key: 'lat', required: false, synonyms: ['lat', 'latitude', 'y', '纬度'] },
  {
    key: 'registeredResidents',
    required: false,
    synonyms: ['residents', 'registeredresidents', '人数', '户籍人数', '登记人数', '在册人数', '常住人口'],
  },
] as const satisfies readonly FieldSpec<string>[];
export type HouseholdField = (typeof householdFields)[number]['key'];

export interface HouseholdGrid {
  id: string;
  code: string;
  geometry: AreaGeometry;
}

export interface HouseholdCandidate {
  line: number;
  /** The record id the file names (null: none; the address identifies it). */
  id: string | null;
  gridId: string;
  address: string;
  building: string;
  unit: string;
  room: string;
  point: [number, number];
  registeredResidents: number;
  /** True when the file gave no position and the grid's centre stands in. */
  approximatePoint: boolean;
}

export interface HouseholdCheck {
  candidates: HouseholdCandidate[];
  issues: RowIssue[];
}

/** The standard-address key, shared with the cache and the centre (common/domain/addressKey.ts). */
export { householdKey };

/**
 * Checks rows one at a time, keeping only what a later row is compared with (the first line of
 * each address), so a worker can check a large table in chunks and yield between them.
 */
export function createHouseholdChecker(
  table: Pick<TableShape, 'header'>,
  mapping: ColumnMapping<HouseholdField>,
  grids: readonly HouseholdGrid[],
  sourceCrs: CrsName,
): { check(row: TableShape['rows'][number]): void; result(): HouseholdCheck } {
  const locator = createGridLocator(grids);
  const byCode = new Map(grids.map((g) => [g.code.toUpperCase(), g]));
  const centres = new Map<string, [number, number]>();
  const centreOf = (g: HouseholdGrid) => {
    let c = centres.get(g.id);
    if (!c) {
      const p = centroid(feature(g.geometry)).geometry.coordinates;
      c = [p[0]!, p[1]!];
      centres.set(g.id, c);
    }
    return c;
  };
  const firstLine = new Map<string, number>();
  const candidates: HouseholdCandidate[] = [];
  const issues: RowIssue[] = [];

  function check(row: TableShape['rows'][number]): void {
    const ref = rowCells(table, mapping, row);
    const found: RowIssue[] = [];
    const take = <T>(r: { ok: true; value: T } | { ok: false; issue: RowIssue }, fallback: T): T => {
      if (r.ok) return r.value;
      found.push(r.issue);
      return fallback;
    };
    const address = take(readText(ref('address'), { required: true, max: 120 }), '');
    const building = take(readText(ref('building'), { required: false, max: 20 }), '');
    const unit = take(readText(ref('unit'), { required: false, max: 10 }), '');
    const room = take(readText(ref('room'), { required: false, max: 10 }), '');
    const residents = take(
      readNumber(ref('registeredResidents'), { required: false, min: 0, max: 50, integer: true }),
      null,
    );
    const lng = take(readNumber(ref('lng'), { required: false, min: -180, max: 180, integer: false }), null);
    const lat = take(readNumber(ref('lat'), { required: false, min: -90, max: 90, integer: false }), null);
    const code = textOf(ref('gridCode').value).toUpperCase();
    const idText = textOf(ref('id').value).toLowerCase();
    if (idText !== '' && !idSchema.safeParse(idText).success)
      found.push(
        rowIssue(row.line, ref('id').column, 'invalid', `"${idText}" is not a record id`, {
          field: 'id',
          reason: 'uuid',
        }),
      );
    if (found.length > 0) return void issues.push(...found);

    if ((lng === null) !== (lat === null))
      return void issues.push(
        rowIssue(
          row.line,
          ref(lng === null ? 'lng' : 'lat').column,
          'missing',
          'a position needs both longitude and latitude',
          { need: 'lnglat' },
        ),
      );
    const point = lng !== null && lat !== null ? convertPosition([lng, lat], sourceCrs, 'wgs84') : null;
    let gridId: string;
    if (code !== '') {
      const grid = byCode.get(code);
      if (!grid)
        return void issues.push(
          rowIssue(row.line, ref('gridCode').column, 'grid-not-found', `no grid ${code}`, { code }),
        );
      if (point && !locator.contains(grid.id, point))
        return void issues.push(
          rowIssue(row.line, null, 'point-outside-grid', `position is outside grid ${code}`, { code }),
        );
      gridId = grid.id;
    } else if (point) {
      const at = locator.gridAt(point);
      if (at === null)
        return void issues.push(rowIssue(row.line, null, 'no-grid-at-point', 'no grid at this position'));
      gridId = at;
    } else {
      return void issues.push(
        rowIssue(row.line, ref('gridCode').column, 'missing', 'give a grid code or a position', {
          need: 'grid-or-point',
        }),
      );
    }
    const candidate: HouseholdCandidate = {
      line: row.line,
      id: idText === '' ? null : idText,
      gridId,
      address,
      building,
      unit,
      room,
      point: point ?? centreOf(byCode.get(code)!),
      registeredResidents: residents ?? 0,
      approximatePoint: point === null,
    };
    const key = candidate.id === null ? householdKey(candidate) : `id:${candidate.id}`;
    const earlier = firstLine.get(key);
    if (earlier !== undefined)
      return void issues.push(
        candidate.id === null
          ? rowIssue(row.line, ref('address').column, 'duplicate', `same address as line ${earlier}`, {
              other: earlier,
            })
          : rowIssue(row.line, ref('id').column, 'duplicate', `same record id as line ${earlier}`, {
              other: earlier,
            }),
      );
    firstLine.set(key, row.line);
    candidates.push(candidate);
  }
  return { check, result: () => ({ candidates, issues }) };
}

/** Calls `onProgress(done)` every 5,000 rows. */
export function checkHouseholdRows(
  table: TableShape,
  mapping: ColumnMapping<HouseholdField>,
  grids: readonly HouseholdGrid[],
  sourceCrs: CrsName,
  onProgress?: (done: number) => void,
): HouseholdCheck {
  const checker = createHouseholdChecker(table, mapping, grids, sourceCrs);
  table.rows.forEach((row, i) => {
    if (onProgress && i % 5000 === 0) onProgress(i);
    checker.check(row);
  });
  onProgress?.(table.rows.length);
  return checker.result();
}
