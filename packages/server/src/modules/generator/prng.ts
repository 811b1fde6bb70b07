/**
 * A seeded pseudo-random generator for synthetic data. Written here rather than taken from a library because
 * it is 20 lines, must be bit-for-bit stable across Node versions and library upgrades (a seed names a data
 * set in tests, demos and benchmarks), and sits in a loop that draws tens of numbers per resident: sfc32
 * passes PractRand to 2^40+, is four 32-bit words of state and needs no BigInt or allocation per draw.
 */

/** Items with relative weights, pre-summed once so a draw is one uniform and a short scan. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: Float64Array;
  readonly total: number;
}

/** Builds a table from `[item, weight]` pairs; weights need not sum to 1. */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, w], i) => {
    if (!(w >= 0)) throw new RangeError(`weight must be >= 0, got ${w}`);
    total += w;
    cumulative[i] = total;
  });
  if (total <= 0) throw new RangeError('a weighted table needs a positive total weight');
  return { items: entries.map(([item]) => item), cumulative, total };
}

/** cyrb128: spreads a string seed over four 32-bit words, so nearby seeds give unrelated streams. */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  // Box–Muller yields two normals per pair of uniforms; keeping the second halves the cost of normal().
  private spare = Number.NaN;

  constructor(seed: number | string) {
    [this.a, this.b, this.c, this.d] = hashSeed(String(seed));
    // The first outputs of sfc32 still echo the seed words; discarding a few is the published recipe.
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item of a weighted table. */
  weighted<T>(table: WeightedTable<T>): T {
    const x = this.next() * table.total;
    const cum = table.cumulative;
    let i = 0;
    while (i < cum.length - 1 && (cum[i] as number) <= x) i++;
    return table.items[i] as T;
  }

  /** Standard normal (mean 0, sd 1). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const s = this.spare;
      this.spare = Number.NaN;
      return s;
    }
    const u = 1 - this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    const theta = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  }

  /** Exponential with the given mean, for waiting times (days until printed, handed over, recorded). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
}
