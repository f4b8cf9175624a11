/**
 * Seeded pseudo-random numbers for the demo generator: sfc32 (Chris Doty-Humphrey's small
 * fast counter), seeded through splitmix32. Same seed ⇒ same sequence on every JS engine
 * (32-bit integer arithmetic only). `fork(label)` derives an independent stream per part of
 * the dataset, so adding draws to one part does not reshuffle the others.
 * Not for anything secret: ids look like RFC 4122 v4 UUIDs but are predictable.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  float(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks an item with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** Approximately normal (sum of three uniforms), mean 0, sd ≈ 1. */
  normal(): number;
  /** A v4-shaped UUID (version nibble 4, variant 10xx). */
  uuid(): string;
  /** An independent stream derived from this stream's seed and a label. */
  fork(label: string): Rng;
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a of a label, mixed with a seed: the seed of a forked stream. */
function mixLabel(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const UUID_CODES: number[] = new Array<number>(36).fill(48);

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) u32();

  const next = (): number => u32() / 4294967296;
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(items: readonly (readonly [T, number])[]): T {
      // index loops, not for…of with destructuring: this runs millions of times at district
      // size, and the iterators were most of its cost and garbage (same arithmetic, same picks)
      let total = 0;
      for (let i = 0; i < items.length; i++) total += (items[i] as readonly [T, number])[1];
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        const entry = items[i] as readonly [T, number];
        r -= entry[1];
        if (r < 0) return entry[0];
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i] as T;
        items[i] = items[j] as T;
        items[j] = tmp;
      }
      return items;
    },
    normal: () => (next() + next() + next() - 1.5) * 2,
    uuid(): string {
      // Char codes into a reused buffer, then one flat string: no cons-string trees in
      // datasets with hundreds of thousands of ids.
      let k = 0;
      for (let w = 0; w < 4; w++) {
        let x = u32();
        if (w === 1) x = (x & 0xffff0fff) | 0x00004000;
        if (w === 2) x = ((x & 0x3fffffff) | 0x80000000) >>> 0;
        for (let shift = 28; shift >= 0; shift -= 4) {
          if (k === 8 || k === 13 || k === 18 || k === 23) UUID_CODES[k++] = 45;
          UUID_CODES[k++] = HEX_CODES[(x >>> shift) & 15] ?? 48;
        }
      }
      return String.fromCharCode(...UUID_CODES);
    },
    fork: (label) => createRng(mixLabel(seed, label)),
  };
  return rng;
}
