/** The deck's navigation reducer: moving, wrapping, black screen (B), pause, auto-advance tick. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  autoAdvanceDelay,
  initialDeck,
  reduceDeck,
  type DeckAction,
  type DeckState,
} from '#renderer/features/briefing/deckNavigation';

const run = (state: DeckState, ...actions: DeckAction[]) => actions.reduce(reduceDeck, state);

describe('reduceDeck', () => {
  it('moves forward and back, wrapping at both ends', () => {
    const s = initialDeck(6);
    expect(run(s, { type: 'next' }).index).toBe(1);
    expect(run(s, { type: 'prev' }).index).toBe(5);
    expect(run(initialDeck(6, 5), { type: 'next' }).index).toBe(0);
    expect(run(s, { type: 'last' }).index).toBe(5);
    expect(run(initialDeck(6, 3), { type: 'first' }).index).toBe(0);
    expect(run(s, { type: 'goto', index: 4 }).index).toBe(4);
    expect(run(s, { type: 'goto', index: 40 }).index).toBe(5);
    expect(run(s, { type: 'goto', index: -3 }).index).toBe(0);
  });

  it('B blacks out and B again restores the same slide', () => {
    const s = initialDeck(6, 2);
    const black = run(s, { type: 'toggle-black' });
    expect(black.black).toBe(true);
    expect(black.index).toBe(2);
    const back = run(black, { type: 'toggle-black' });
    expect(back.black).toBe(false);
    expect(back.index).toBe(2);
    expect(back.turn).toBeGreaterThan(black.turn);
  });

  it('while black, a move only brings the picture back where it was', () => {
    const black = run(initialDeck(6, 2), { type: 'toggle-black' });
    for (const action of [{ type: 'next' }, { type: 'prev' }, { type: 'goto', index: 5 }] as DeckAction[]) {
      const after = run(black, action);
      expect(after).toMatchObject({ black: false, index: 2 });
    }
    expect(run(black, { type: 'unblack' }).black).toBe(false);
    expect(run(initialDeck(6), { type: 'unblack' })).toEqual(initialDeck(6));
  });

  it('a tick advances only a running deck that is neither black nor paused', () => {
    const s = initialDeck(6, 1);
    expect(run(s, { type: 'tick' }).index).toBe(2);
    expect(run(s, { type: 'toggle-black' }, { type: 'tick' }).index).toBe(1);
    expect(run(s, { type: 'toggle-pause' }, { type: 'tick' }).index).toBe(1);
    expect(run(s, { type: 'toggle-pause' }, { type: 'toggle-pause' }, { type: 'tick' }).index).toBe(2);
    expect(run(initialDeck(1), { type: 'tick' })).toEqual(initialDeck(1));
    expect(initialDeck(6, 0, true).paused).toBe(true);
  });

  it('index stays in range and the turn never goes back, whatever is pressed (property)', () => {
    const action = fc.oneof(
      fc.constantFrom<DeckAction>(
        { type: 'next' },
        { type: 'prev' },
        { type: 'first' },
        { type: 'last' },
        { type: 'toggle-black' },
        { type: 'unblack' },
        { type: 'toggle-pause' },
        { type: 'tick' },
      ),
      fc.integer({ min: -10, max: 10 }).map((index): DeckAction => ({ type: 'goto', index })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.array(action, { maxLength: 60 }), (count, actions) => {
        let s = initialDeck(count);
        for (const a of actions) {
          const next = reduceDeck(s, a);
          expect(next.index).toBeGreaterThanOrEqual(0);
          expect(next.index).toBeLessThan(count);
          expect(next.turn).toBeGreaterThanOrEqual(s.turn);
          if (next.index !== s.index) expect(next.turn).toBeGreaterThan(s.turn);
          if (s.black && a.type === 'tick') expect(next).toBe(s);
          s = next;
        }
      }),
    );
  });
});

describe('autoAdvanceDelay', () => {
  it('is the interval for a running deck and null when black, paused or alone', () => {
    const s = initialDeck(6);
    expect(autoAdvanceDelay(s, 20_000)).toBe(20_000);
    expect(autoAdvanceDelay(run(s, { type: 'toggle-black' }), 20_000)).toBeNull();
    expect(autoAdvanceDelay(run(s, { type: 'toggle-pause' }), 20_000)).toBeNull();
    expect(autoAdvanceDelay(initialDeck(1), 20_000)).toBeNull();
    expect(autoAdvanceDelay(s, 0)).toBeNull();
    expect(autoAdvanceDelay(s, Number.NaN)).toBeNull();
  });
});
