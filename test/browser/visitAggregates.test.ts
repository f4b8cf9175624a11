/**
 * Visit entry updates the sweep aggregates incrementally (one campaign/grid/day cell) — and
 * the result must always equal a full recompute from all visits, including a not-home visit,
 * a second covering visit and a covering visit entered out of order (an earlier time).
 */
import { afterEach, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { dayOf } from '#common/domain/time';
import { GridroomDb } from '#renderer/db/database';
import { sweepStatsFromVisits } from '#renderer/db/aggregates';
import { writeLocalChange } from '#renderer/sync/localWrite';

const name = `gridroom-visits-${Math.random().toString(36).slice(2)}`;
afterEach(async () => Dexie.delete(name));

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const CAMPAIGN = uuid(900);
const GRID = uuid(901);
const T = Date.parse('2026-11-20T02:00:00Z');

function visit(n: number, household: number, outcome: string, at: number) {
  return {
    campaignId: CAMPAIGN,
    householdId: uuid(household),
    gridId: GRID,
    visitedAt: at,
    day: dayOf(at),
    team: '一组',
    outcome,
    unregisteredFound: outcome === 'found-unregistered' ? 1 : 0,
    overdueTestsFound: 0,
    note: '',
    id: uuid(n),
  };
}

it('keeps sweepStats equal to a full recompute through every kind of visit', async () => {
  const db = new GridroomDb(name);
  const steps = [
    visit(1, 10, 'not-home', T),
    visit(2, 10, 'all-registered', T + 3_600_000),
    visit(3, 10, 'all-registered', T + 90_000_000),
    visit(4, 11, 'found-unregistered', T + 90_000_000),
    visit(5, 11, 'all-registered', T - 86_400_000),
  ];
  for (const { id, ...patch } of steps) {
    await writeLocalChange(db, { entity: 'visits', id, patch, madeBy: 'o', workstation: 'ws' });
    const all = await db.visits.toArray();
    const expected = sweepStatsFromVisits(all).sort((a, b) => a.day.localeCompare(b.day));
    const actual = (await db.sweepStats.toArray())
      .filter((s) => s.visits > 0)
      .sort((a, b) => a.day.localeCompare(b.day));
    expect(actual).toEqual(expected);
  }
  db.close();
});
