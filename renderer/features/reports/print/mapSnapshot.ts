/**
 * Turns the report map's WebGL canvas into a picture for paper: the map's dark background
 * (the situation-room style) becomes white, so the printed page is not a slab of ink, while the
 * grids, outlines and symbols keep their colours. Also tells whether the grids are drawn yet —
 * maplibre can report 'idle' once before the data arrives, and that capture must not count.
 */
import { surface } from '../../../theme/palette';

const hex = (colour: string): [number, number, number] => [
  parseInt(colour.slice(1, 3), 16),
  parseInt(colour.slice(3, 5), 16),
  parseInt(colour.slice(5, 7), 16),
];

/** How far (per channel) a pixel may be from the background and still count as background. */
const TOLERANCE = 10;

export interface MapSnapshot {
  dataUrl: string;
  /** Share of pixels that are not background (0..1): > 0 once anything is drawn. */
  drawnShare: number;
}

export function snapshotOnPaper(source: HTMLCanvasElement): MapSnapshot | null {
  const { width, height } = source;
  if (width === 0 || height === 0) return null;
  const paper = document.createElement('canvas');
  paper.width = width;
  paper.height = height;
  const ctx = paper.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0);
  const image = ctx.getImageData(0, 0, width, height);
  const px = image.data;
  const [br, bg, bb] = hex(surface.background);
  let drawn = 0;
  for (let i = 0; i < px.length; i += 4) {
    const isBackground =
      Math.abs((px[i] ?? 0) - br) <= TOLERANCE &&
      Math.abs((px[i + 1] ?? 0) - bg) <= TOLERANCE &&
      Math.abs((px[i + 2] ?? 0) - bb) <= TOLERANCE;
    if (isBackground) {
      px[i] = 255;
      px[i + 1] = 255;
      px[i + 2] = 255;
      px[i + 3] = 255;
    } else drawn += 1;
  }
  ctx.putImageData(image, 0, 0);
  return { dataUrl: paper.toDataURL('image/png'), drawnShare: drawn / (px.length / 4) };
}
