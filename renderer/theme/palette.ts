/**
 * The colours that carry meaning, in one place so map, tiles, charts, briefing and reports
 * agree. Control levels use a diverging red–blue scheme (ColorBrewer RdBu) whose lightness
 * also orders the levels, so they stay distinguishable for colour-blind viewers; coverage
 * uses viridis, which is perceptually uniform and colour-blind safe.
 */
import type { ControlLevel, Severity } from '../../common/schemas';

export const levelColours: Record<ControlLevel, string> = {
  sealed: '#b2182b',
  controlled: '#ef8a62',
  precaution: '#fddbc7',
  normal: '#67a9cf',
};

export const severityColours: Record<Severity, string> = {
  high: '#e31a1c',
  medium: '#fd8d3c',
  low: '#fecc5c',
};

/** Viridis stops for coverage 0 → 1. */
export const coverageStops: ReadonlyArray<readonly [number, string]> = [
  [0, '#440154'],
  [0.25, '#3b528b'],
  [0.5, '#21918c'],
  [0.75, '#5ec962'],
  [1, '#fde725'],
];

export const surface = {
  background: '#0b1220',
  panel: '#111a2e',
  panelBorder: '#1f2b45',
  text: '#e6edf7',
  textMuted: '#8a9bb8',
  districtLine: '#5b6b8a',
  accent: '#3b82f6',
} as const;
