/**
 * The point symbols, drawn on a canvas at start-up and handed to maplibre with addImage, so the
 * map needs no sprite sheet from anywhere. Shape tells the kind (checkpoint = square gate,
 * incident = warning triangle, testing site = round medical cross); fill and inner mark tell the
 * state (mode and staffing, severity, site status), so kinds stay apart without colour vision.
 * The legend draws the same canvases, so map and legend cannot disagree.
 */
import type { CheckpointMode, Severity, SiteStatus } from '#common/schemas';
import { checkpointModes, severities, siteStatuses } from '#common/schemas';
import { severityColours, surface } from '#renderer/theme/palette';

/** CSS pixels per side; drawn at PIXEL_RATIO for sharp icons on HiDPI screens. */
export const ICON_SIZE = 22;
export const PIXEL_RATIO = 2;

export const checkpointIconId = (mode: CheckpointMode, staffedNow: boolean): string =>
  `checkpoint-${mode}-${staffedNow ? 'staffed' : 'unstaffed'}`;
export const incidentIconId = (severity: Severity): string => `incident-${severity}`;
export const siteIconId = (status: SiteStatus): string => `site-${status}`;

type Painter = (ctx: CanvasRenderingContext2D, s: number) => void;

function checkpointPainter(mode: CheckpointMode, staffedNow: boolean): Painter {
  return (ctx, s) => {
    const pad = s * 0.14;
    const side = s - 2 * pad;
    ctx.lineWidth = s * 0.08;
    ctx.fillStyle = staffedNow ? surface.accent : surface.panel;
    ctx.strokeStyle = staffedNow ? surface.text : surface.accent;
    if (!staffedNow) ctx.setLineDash([s * 0.12, s * 0.08]);
    ctx.fillRect(pad, pad, side, side);
    ctx.strokeRect(pad, pad, side, side);
    ctx.setLineDash([]);
    const mark = staffedNow ? surface.text : surface.accent;
    ctx.strokeStyle = mark;
    ctx.fillStyle = mark;
    ctx.lineWidth = s * 0.09;
    const c = s / 2;
    const r = side * 0.3;
    ctx.beginPath();
    if (mode === 'closed') {
      ctx.moveTo(c - r, c - r);
      ctx.lineTo(c + r, c + r);
      ctx.moveTo(c + r, c - r);
      ctx.lineTo(c - r, c + r);
      ctx.stroke();
    } else if (mode === 'in-only') {
      // one arrow pointing in (downwards into the gate)
      ctx.moveTo(c, c - r);
      ctx.lineTo(c, c + r * 0.2);
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(c - r * 0.75, c);
      ctx.lineTo(c + r * 0.75, c);
      ctx.lineTo(c, c + r);
      ctx.closePath();
      ctx.fill();
    } else {
      // double-headed arrow: traffic both ways
      ctx.moveTo(c, c - r * 0.5);
      ctx.lineTo(c, c + r * 0.5);
      ctx.stroke();
      for (const dir of [-1, 1]) {
        ctx.beginPath();
        ctx.moveTo(c - r * 0.65, c + dir * r * 0.35);
        ctx.lineTo(c + r * 0.65, c + dir * r * 0.35);
        ctx.lineTo(c, c + dir * r * 1.05);
        ctx.closePath();
        ctx.fill();
      }
    }
  };
}

function incidentPainter(severity: Severity): Painter {
  return (ctx, s) => {
    ctx.beginPath();
    ctx.moveTo(s / 2, s * 0.06);
    ctx.lineTo(s * 0.96, s * 0.9);
    ctx.lineTo(s * 0.04, s * 0.9);
    ctx.closePath();
    ctx.fillStyle = severityColours[severity];
    ctx.fill();
    ctx.lineJoin = 'round';
    ctx.lineWidth = s * 0.07;
    ctx.strokeStyle = surface.background;
    ctx.stroke();
    ctx.fillStyle = surface.background;
    ctx.fillRect(s * 0.455, s * 0.33, s * 0.09, s * 0.3);
    ctx.fillRect(s * 0.455, s * 0.7, s * 0.09, s * 0.09);
  };
}

function sitePainter(status: SiteStatus): Painter {
  return (ctx, s) => {
    const c = s / 2;
    const filled = status === 'open' || status === 'closed';
    const ring = status === 'closed' || status === 'planned' ? surface.textMuted : surface.text;
    ctx.beginPath();
    ctx.arc(c, c, s * 0.4, 0, Math.PI * 2);
    ctx.fillStyle = filled ? ring : surface.panel;
    ctx.fill();
    ctx.lineWidth = s * 0.08;
    ctx.strokeStyle = ring;
    if (status === 'planned') ctx.setLineDash([s * 0.1, s * 0.08]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = filled ? surface.background : ring;
    const arm = s * 0.42;
    const thick = s * 0.13;
    ctx.fillRect(c - arm / 2, c - thick / 2, arm, thick);
    ctx.fillRect(c - thick / 2, c - arm / 2, thick, arm);
  };
}

function allPainters(): Array<[string, Painter]> {
  const out: Array<[string, Painter]> = [];
  for (const mode of checkpointModes) {
    for (const staffed of [true, false])
      out.push([checkpointIconId(mode, staffed), checkpointPainter(mode, staffed)]);
  }
  for (const severity of severities) out.push([incidentIconId(severity), incidentPainter(severity)]);
  for (const status of siteStatuses) out.push([siteIconId(status), sitePainter(status)]);
  return out;
}

/** Draws one icon onto a fresh canvas of ICON_SIZE × PIXEL_RATIO pixels. */
export function drawIcon(id: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  const px = ICON_SIZE * PIXEL_RATIO;
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  const painter = allPainters().find(([name]) => name === id)?.[1];
  if (ctx && painter) painter(ctx, px);
  return canvas;
}

/** Every icon as ImageData, keyed by the id the point features name in `properties.icon`. */
export function iconImages(): Array<{ id: string; data: ImageData }> {
  const px = ICON_SIZE * PIXEL_RATIO;
  return allPainters().flatMap(([id, painter]) => {
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    const ctx = canvas.getContext('2d');
    if (!ctx) return [];
    painter(ctx, px);
    return [{ id, data: ctx.getImageData(0, 0, px, px) }];
  });
}
