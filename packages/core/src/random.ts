/**
 * Seeded pseudo-random numbers. Every randomised algorithm in Catalyse takes a
 * seed and draws from this generator, so the same seed gives the same result in
 * Node and in browsers.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counting), seeded
 * through splitmix32 so that nearby seeds give unrelated streams.
 */

/** A function returning uniform numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/** Default seed used when none is given, so that results are reproducible by default. */
export const DEFAULT_SEED = 17;

/** A seeded pseudo-random stream (uniform in [0, 1)); the same seed gives the same stream everywhere. */
export function createRandom(seed: number = DEFAULT_SEED): Random {
  let state = seed >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs, which still correlate with the seed.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A uniform integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** Shuffles `array` in place (Fisher–Yates) and returns it. */
export function shuffle<T>(random: Random, array: T[]): T[] {
  for (let i = array.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const tmp = array[i]!;
    array[i] = array[j]!;
    array[j] = tmp;
  }
  return array;
}
