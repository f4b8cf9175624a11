/** The campaign's burn-up on paper: households covered so far (area) against households in scope (dashed steps). */
import { burnUpGeometry, labelIndices, type BurnUpPoint, type PlotBox } from './paperChartGeometry';
import { CategoryLabels, PaperLegend, ValueGrid, PaperSvg } from './PaperChartParts';

const visitedColour = '#3f9e44';
const totalColour = '#a08c00';

export interface PaperBurnUpProps {
  /** The chart's accessible name (its heading's words). */
  title?: string;
  data: readonly BurnUpPoint[];
  labels: { visited: string; total: string };
  formatDay(day: string): string;
  formatNumber(n: number): string;
  width: number;
  height: number;
}

export function PaperBurnUp(props: PaperBurnUpProps) {
  const plot: PlotBox = { left: 56, top: 8, width: props.width - 56 - 14, height: props.height - 8 - 20 };
  const g = burnUpGeometry(props.data, plot);
  const shown = labelIndices(props.data.length, 5, true);
  return (
    <>
      <PaperSvg width={props.width} height={props.height} title={props.title}>
        <ValueGrid axis={g.axis} plot={plot} format={props.formatNumber} />
        <path d={g.area} fill={visitedColour} fillOpacity={0.22} stroke="none" />
        <path d={g.visitedLine} fill="none" stroke={visitedColour} strokeWidth={1.5} data-series="visited" />
        <path
          d={g.totalLine}
          fill="none"
          stroke={totalColour}
          strokeWidth={1.5}
          strokeDasharray="6 3"
          data-series="total"
        />
        <CategoryLabels
          xs={shown.map((i) => g.xs[i] ?? 0)}
          labels={shown.map((i) => props.formatDay(props.data[i]?.day ?? ''))}
          y={plot.top + plot.height + 5}
        />
      </PaperSvg>
      <PaperLegend
        entries={[
          { key: 'visited', label: props.labels.visited, colour: visitedColour, mark: 'box' },
          { key: 'total', label: props.labels.total, colour: totalColour, mark: 'line', dashed: true },
        ]}
      />
    </>
  );
}
