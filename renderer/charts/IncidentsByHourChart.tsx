/** Incidents of the last 24 hours per clock hour, stacked by type. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { incidentTypes, type IncidentType } from '#common/schemas';
import { incidentTypeColours } from '#renderer/theme/palette';
import { axisProps, gridProps, tooltipProps } from './chartTheme';

export interface IncidentsByHourChartProps {
  buckets: ReadonlyArray<{ hourStart: number } & Record<IncidentType, number>>;
  typeNames: Record<IncidentType, string>;
  formatHour(ms: number): string;
  height?: number;
}

export function IncidentsByHourChart(props: IncidentsByHourChartProps) {
  return (
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
  );
}
