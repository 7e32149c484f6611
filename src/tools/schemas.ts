import { z } from 'zod';
import { parseMoney } from '../grocery/money.js';

/** A list named by the person ("costco", "the party list"); left out means the active or default list. */
export const listArg = z.string().trim().min(1).max(60).optional().describe('list name; omit for current');

/** A catalog product id, as shown in earlier results. */
export const productIdArg = z.number().int().positive().optional().describe('id from results');

/**
 * An amount of money in dollars. Accepts 3.5 as well as "$3.50" or "3.50 dollars", because
 * models and people write both; becomes integer cents. More than zero unless `zero` allows it.
 */
export function dollarsArg(what: string, opts: { zero?: boolean } = {}) {
  const amount = opts.zero ? z.number().min(0) : z.number().positive();
  return z
    .preprocess((v) => (typeof v === 'string' ? moneyString(v) : v), amount.max(100_000))
    .describe(`${what} ($)`);
}

function moneyString(v: string): number | string {
  const cents = parseMoney(v);
  return cents === undefined ? v : cents / 100;
}

/** Dollars to integer cents. */
export function toCents(dollars: number): number {
  return Math.round(dollars * 100);
}
