/** Deck options from settings and the route's parameters; bad parameters are ignored one by one. */
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '#renderer/db/localRows';
import { deckOptions, hashParams } from '#renderer/features/briefing/deckOptions';

const settings = { briefingIntervalSec: 20, briefingAutoAdvance: true, briefingStaleMin: 30 };

describe('deckOptions', () => {
  it('follows the settings without parameters', () => {
    expect(deckOptions(settings, hashParams('#/briefing'))).toEqual({
      intervalMs: 20_000,
      autoAdvance: true,
      staleAfterMs: 30 * 60_000,
      startIndex: 0,
    });
    expect(defaultSettings).toMatchObject(settings);
  });

  it('parameters override: interval, stale, first slide, autoplay', () => {
    expect(deckOptions(settings, hashParams('#/briefing?interval=5&stale=2&slide=3&autoplay=0'))).toEqual({
      intervalMs: 5_000,
      autoAdvance: false,
      staleAfterMs: 2 * 60_000,
      startIndex: 2,
    });
    expect(
      deckOptions({ ...settings, briefingAutoAdvance: false }, hashParams('#/briefing?autoplay=1'))
        .autoAdvance,
    ).toBe(true);
  });

  it('a bad parameter is ignored and the others still apply', () => {
    for (const bad of ['interval=2', 'interval=abc', 'interval=5.5', 'interval=', 'interval=9999']) {
      const o = deckOptions(settings, hashParams(`#/briefing?${bad}&stale=7`));
      expect(o.intervalMs, bad).toBe(20_000);
      expect(o.staleAfterMs).toBe(7 * 60_000);
    }
    expect(deckOptions(settings, hashParams('#/briefing?slide=9')).startIndex).toBe(0);
    expect(deckOptions(settings, hashParams('#/briefing?slide=0')).startIndex).toBe(0);
    expect(deckOptions(settings, hashParams('#/briefing?autoplay=yes')).autoAdvance).toBe(true);
    expect(deckOptions(settings, hashParams('#/briefing?stale=-1')).staleAfterMs).toBe(30 * 60_000);
  });
});
