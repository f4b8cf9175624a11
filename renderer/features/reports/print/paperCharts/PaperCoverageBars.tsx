/**
 * The grids with the lowest coverage on paper: one row per grid (code and name), a bar on the
 * coverage ramp from 0 to 100 % and the percentage written at its end.
 */
import { leastCovered } from '#common/domain/coverage';
import { coverageColour } from '#renderer/theme/palette';
import { coverageRows, px, type PlotBox } from './paperChartGeometry';
import { PaperSvg } from './PaperChartParts';

export interface PaperCoverageBar {
  id: string;
  code: string;
  name: string;
  coverage: number;
}

export interface PaperCoverageBarsProps {
  /** The chart's accessible name (its heading's words). */
  title?: string;
  bars: readonly PaperCoverageBar[];
  formatPercent(ratio: number): string;
  limit: number;
  width: number;
  rowHeight: number;
}

const labelWidth = 190;
const quarters = [0, 0.25, 0.5, 0.75, 1];

/** A name cut to fit the label column (about 12 CJK characters at the chart's type size). */
function shortName(name: string): string {
  return name.length > 12 ? `${name.slice(0, 11)}…` : name;
}

export function PaperCoverageBars(props: PaperCoverageBarsProps) {
  const shown = leastCovered(props.bars, props.limit);
  const height = shown.length * props.rowHeight + 24;
  const plot: PlotBox = {
    left: labelWidth,
    top: 4,
    width: props.width - labelWidth - 44,
    height: shown.length * props.rowHeight,
  };
  const { rows, barHeight } = coverageRows(shown, plot, props.rowHeight);
  return (
    <PaperSvg width={props.width} height={height} title={props.title}>
      <g className="paper-chart-grid">
        {quarters.map((q) => {
          const x = px(plot.left + plot.width * q);
          return (
            <g key={q}>
              <line
                x1={x}
                x2={x}
                y1={plot.top}
                y2={plot.top + plot.height}
                className={q === 0 ? 'base' : undefined}
              />
              <text x={x} y={plot.top + plot.height + 5} textAnchor="middle" dominantBaseline="hanging">
                {props.formatPercent(q)}
              </text>
            </g>
          );
        })}
      </g>
      {rows.map(({ item, y, labelY, barWidth }) => (
        <g key={item.id} data-grid-id={item.id}>
          <text
            className="paper-chart-category"
            x={plot.left - 6}
            y={px(labelY)}
            textAnchor="end"
            dominantBaseline="central"
          >
            <tspan className="code">{item.code}</tspan> {shortName(item.name)}
          </text>
          <rect
            x={plot.left}
            y={px(y)}
            width={px(barWidth)}
            height={px(barHeight)}
            fill={coverageColour(item.coverage)}
          />
          <text
            className="paper-chart-value"
            x={px(plot.left + barWidth + 4)}
            y={px(labelY)}
            dominantBaseline="central"
          >
            {props.formatPercent(item.coverage)}
          </text>
        </g>
      ))}
    </PaperSvg>
  );
}
