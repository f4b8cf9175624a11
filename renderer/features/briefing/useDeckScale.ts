/**
 * The deck is laid out for a 1920×1080 wall screen (briefing.css: body text 32 px, figures
 * 104 px) and scaled to the screen it is on, so every slide fits and reads the same at
 * 1280×720, 1600×900 or 3840×2160: the scale is the largest that keeps 1920×1080 inside the
 * window (CSS `zoom` on the deck), and a screen of another shape gets the spare room in its
 * longer side. Pure sizing plus one resize listener; the map's canvas is drawn at the scaled
 * resolution (MapSlide) so it stays sharp on a 4K wall.
 */
import { useEffect, useState } from 'react';

export const DESIGN_WIDTH = 1920;
export const DESIGN_HEIGHT = 1080;

export interface DeckScale {
  /** CSS zoom of the deck. */
  zoom: number;
  /** The window size the zoom was computed for (`data-viewport`, a signal for tests). */
  viewport: string;
}

export function deckScale(width: number, height: number): DeckScale {
  const zoom = Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT);
  return { zoom: zoom > 0 && Number.isFinite(zoom) ? zoom : 1, viewport: `${width}x${height}` };
}

export function useDeckScale(): DeckScale {
  const [scale, setScale] = useState(() => deckScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = (): void => {
      const next = deckScale(window.innerWidth, window.innerHeight);
      setScale((shown) => (shown.viewport === next.viewport ? shown : next));
    };
    window.addEventListener('resize', onResize);
    onResize(); // a resize between the first render and this effect
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
