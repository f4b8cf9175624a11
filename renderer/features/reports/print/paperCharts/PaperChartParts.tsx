/**
 * Pieces every printed chart shares: the horizontal value grid with its tick labels, the
 * category labels under the plot, and the legend (HTML under the chart, so it wraps like text).
 */
import type { ReactNode } from 'react';
import type { PlotBox, ValueAxis } from './paperChartGeometry';
import { px, yOf } from './paperChartGeometry';

export function ValueGrid(props: { axis: ValueAxis; plot: PlotBox; format(v: number): string }) {
  const { axis, plot } = props;
  return (
    <g className="paper-chart-grid">
      {axis.ticks.map((tick) => {
        const y = px(yOf(tick, axis, plot));
        return (
          <g key={tick}>
            <line
              x1={plot.left}
              x2={plot.left + plot.width}
              y1={y}
              y2={y}
              className={tick === 0 ? 'base' : undefined}
            />
            <text x={plot.left - 4} y={y} textAnchor="end" dominantBaseline="central">
              {props.format(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function CategoryLabels(props: { xs: readonly number[]; labels: readonly string[]; y: number }) {
  return (
    <g className="paper-chart-labels">
      {props.xs.map((x, i) => (
        <text key={i} x={px(x)} y={props.y} textAnchor="middle" dominantBaseline="hanging">
          {props.labels[i]}
        </text>
      ))}
    </g>
  );
}

export interface LegendEntry {
  key: string;
  label: string;
  colour: string;
  /** `line` for a series drawn as a line (dashed when `dashed`), `box` for a filled one. */
  mark: 'box' | 'line';
  dashed?: boolean;
}

export function PaperLegend({ entries }: { entries: readonly LegendEntry[] }) {
  return (
    <ul className="paper-chart-legend">
      {entries.map((e) => (
        <li key={e.key}>
          <svg width="14" height="8" aria-hidden="true">
            {e.mark === 'box' ? (
              <rect width="14" height="8" fill={e.colour} />
            ) : (
              <line
                x1="0"
                x2="14"
                y1="4"
                y2="4"
                stroke={e.colour}
                strokeWidth="2"
                strokeDasharray={e.dashed ? '4 2' : undefined}
              />
            )}
          </svg>
          {e.label}
        </li>
      ))}
    </ul>
  );
}

/** A paper chart's drawing: one named image for assistive technology (its title). */
export function PaperSvg(props: { width: number; height: number; title?: string; children: ReactNode }) {
  return (
    <svg
      className="paper-chart"
      width={props.width}
      height={props.height}
      role="img"
      aria-label={props.title}
    >
      {props.children}
    </svg>
  );
}
