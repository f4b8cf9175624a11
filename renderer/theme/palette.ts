/**
 * The colours that carry meaning, in one place so map, tiles, charts, briefing and reports
 * agree. Control levels use a diverging red–blue scheme (ColorBrewer RdBu) whose lightness
 * also orders the levels, so they stay distinguishable for colour-blind viewers; coverage
 * uses viridis, which is perceptually uniform and colour-blind safe.
 */
import type { ControlLevel, IncidentType, Severity } from '#common/schemas';

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

/** Okabe–Ito categorical colours (colour-blind safe) for incident types. */
export const incidentTypeColours: Record<IncidentType, string> = {
  gathering: '#E69F00',
  'checkpoint-breach': '#D55E00',
  'unregistered-person': '#CC79A7',
  'supply-disruption': '#F0E442',
  dispute: '#56B4E9',
  medical: '#009E73',
  other: '#999999',
};

/** Colour of a coverage ratio on the viridis ramp (linear between stops). */
export function coverageColour(ratio: number): string {
  const r = Math.min(1, Math.max(0, ratio));
  for (let i = 1; i < coverageStops.length; i++) {
    const [x1, c1] = coverageStops[i - 1] as readonly [number, string];
    const [x2, c2] = coverageStops[i] as readonly [number, string];
    if (r <= x2) {
      const f = (r - x1) / (x2 - x1);
      const mix = (a: string, b: string, k: number) =>
        Math.round(parseInt(a.slice(k, k + 2), 16) * (1 - f) + parseInt(b.slice(k, k + 2), 16) * f)
          .toString(16)
          .padStart(2, '0');
      return `#${mix(c1, c2, 1)}${mix(c1, c2, 3)}${mix(c1, c2, 5)}`;
    }
  }
  return coverageStops[coverageStops.length - 1]?.[1] ?? '#fde725';
}
