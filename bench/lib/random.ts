// Seeded randomness for the generator: the same seed (and as-of day) gives the same data set.

/** A 32-bit string hash (FNV-1a), to derive per-table seeds from names. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stateless 32-bit mix of two integers (murmur3's finaliser): for properties other tables must recompute. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A sequential generator (mulberry32) with the helpers the tables need. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A value from weighted choices, e.g. [['open', 3], ['won', 1]]. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }
}

const hex8 = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
const hex4 = (n: number) => (n & 0xffff).toString(16).padStart(4, '0');

/**
 * Deterministic UUIDs (version 4 layout) from (organisation tag, table, row index): unique per table
 * and organisation, computable from anywhere (so foreign keys need no lookup), and with a
 * random-looking first part so index inserts land all over the b-tree, as gen_random_uuid()'s do.
 */
export function uuidMaker(orgTag: number, table: number) {
  const middle = `${hex4(orgTag >>> 16)}-4${(table & 0xfff).toString(16).padStart(3, '0')}-${hex4(0x8000 | (orgTag & 0x3fff))}`;
  return (index: number) => `${hex8(mix(orgTag ^ table, index))}-${middle}-${index.toString(16).padStart(12, '0')}`;
}
