/**
 * The report's situation map as vector graphics: every grid's outline filled by its control
 * level, the district outlines for context, grid codes where a grid is large enough on paper
 * to hold one, and the checkpoint, testing-site and incident symbols (the map's own icons,
 * symbolIcons.ts). Drawn straight into the document — no map engine, no WebGL, no picture to
 * capture — so it prints sharp at any scale and is in the page the moment the data is.
 */
import { memo, useMemo } from 'react';
import type { LngLat } from '#common/schemas';
import { boundsOf, labelAnchor } from '#renderer/map/gridGeometry';
import { checkpointIconId, incidentIconId, siteIconId } from '#renderer/map/symbolIcons';
import type { DistrictCollection } from '#renderer/map';
import { severities } from '#common/schemas';
import { levelColours } from '#renderer/theme/palette';
import { iconUrl } from './iconUrl';
import { fitProjection, linePathOf, pathOf, type PaperProjection } from './paperProjection';
import type { ReportMapModels } from './reportMapModels';

/** The frame in tenths of a millimetre: 186 mm × 84 mm, the printed figure. */
export const MAP_WIDTH = 1860;
export const MAP_HEIGHT = 840;
const MARGIN = 40;
/** Symbol side: 3.4 mm, shrinking (to 1.4 mm) as a day's symbols crowd the sheet, so the grids' colours still show. */
const ICON = 34;
const ICON_MIN = 14;
const ICONS_AT_FULL_SIZE = 150;
export function symbolSize(count: number): number {
  return count <= ICONS_AT_FULL_SIZE
    ? ICON
    : Math.max(ICON_MIN, ICON * Math.sqrt(ICONS_AT_FULL_SIZE / count));
}
const LABEL_SIZE = 22;

function districtLines(districts: DistrictCollection): LngLat[][] {
  const lines: LngLat[][] = [];
  for (const feature of districts.features) {
    const g = feature.geometry;
    if (g.type === 'LineString') lines.push(g.coordinates as LngLat[]);
    else if (g.type === 'MultiLineString' || g.type === 'Polygon')
      lines.push(...(g.coordinates as LngLat[][]));
    else if (g.type === 'MultiPolygon')
      for (const rings of g.coordinates) lines.push(...(rings as LngLat[][]));
  }
  return lines;
}

/** A grid code fits when the grid's drawn box holds the text with a little room. */
function labelFits(path: ReturnType<typeof boxOf>, code: string): boolean {
  return path.width >= code.length * LABEL_SIZE * 0.62 + 8 && path.height >= LABEL_SIZE * 1.6;
}

function boxOf(points: readonly [number, number][]) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { width: maxX - minX, height: maxY - minY };
}

function Symbol(props: { id: string; at: LngLat; size: number; projection: PaperProjection }) {
  const { size } = props;
  const [x, y] = props.projection.project(props.at);
  return <image href={iconUrl(props.id)} x={x - size / 2} y={y - size / 2} width={size} height={size} />;
}

export const ReportMapSvg = memo(function ReportMapSvg(props: {
  models: ReportMapModels;
  districts: DistrictCollection;
  title: string;
}) {
  const { models, districts } = props;
  const drawing = useMemo(() => {
    const bounds = boundsOf(models.grids.map((g) => g.geometry));
    if (!bounds) return null;
    const projection = fitProjection(bounds, MAP_WIDTH, MAP_HEIGHT, MARGIN);
    const grids = models.grids.map((grid) => {
      const outer =
        grid.geometry.type === 'Polygon' ? grid.geometry.coordinates[0] : grid.geometry.coordinates[0]?.[0];
      const box = boxOf((outer ?? []).map((p) => projection.project(p)));
      return {
        grid,
        d: pathOf(grid.geometry, projection),
        label: labelFits(box, grid.code) ? projection.project(labelAnchor(grid.geometry)) : null,
      };
    });
    return { projection, grids, districts: linePathOf(districtLines(districts), projection) };
  }, [models.grids, districts]);
  // higher severities drawn last, on top
  const incidents = useMemo(
    () =>
      [...models.incidents].sort((a, b) => severities.indexOf(b.severity) - severities.indexOf(a.severity)),
    [models.incidents],
  );
  if (!drawing) return null;
  const { projection } = drawing;
  const size = symbolSize(models.checkpoints.length + models.testingSites.length + incidents.length);
  return (
    <svg
      className="report-map-svg"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={props.title}
      data-testid="report-map"
    >
      <g className="grids" fillRule="evenodd">
        {drawing.grids.map(({ grid, d }) => (
          <path
            key={grid.id}
            d={d}
            fill={levelColours[grid.level]}
            data-grid={grid.code}
            data-level={grid.level}
          />
        ))}
      </g>
      <path className="districts" d={drawing.districts} />
      <g className="labels" fontSize={LABEL_SIZE}>
        {drawing.grids.map(({ grid, label }) =>
          label ? (
            <text key={grid.id} x={label[0]} y={label[1]} textAnchor="middle" dominantBaseline="central">
              {grid.code}
            </text>
          ) : null,
        )}
      </g>
      <g data-layer="checkpoints">
        {models.checkpoints.map((c) => (
          <Symbol
            key={c.id}
            id={checkpointIconId(c.mode, c.staffedNow)}
            at={c.point}
            size={size}
            projection={projection}
          />
        ))}
      </g>
      <g data-layer="sites">
        {models.testingSites.map((s) => (
          <Symbol key={s.id} id={siteIconId(s.status)} at={s.point} size={size} projection={projection} />
        ))}
      </g>
      <g data-layer="incidents">
        {incidents.map((i) => (
          <Symbol
            key={i.id}
            id={incidentIconId(i.severity)}
            at={i.point}
            size={size}
            projection={projection}
          />
        ))}
      </g>
    </svg>
  );
});
