/** Freshness of the wall's data: demo data as of its load, synced data as of the last sync; stale past the threshold. */
import { describe, expect, it } from 'vitest';
import { freshness, type FreshnessInput } from '#renderer/features/briefing/freshness';

const NOW = Date.parse('2022-09-30T08:30:00+08:00');
const MIN = 60_000;
const base: FreshnessInput = {
  now: NOW,
  staleAfterMs: 30 * MIN,
  enrolled: false,
  liveLastSyncedAt: null,
  persistedLastSyncedAt: null,
  dataAsOf: NOW - 5 * MIN,
  syncOffline: false,
};

describe('freshness', () => {
  it('a demo cache is offline demo data as of dataAsOf, fresh within the threshold', () => {
    expect(freshness(base)).toEqual({
      source: 'demo',
      asOf: NOW - 5 * MIN,
      ageMs: 5 * MIN,
      stale: false,
      offline: true,
    });
  });

  it('turns stale just past the threshold, not at it', () => {
    expect(freshness({ ...base, dataAsOf: NOW - 30 * MIN }).stale).toBe(false);
    expect(freshness({ ...base, dataAsOf: NOW - 30 * MIN - 1 }).stale).toBe(true);
  });

  it('a demo cache ignores sync times (there is no sync)', () => {
    const f = freshness({
      ...base,
      liveLastSyncedAt: NOW,
      persistedLastSyncedAt: NOW,
      dataAsOf: NOW - 90 * MIN,
    });
    expect(f).toMatchObject({ source: 'demo', asOf: NOW - 90 * MIN, stale: true });
  });

  it('an enrolled workstation is as fresh as its latest known sync', () => {
    const enrolled = { ...base, enrolled: true, dataAsOf: NOW - 600 * MIN };
    expect(freshness({ ...enrolled, liveLastSyncedAt: NOW - 2 * MIN })).toMatchObject({
      source: 'synced',
      asOf: NOW - 2 * MIN,
      stale: false,
      offline: false,
    });
    // another window runs the sync: its persisted status counts
    expect(freshness({ ...enrolled, persistedLastSyncedAt: NOW - 3 * MIN }).asOf).toBe(NOW - 3 * MIN);
    // never synced since bring-up: the bring-up time
    expect(freshness(enrolled)).toMatchObject({ asOf: NOW - 600 * MIN, stale: true });
    expect(freshness({ ...enrolled, liveLastSyncedAt: NOW - 1 * MIN, syncOffline: true }).offline).toBe(true);
  });

  it('unknown age is stale and says unknown; a clock behind the data gives age 0', () => {
    expect(freshness({ ...base, dataAsOf: null })).toMatchObject({
      source: 'unknown',
      asOf: null,
      ageMs: null,
      stale: true,
    });
    expect(freshness({ ...base, dataAsOf: NOW + 5 * MIN })).toMatchObject({ ageMs: 0, stale: false });
  });
});
