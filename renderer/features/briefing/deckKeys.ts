/**
 * Keyboard and presenter-remote keys of the deck. Presenter remotes send PageDown / PageUp for
 * next / previous and "b" or "." to black the screen; keyboards add arrows, space, Home / End,
 * digits for a slide, and P to pause. Keys with Ctrl, Alt or Meta are left to the browser.
 */
import type { DeckAction } from './deckNavigation';

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

export function deckActionForKey(event: KeyLike, slideCount: number): DeckAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'Enter':
    case 'n':
    case 'N':
      return { type: 'next' };
    case ' ':
    case 'Spacebar':
      return { type: event.shiftKey ? 'prev' : 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'toggle-black' };
    case 'Escape':
      return { type: 'unblack' };
    case 'p':
    case 'P':
      return { type: 'toggle-pause' };
  }
  if (/^[1-9]$/.test(event.key)) {
    const index = Number(event.key) - 1;
    return index < slideCount ? { type: 'goto', index } : null;
  }
  return null;
}
