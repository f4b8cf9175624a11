/** Which incidents raise the high-severity alert: new ones only, each once, never the initial load. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALERT_WINDOW_MS,
  seenIncidentsSchema,
  trackHighSeverity,
  type AlertCandidate,
  type SeenIncidents,
} from '#renderer/features/incidents/highSeverityTracker';

const NOW = Date.UTC(2022, 8, 30, 2, 0, 0);
const inc = (id: string, severity: AlertCandidate['severity'], ago = 60_000): AlertCandidate => ({
  id,
  severity,
  reportedAt: NOW - ago,
});

describe('trackHighSeverity', () => {
  it('alerts nothing at the start of a session, whatever the cache holds', () => {
    const { alert, seen } = trackHighSeverity(null, [inc('a', 'high'), inc('b', 'low')], NOW);
    expect(alert).toEqual([]);
    expect(Object.keys(seen.ids).sort()).toEqual(['a', 'b']);
  });

  it('alerts a new high-severity incident once, newest first when several arrive', () => {
    const start = trackHighSeverity(null, [inc('a', 'high')], NOW).seen;
    const arrived = [inc('a', 'high'), inc('b', 'high', 5_000), inc('c', 'high', 1_000), inc('d', 'medium')];
    const first = trackHighSeverity(start, arrived, NOW);
    expect(first.alert.map((i) => i.id)).toEqual(['c', 'b']);
    expect(trackHighSeverity(first.seen, arrived, NOW + 1_000).alert).toEqual([]);
  });

  it('does not alert an incident that was present at the start and is raised to high later', () => {
    const start = trackHighSeverity(null, [inc('a', 'low')], NOW).seen;
    expect(trackHighSeverity(start, [inc('a', 'high')], NOW).alert).toEqual([]);
  });

  it('alerts a new incident that arrived below high once it is raised to high', () => {
    const start = trackHighSeverity(null, [], NOW).seen;
    const low = trackHighSeverity(start, [inc('n', 'low')], NOW);
    expect(low.alert).toEqual([]);
    const raised = trackHighSeverity(low.seen, [inc('n', 'high')], NOW);
    expect(raised.alert.map((i) => i.id)).toEqual(['n']);
  });

  it('does not alert an old incident arriving late, and forgets entries that left the window', () => {
    const start = trackHighSeverity(null, [inc('a', 'high', ALERT_WINDOW_MS - 1_000)], NOW).seen;
    expect(trackHighSeverity(start, [inc('old', 'high', ALERT_WINDOW_MS + 1)], NOW).alert).toEqual([]);
    const later = trackHighSeverity(start, [], NOW + 2_000).seen;
    expect(later.ids).toEqual({});
  });

  it('survives a reload through storage: what was alerted stays alerted, what arrived meanwhile alerts', () => {
    const start = trackHighSeverity(null, [inc('a', 'high')], NOW).seen;
    const alerted = trackHighSeverity(start, [inc('a', 'high'), inc('b', 'high')], NOW).seen;
    const stored = seenIncidentsSchema.parse(JSON.parse(JSON.stringify(alerted)));
    const afterReload = trackHighSeverity(
      stored,
      [inc('a', 'high'), inc('b', 'high'), inc('c', 'high')],
      NOW,
    );
    expect(afterReload.alert.map((i) => i.id)).toEqual(['c']);
  });

  it('over any sequence of cache snapshots: each incident alerts at most once, never one present at the start, and every new high one in the window alerts', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    // an incident's reported time is fixed; its severity may change between snapshots
    const reported = fc.array(fc.integer({ min: NOW - 2 * ALERT_WINDOW_MS, max: NOW }), {
      minLength: ids.length,
      maxLength: ids.length,
    });
    const snapshotOf = (times: number[]) =>
      fc
        .uniqueArray(
          fc.record({
            index: fc.integer({ min: 0, max: ids.length - 1 }),
            severity: fc.constantFrom('high' as const, 'medium' as const, 'low' as const),
          }),
          { selector: (i) => i.index },
        )
        .map((rows) =>
          rows.map(({ index, severity }) => ({
            id: ids[index] ?? '',
            severity,
            reportedAt: times[index] ?? NOW,
          })),
        );
    const scenario = reported.chain((times) =>
      fc.tuple(snapshotOf(times), fc.array(snapshotOf(times), { maxLength: 8 })),
    );
    fc.assert(
      fc.property(scenario, ([initial, later]) => {
        let seen: SeenIncidents = trackHighSeverity(null, initial, NOW).seen;
        const present = new Set(initial.map((i) => i.id));
        const alerted = new Map<string, number>();
        for (const snap of later) {
          const result = trackHighSeverity(seen, snap, NOW);
          for (const i of result.alert) alerted.set(i.id, (alerted.get(i.id) ?? 0) + 1);
          // independently: a high one in the window, new since the start, must have alerted by now
          for (const i of snap)
            if (i.severity === 'high' && i.reportedAt >= NOW - ALERT_WINDOW_MS && !present.has(i.id))
              expect(alerted.has(i.id)).toBe(true);
          seen = result.seen;
        }
        for (const [id, n] of alerted) {
          expect(n).toBe(1);
          expect(present.has(id)).toBe(false);
        }
      }),
    );
  });
});
