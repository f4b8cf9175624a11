/** The demo PRNG: reproducible streams, independent forks, v4-shaped ids, sane ranges. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from '#common/demo/prng';
import { idSchema } from '#common/schemas';

describe('createRng', () => {
  it('repeats a sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('forks by label, independently of draws already made', () => {
    const a = createRng(1);
    const b = createRng(1);
    b.next();
    expect(a.fork('x').uuid()).toBe(b.fork('x').uuid());
    expect(a.fork('x').uuid()).not.toBe(a.fork('y').uuid());
  });

  it('makes valid v4-shaped UUIDs and keeps int() within bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.nat(1000), (seed, min, span) => {
        const rng = createRng(seed);
        const id = rng.uuid();
        expect(idSchema.safeParse(id).success).toBe(true);
        expect(id[14]).toBe('4');
        const n = rng.int(min, min + span);
        expect(n).toBeGreaterThanOrEqual(min);
        expect(n).toBeLessThanOrEqual(min + span);
      }),
    );
  });
});
