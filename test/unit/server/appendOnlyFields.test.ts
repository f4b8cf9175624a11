/**
 * The append-only union's keys (pure): two entries share a key exactly when they are
 * jsonEqual, for timeline-shaped entries and anything else a stored list might hold, so the
 * Set-based union keeps each distinct entry once — the same answer as the old pairwise merge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryKey, mergeAppendOnly } from '#server/sync/appendOnlyFields';
import { jsonEqual } from '#server/sync/jsonEqual';

const text = fc.constantFrom('', 'a', 'ab', '1:a', ':', '到场', 'a1:b');
const shaped = fc.record({ at: fc.integer({ min: -2, max: 3 }), by: text, kind: text, text });
const other = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.record({ at: fc.integer({ min: 0, max: 2 }), by: text, kind: text, text, extra: text }),
  fc.record({ at: fc.integer({ min: 0, max: 2 }), by: text }),
);
const anyEntry = fc.oneof(shaped, shaped, other);

describe('append-only entry keys', () => {
  it('match exactly when the entries are jsonEqual', () => {
    fc.assert(
      fc.property(anyEntry, anyEntry, (a, b) => {
        expect(entryKey(a) === entryKey(b)).toBe(jsonEqual(a, b));
      }),
      { numRuns: 5000, seed: 5 },
    );
  });

  it('give the union of the old pairwise merge, each distinct entry once', () => {
    fc.assert(
      fc.property(
        fc.array(anyEntry, { maxLength: 12 }),
        fc.array(anyEntry, { maxLength: 12 }),
        (server, client) => {
          const merged = mergeAppendOnly(server, client);
          for (const e of [...server, ...client]) expect(merged.some((m) => jsonEqual(m, e))).toBe(true);
          for (const [i, m] of merged.entries())
            expect(merged.slice(i + 1).some((n) => jsonEqual(m, n))).toBe(false);
        },
      ),
      { numRuns: 1000, seed: 6 },
    );
  });
});
