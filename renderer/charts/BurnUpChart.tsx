/**
 * Sweep burn-up: cumulative households covered per day against the households in scope. The
 * legend sits in its own fixed-height row under the plot (a recharts portal) instead of being
 * measured by recharts: recharts measures in screen pixels, which inside the briefing deck
 * (CSS zoom) are not layout pixels, and the plot then ran into the legend.
 */
import { memo, useState } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  Legend,
} from 'recharts';
import { useI18n } from '#renderer/i18n/I18nContext';
import { ChartFigure } from './ChartFigure';
import { burnUpSummary } from './chartSummaries';
import { chartScale, gridProps, tooltipProps, type ChartScale } from './chartTheme';

export interface BurnUpChartProps {
  /** The chart's accessible name (its heading's words). */
  title: string;
  data: ReadonlyArray<{ day: string; visited: number; total: number }>;
  labels: { visited: string; total: string };
  formatDay(day: string): string;
  formatNumber(n: number): string;
  height?: number;
  /** `wall`: large type for the briefing display. */
  scale?: ChartScale;
}

// memoised: the board re-renders on every cache change; the chart only when its props change
export const BurnUpChart = memo(function BurnUpChart(props: BurnUpChartProps) {
  const look = chartScale(props.scale);
  const { t } = useI18n();
  const height = props.height ?? 200;
  const [legendRow, setLegendRow] = useState<HTMLDivElement | null>(null);
  return (
    <ChartFigure
      title={props.title}
      summary={burnUpSummary(t, props.data, props.formatDay, props.formatNumber)}
    >
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height={Math.max(0, height - look.legendHeight)}>
          <ComposedChart data={[...props.data]} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
            <CartesianGrid {...gridProps} />
            <XAxis dataKey="day" tickFormatter={props.formatDay} {...look.axis} minTickGap={16} />
            <YAxis tickFormatter={props.formatNumber} {...look.axis} width={look.valueWidth} />
            <Tooltip
              {...tooltipProps}
              labelFormatter={(d) => props.formatDay(String(d))}
              formatter={(v) => props.formatNumber(Number(v))}
            />
            {legendRow ? (
              <Legend portal={legendRow} wrapperStyle={{ fontSize: look.legendFontSize }} />
            ) : null}
            <Area
              type="monotone"
              dataKey="visited"
              name={props.labels.visited}
              stroke="#5ec962"
              strokeWidth={look.stroke}
              fill="#5ec962"
              fillOpacity={0.25}
              isAnimationActive={false}
            />
            <Line
              type="stepAfter"
              dataKey="total"
              name={props.labels.total}
              stroke="#fde725"
              strokeWidth={look.stroke}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
        <div ref={setLegendRow} style={{ height: look.legendHeight, overflow: 'hidden' }} />
      </div>
    </ChartFigure>
  );
});
