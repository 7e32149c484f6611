import type { Prng } from './prng.js';

/** How a product's price moved over the history window. */
export type PriceStory = 'flat' | 'old-change' | 'increase' | 'rollback' | 'drop' | 'low' | 'volatile';

/** A generated price series: one price per day, oldest first, the last entry being today. */
export interface PriceSeries {
  story: PriceStory;
  daily: number[];
  /** Set while a rollback runs: the price before it. */
  wasPriceCents: number | null;
}

/**
 * Rounds to a shelf-looking price: most end in 8 ($3.48), some in 7 or 4, never below 25¢.
 */
export function shelfPrice(cents: number, rng: Prng): number {
  const tens = Math.max(3, Math.round(cents / 10));
  const ending = rng.chance(0.7) ? 2 : rng.pick([3, 6]);
  return tens * 10 - ending;
}

/**
 * Builds `days` daily prices ending today around `baseCents`. Most products are flat; some
 * have a rollback running (price lowered in the last days, was-price kept), a drop of 10%+
 * against the trailing month, a new 90-day low, an increase, or fresh-food wobble.
 */
export function generatePriceSeries(baseCents: number, days: number, rng: Prng, volatile: boolean): PriceSeries {
  const story = pickStory(rng, volatile);
  const daily = new Array<number>(days).fill(baseCents);
  const setFrom = (from: number, cents: number) => {
    for (let d = Math.max(0, from); d < days; d++) daily[d] = cents;
  };
  const last = days - 1;
  let wasPriceCents: number | null = null;
  switch (story) {
    case 'flat':
      break;
    case 'old-change':
      // A change long ago: history shows a step, the trailing month is flat.
      setFrom(0, shelfPrice(baseCents * rng.pick([0.92, 0.95, 1.06, 1.1]), rng));
      setFrom(rng.int(5, days - 40), baseCents);
      break;
    case 'increase':
      setFrom(last - rng.int(1, 20), shelfPrice(baseCents * rng.between(1.06, 1.18), rng));
      break;
    case 'rollback': {
      const cut = shelfPrice(baseCents * rng.between(0.72, 0.88), rng);
      setFrom(last - rng.int(1, 9), Math.min(cut, baseCents - 10));
      wasPriceCents = baseCents;
      break;
    }
    case 'drop':
      setFrom(last - rng.int(0, 4), Math.min(shelfPrice(baseCents * rng.between(0.7, 0.86), rng), Math.floor(baseCents * 0.9)));
      break;
    case 'low': {
      // Drifts down in small steps to a price below anything in the last 90 days.
      const steps = rng.int(2, 3);
      for (let s = 1; s <= steps; s++) {
        setFrom(last - Math.round((60 * (steps - s + 1)) / steps) + 1, shelfPrice(baseCents * (1 - 0.025 * s), rng));
      }
      const floor = Math.min(...daily.slice(0, last));
      daily[last] = Math.max(1, Math.min(daily[last]!, floor - 4));
      break;
    }
    case 'volatile': {
      let d = 0;
      while (d < days) {
        const len = rng.int(10, 30);
        const cents = shelfPrice(baseCents * rng.between(0.9, 1.1), rng);
        for (let i = d; i < Math.min(days, d + len); i++) daily[i] = cents;
        d += len;
      }
      break;
    }
  }
  return { story, daily, wasPriceCents };
}

function pickStory(rng: Prng, volatile: boolean): PriceStory {
  const r = rng.next();
  if (volatile && r < 0.35) return 'volatile';
  if (r < 0.5) return 'flat';
  if (r < 0.62) return 'old-change';
  if (r < 0.72) return 'increase';
  if (r < 0.82) return 'rollback';
  if (r < 0.91) return 'drop';
  return 'low';
}
