/**
 * A small seeded pseudo-random generator (mulberry32), so training shuffles the same way on every
 * run and every machine: the committed model must be exactly what `grocery-agent train` writes.
 */

/** A generator of floats in [0, 1), the same sequence for the same seed. */
export type Random = () => number;

/**
 * @example
 * const random = seededRandom(42);
 * random(); // 0.6011037519201636, on every run
 */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates in place, driven by `random`. */
export function shuffleInPlace<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
