/** Incidents of the last 24 hours per clock hour, stacked by type. */
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { incidentTypes, type IncidentType } from '#common/schemas';
import { incidentTypeColours } from '#renderer/theme/palette';
import { useI18n } from '#renderer/i18n/I18nContext';
import { formatNumber } from '#renderer/i18n/translate';
import { ChartFigure } from './ChartFigure';
import { incidentsByHourSummary } from './chartSummaries';
import { axisProps, gridProps, tooltipProps } from './chartTheme';

export interface IncidentsByHourChartProps {
  /** The chart's accessible name (its heading's words). */
  title: string;
  buckets: ReadonlyArray<{ hourStart: number } & Record<IncidentType, number>>;
  typeNames: Record<IncidentType, string>;
  formatHour(ms: number): string;
  height?: number;
}

// memoised: the board re-renders on every cache change; the chart only when its props change
export const IncidentsByHourChart = memo(function IncidentsByHourChart(props: IncidentsByHourChartProps) {
  const { t, language } = useI18n();
  return (
    <ChartFigure
      title={props.title}
      summary={incidentsByHourSummary(
        t,
        props.buckets.map((b) => ({
          hourStart: b.hourStart,
          count: incidentTypes.reduce((n, type) => n + b[type], 0),
        })),
        props.formatHour,
        (n) => formatNumber(n, language),
      )}
    >
      <ResponsiveContainer width="100%" height={props.height ?? 200}>
        <BarChart data={[...props.buckets]} margin={{ top: 8, right: 12, bottom: 0, left: 4 }}>
          <CartesianGrid {...gridProps} vertical={false} />
          <XAxis dataKey="hourStart" tickFormatter={props.formatHour} {...axisProps} minTickGap={12} />
          <YAxis allowDecimals={false} {...axisProps} width={32} />
          <Tooltip
            {...tooltipProps}
            labelFormatter={(v) => props.formatHour(Number(v))}
            cursor={{ fill: 'rgba(255,255,255,0.06)' }}
          />
          <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} />
          {incidentTypes.map((type) => (
            <Bar
              key={type}
              dataKey={type}
              stackId="types"
              name={props.typeNames[type]}
              fill={incidentTypeColours[type]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
});
