/**
 * The deck's state and its inputs: the navigation reducer, the keyboard / presenter remote
 * (window keydown), and the auto-advance timer, restarted on every change of slide.
 */
import { useEffect, useReducer } from 'react';
import { autoAdvanceDelay, initialDeck, reduceDeck } from './deckNavigation';
import { deckActionForKey } from './deckKeys';
import type { DeckOptions } from './deckOptions';
import { slideCount } from './slides';

export function toggleFullScreen(): void {
  const done = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen();
  // Refused (no user gesture, or not allowed here): the deck works the same windowed.
  done.catch(() => undefined);
}

export function useDeckControls(options: DeckOptions) {
  const [state, dispatch] = useReducer(reduceDeck, options, (o) =>
    initialDeck(slideCount, o.startIndex, !o.autoAdvance),
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (!event.ctrlKey && !event.altKey && !event.metaKey && (event.key === 'f' || event.key === 'F')) {
        event.preventDefault();
        toggleFullScreen();
        return;
      }
      const action = deckActionForKey(event, slideCount);
      if (!action) return;
      event.preventDefault();
      dispatch(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const delay = autoAdvanceDelay(state, options.intervalMs);
  useEffect(() => {
    if (delay === null) return;
    const timer = window.setTimeout(() => dispatch({ type: 'tick' }), delay);
    return () => window.clearTimeout(timer);
  }, [delay, state.turn]);

  return { state, dispatch, delay };
}
