/**
 * Turns the report map's WebGL canvas into a picture for paper: the map's dark background
 * (the situation-room style) becomes white, so the printed page is not a slab of ink, while the
 * grids, outlines and symbols keep their colours. `drawnShare` looks at a small copy first, so
 * an 'idle' before the data is drawn (maplibre can report one) costs next to nothing.
 */
import { surface } from '../../../theme/palette';

const hex = (colour: string): [number, number, number] => [
  parseInt(colour.slice(1, 3), 16),
  parseInt(colour.slice(3, 5), 16),
  parseInt(colour.slice(5, 7), 16),
];
const BACKGROUND = hex(surface.background);
/** How far (per channel) a pixel may be from the background and still count as background. */
const TOLERANCE = 10;

function isBackground(px: Uint8ClampedArray, i: number): boolean {
  return (
    Math.abs((px[i] ?? 0) - BACKGROUND[0]) <= TOLERANCE &&
    Math.abs((px[i + 1] ?? 0) - BACKGROUND[1]) <= TOLERANCE &&
    Math.abs((px[i + 2] ?? 0) - BACKGROUND[2]) <= TOLERANCE
  );
}

function copy(source: HTMLCanvasElement, width: number, height: number) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, width, height);
  return { canvas, ctx, image: ctx.getImageData(0, 0, width, height) };
}

/** Share of the map (0..1) that is not background, from a 96-pixel-wide copy. */
export function drawnShare(source: HTMLCanvasElement): number {
  if (source.width === 0 || source.height === 0) return 0;
  const width = 96;
  const height = Math.max(1, Math.round((source.height / source.width) * width));
  const small = copy(source, width, height);
  if (!small) return 0;
  let drawn = 0;
  for (let i = 0; i < small.image.data.length; i += 4) if (!isBackground(small.image.data, i)) drawn += 1;
  return drawn / (width * height);
}

/** The map as a PNG data URL on a white ground; null if the canvas cannot be read. */
export function snapshotOnPaper(source: HTMLCanvasElement): string | null {
  if (source.width === 0 || source.height === 0) return null;
  const full = copy(source, source.width, source.height);
  if (!full) return null;
  const px = full.image.data;
  for (let i = 0; i < px.length; i += 4) {
    if (!isBackground(px, i)) continue;
    px[i] = 255;
    px[i + 1] = 255;
    px[i + 2] = 255;
    px[i + 3] = 255;
  }
  full.ctx.putImageData(full.image, 0, 0);
  return full.canvas.toDataURL('image/png');
}
