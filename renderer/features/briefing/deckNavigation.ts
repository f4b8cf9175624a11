/**
 * The deck's navigation as a pure reducer: next / previous (wrapping, so the deck loops on the
 * wall), go to a slide, black out (B) and restore, pause auto-advance, and the auto-advance tick.
 *
 * Invariants: `index` is always in [0, count); a tick never moves a blacked-out or paused deck;
 * while black, moving keys only bring the picture back (the slide does not change behind the
 * presenter's back); `turn` grows on every change of slide so the auto-advance timer restarts.
 */
export interface DeckState {
  index: number;
  count: number;
  black: boolean;
  paused: boolean;
  /** Incremented whenever the shown slide changes (or the picture comes back from black). */
  turn: number;
}

export type DeckAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'toggle-black' }
  | { type: 'unblack' }
  | { type: 'toggle-pause' }
  | { type: 'tick' };

export function initialDeck(count: number, start = 0, paused = false): DeckState {
  const n = Math.max(1, Math.floor(count));
  return { index: clampIndex(start, n), count: n, black: false, paused, turn: 0 };
}

function clampIndex(index: number, count: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(count - 1, Math.max(0, Math.floor(index)));
}

function show(state: DeckState, index: number): DeckState {
  return { ...state, index, black: false, turn: state.turn + 1 };
}

export function reduceDeck(state: DeckState, action: DeckAction): DeckState {
  const { index, count } = state;
  // While black, any move just brings the picture back where it was.
  const moving = ['next', 'prev', 'first', 'last', 'goto'].includes(action.type);
  if (state.black && moving) return show(state, index);
  switch (action.type) {
    case 'next':
      return show(state, (index + 1) % count);
    case 'prev':
      return show(state, (index - 1 + count) % count);
    case 'first':
      return show(state, 0);
    case 'last':
      return show(state, count - 1);
    case 'goto':
      return show(state, clampIndex(action.index, count));
    case 'toggle-black':
      return state.black ? show(state, index) : { ...state, black: true };
    case 'unblack':
      return state.black ? show(state, index) : state;
    case 'toggle-pause':
      return { ...state, paused: !state.paused, turn: state.turn + 1 };
    case 'tick':
      return state.black || state.paused || count < 2 ? state : show(state, (index + 1) % count);
  }
}

/** Milliseconds until the next automatic advance, or null when the deck should stay put. */
export function autoAdvanceDelay(state: DeckState, intervalMs: number): number | null {
  if (state.black || state.paused || state.count < 2) return null;
  if (!Number.isFinite(intervalMs) || intervalMs <= 0) return null;
  return intervalMs;
}
