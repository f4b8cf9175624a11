/**
 * Coverage per grid, worst first, as horizontal bars coloured on the coverage ramp; clicking a
 * bar selects its grid. Shows the `limit` worst grids so the chart stays readable at 725 grids.
 */
import { memo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { leastCovered } from '#common/domain/coverage';
import { useI18n } from '#renderer/i18n/I18nContext';
import { ChartFigure } from './ChartFigure';
import { coverageSummary } from './chartSummaries';
import { coverageColour, surface } from '#renderer/theme/palette';
import { chartScale, gridProps, tooltipProps, type ChartScale } from './chartTheme';

export interface CoverageBar {
  id: string;
  /** Short axis label (the grid code). */
  label: string;
  /** Full name, shown in the tooltip. */
  name: string;
  coverage: number;
}

export interface CoverageByGridChartProps {
  /** The chart's accessible name (its heading's words). */
  title: string;
  bars: readonly CoverageBar[];
  selectedId: string | null;
  onSelect(id: string): void;
  formatPercent(ratio: number): string;
  limit?: number;
  height?: number;
  /** `wall`: large type and the percentage written on each bar, for the briefing display. */
  scale?: ChartScale;
}

// memoised: the board re-renders on every cache change; the chart only when its props change
export const CoverageByGridChart = memo(function CoverageByGridChart(props: CoverageByGridChartProps) {
  const data = leastCovered(props.bars, props.limit ?? 15);
  const look = chartScale(props.scale);
  const wall = props.scale === 'wall';
  const { t } = useI18n();
  return (
    <ChartFigure
      title={props.title}
      summary={coverageSummary(t, props.bars, props.limit ?? 15, props.formatPercent)}
    >
      <ResponsiveContainer width="100%" height={props.height ?? 300}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: wall ? 120 : 16, bottom: 0, left: 4 }}
        >
          <CartesianGrid {...gridProps} horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tickFormatter={props.formatPercent} {...look.axis} />
          <YAxis type="category" dataKey="label" width={look.categoryWidth} {...look.axis} interval={0} />
          <Tooltip
            {...tooltipProps}
            formatter={(v) => props.formatPercent(Number(v))}
            labelFormatter={(label) => {
              const bar = data.find((b) => b.label === label);
              return bar ? `${bar.label} ${bar.name}` : String(label);
            }}
            cursor={{ fill: 'rgba(255,255,255,0.06)' }}
          />
          <Bar
            dataKey="coverage"
            isAnimationActive={false}
            onClick={(entry: { payload?: CoverageBar }) => entry.payload && props.onSelect(entry.payload.id)}
            cursor="pointer"
          >
            {wall ? (
              <LabelList
                dataKey="coverage"
                position="right"
                formatter={(v: unknown) => props.formatPercent(Number(v))}
                fill={surface.text}
                fontSize={look.labelFontSize}
              />
            ) : null}
            {data.map((bar) => (
              <Cell
                key={bar.id}
                fill={coverageColour(bar.coverage)}
                stroke={bar.id === props.selectedId ? surface.text : 'none'}
                strokeWidth={2}
                data-grid-id={bar.id}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
