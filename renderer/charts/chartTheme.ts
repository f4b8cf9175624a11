/** Shared look of the recharts charts on the dark board (axes, grid, tooltip). */
import { surface } from '#renderer/theme/palette';

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

/**
 * Type sizes of a chart: `normal` for the workstation, `wall` for the briefing display read
 * from 5 m on a 1080p screen (ticks and legend ≥ 28 px, thick strokes, full-contrast text).
 */
export type ChartScale = 'normal' | 'wall';

export function chartScale(scale: ChartScale = 'normal') {
  if (scale === 'normal')
    return {
      axis: axisProps,
      legendFontSize: 12,
      /** Height of a legend row under the plot. */
      legendHeight: 24,
      stroke: 1,
      labelFontSize: 12,
      categoryWidth: 64,
      valueWidth: 56,
    };
  return {
    axis: { stroke: surface.text, tick: { fill: surface.text, fontSize: 28 }, tickLine: false } as const,
    legendFontSize: 30,
    legendHeight: 44,
    stroke: 5,
    labelFontSize: 28,
    categoryWidth: 150,
    valueWidth: 130,
  };
}
