/** Shared look of the recharts charts on the dark board (axes, grid, tooltip). */
import { surface } from '../theme/palette';

export const axisProps = {
  stroke: surface.textMuted,
  tick: { fill: surface.textMuted, fontSize: 11 },
  tickLine: false,
} as const;

export const gridProps = { stroke: surface.panelBorder, strokeDasharray: '3 3' } as const;

export const tooltipProps = {
  contentStyle: {
    background: surface.panel,
    border: `1px solid ${surface.panelBorder}`,
    color: surface.text,
  },
  labelStyle: { color: surface.text },
  itemStyle: { color: surface.text },
} as const;
