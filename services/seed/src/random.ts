/**
 * Seeded pseudo-random numbers. Demo data, tests and benchmarks all need the same bytes for the
 * same seed on every machine and Node version, which Math.random and crypto cannot give.
 *
 * The generator is SFC32 (small fast chaotic, 128-bit state): plain 32-bit integer arithmetic, so
 * it is identical everywhere, and it is several times faster than anything built on BigInt.
 */

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform unsigned 32-bit integer. */
  uint32(): number;
  /** Uniform integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** Uniform float in [min, max). */
  float(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** Picks xs[i] with probability weights[i] / sum(weights). */
  weighted<T>(xs: readonly T[], weights: readonly number[]): T;
  /** Fisher–Yates, in place; returns xs. */
  shuffle<T>(xs: T[]): T[];
  /** k distinct elements (fewer if xs is shorter), in random order. */
  sample<T>(xs: readonly T[], k: number): T[];
  /** A version-4-shaped UUID built from 122 random bits. */
  uuid(): string;
  /**
   * An independent generator derived from this one's seed and the label, not from its current
   * position: drawing more numbers here never shifts what a fork produces, so separate concerns
   * (teams, members, activities) stay stable when another one changes how much it consumes.
   */
  fork(label: string): Random;
}

/** Creates a generator; any safe integer is a valid seed and distinct seeds give distinct streams. */
export function createRandom(seed: number): Random {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  // Both halves of the seed take part, so seeds that differ only above bit 31 still differ.
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 0x1_0000_0000) >>> 0;
  return fromSeedWords(lo, hi);
}

function fromSeedWords(lo: number, hi: number): Random {
  // SFC32 is weak when its state starts nearly all zero, so the state is filled from a
  // splitmix-style counter hash of the seed rather than from the seed itself.
  let x = lo ^ mix32(hi ^ 0x6a09e667);
  const fill = (): number => {
    x = (x + 0x9e3779b9) | 0;
    return mix32(x);
  };
  let a = fill();
  let b = fill();
  let c = fill() ^ hi;
  let d = 1;

  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of SFC32 still correlate with the seed; discarding a few decorrelates them.
  for (let i = 0; i < 16; i++) uint32();

  const next = (): number => uint32() / 0x1_0000_0000;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    uint32,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(xs: readonly T[]): T {
      if (xs.length === 0) throw new RangeError('pick from an empty list');
      return xs[Math.floor(next() * xs.length)]!;
    },
    weighted<T>(xs: readonly T[], weights: readonly number[]): T {
      let total = 0;
      for (const w of weights) total += w;
      let r = next() * total;
      for (let i = 0; i < xs.length; i++) {
        r -= weights[i]!;
        if (r < 0) return xs[i]!;
      }
      // Only reachable through floating-point rounding at the very top of the range.
      return xs[xs.length - 1]!;
    },
    shuffle<T>(xs: T[]): T[] {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = t;
      }
      return xs;
    },
    sample<T>(xs: readonly T[], k: number): T[] {
      const copy = xs.slice();
      const n = Math.min(k, copy.length);
      // Partial Fisher–Yates: only the first n slots need settling.
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        const t = copy[i]!;
        copy[i] = copy[j]!;
        copy[j] = t;
      }
      copy.length = n;
      return copy;
    },
    uuid: () => formatUuid(uint32(), uint32(), uint32(), uint32()),
    fork(label: string): Random {
      const h = hashString(label);
      return fromSeedWords(mix32(lo ^ h), mix32(hi ^ mix32(h ^ 0x85ebca6b)));
    },
  };
}

/**
 * Bijective 32-bit mixer (xor-shift / odd-multiply rounds, each invertible). Being a bijection is
 * what lets the id factory turn distinct counters into distinct, random-looking words.
 */
export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** FNV-1a over UTF-16 code units, finished with mix32 so short labels still spread. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

const HEX_CODES = new Uint8Array([...'0123456789abcdef'].map((c) => c.charCodeAt(0)));
const DASH = 45;

/**
 * Writes four 32-bit words as xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx (36 ASCII bytes) at
 * `offset`. The first word is kept whole (the id factory relies on it to carry uniqueness);
 * version and variant overwrite 6 bits of the others, so 122 of the 128 bits survive.
 */
export function writeUuid(out: Uint8Array, offset: number, w0: number, w1: number, w2: number, w3: number): void {
  let o = offset;
  const put = (w: number, nibbles: number): void => {
    for (let shift = (nibbles - 1) * 4; shift >= 0; shift -= 4) out[o++] = HEX_CODES[(w >>> shift) & 15]!;
  };
  put(w0, 8);
  out[o++] = DASH;
  put(w1 >>> 16, 4);
  out[o++] = DASH;
  put((w1 & 0x0fff) | 0x4000, 4);
  out[o++] = DASH;
  put(((w2 >>> 16) & 0x3fff) | 0x8000, 4);
  out[o++] = DASH;
  put(w2 & 0xffff, 4);
  put(w3, 8);
}

const ascii = new TextDecoder('latin1');
const single = new Uint8Array(36);

export function formatUuid(w0: number, w1: number, w2: number, w3: number): string {
  writeUuid(single, 0, w0, w1, w2, w3);
  return ascii.decode(single);
}

/**
 * String concatenation leaves a tree of rope nodes behind; at a million strings that tree costs
 * hundreds of megabytes and heavy garbage collection. Reading a character makes V8 copy the rope
 * into one flat string and drop the nodes.
 */
export function flatten(s: string): string {
  s.charCodeAt(0);
  return s;
}
