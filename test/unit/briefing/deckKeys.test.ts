/** Keys of a keyboard and a presenter remote mapped to deck actions. */
import { describe, expect, it } from 'vitest';
import { deckActionForKey } from '#renderer/features/briefing/deckKeys';

const key = (k: string, extra: Record<string, boolean> = {}) => deckActionForKey({ key: k, ...extra }, 6);

describe('deckActionForKey', () => {
  it('arrows, space, Page Down / Up (presenter remote) move', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])
      expect(key(k)).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']) expect(key(k)).toEqual({ type: 'prev' });
    expect(key(' ', { shiftKey: true })).toEqual({ type: 'prev' });
    expect(key('Home')).toEqual({ type: 'first' });
    expect(key('End')).toEqual({ type: 'last' });
  });

  it('B (either case) and "." black the screen, Escape restores, P pauses', () => {
    for (const k of ['b', 'B', '.']) expect(key(k)).toEqual({ type: 'toggle-black' });
    expect(key('Escape')).toEqual({ type: 'unblack' });
    expect(key('p')).toEqual({ type: 'toggle-pause' });
  });

  it('digits go to a slide that exists', () => {
    expect(key('1')).toEqual({ type: 'goto', index: 0 });
    expect(key('6')).toEqual({ type: 'goto', index: 5 });
    expect(key('7')).toBeNull();
    expect(key('0')).toBeNull();
  });

  it('leaves keys with Ctrl, Alt or Meta and unknown keys to the browser', () => {
    expect(key('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(key('b', { metaKey: true })).toBeNull();
    expect(key('r', { altKey: true })).toBeNull();
    expect(key('x')).toBeNull();
    expect(key('Tab')).toBeNull();
  });
});
