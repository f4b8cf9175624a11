/**
 * Chooses the screen the briefing display opens on: the first display that is not the primary
 * one (the wall screen or projector beside the workstation), else the primary display.
 */
export interface DisplayLike {
  id: number;
  label?: string;
  bounds: { x: number; y: number; width: number; height: number };
}

export interface BriefingDisplayChoice<D extends DisplayLike> {
  display: D;
  external: boolean;
}

export function pickBriefingDisplay<D extends DisplayLike>(
  displays: readonly D[],
  primary: D,
): BriefingDisplayChoice<D> {
  const other = displays.find((display) => display.id !== primary.id);
  return other ? { display: other, external: true } : { display: primary, external: false };
}

export function displayLabel(display: DisplayLike, external: boolean): string {
  if (display.label) return display.label;
  return external ? `显示器 ${display.id}` : '主显示器';
}
