import type { Product } from '../types.js';
import { searchCatalog, type SearchContext } from './search.js';
import { normalizeText } from './text.js';

const QUANTITY_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'half', 'dozen',
  'gal', 'gals', 'gallon', 'gallons', 'lb', 'lbs', 'pound', 'pounds', 'oz', 'ounce', 'ounces', 'fl', 'ct', 'count',
  'pk', 'pack', 'packs', 'bag', 'bags', 'box', 'boxes', 'can', 'cans', 'bottle', 'bottles', 'jar', 'jars', 'carton',
  'cartons', 'bunch', 'bunches', 'loaf', 'loaves', 'head', 'heads', 'package', 'packages', 'container', 'containers',
  'case', 'cases', 'liter', 'liters', 'quart', 'quarts', 'pint', 'pints', 'kg', 'g', 'l', 'qt', 'pt', 'of', 'x',
]);

/**
 * Strips amounts and packaging from a list line so "2 gal milk" and "a dozen eggs" search for
 * what they are. Keeps "2%" because that is a kind of milk, not an amount.
 */
export function itemWords(line: string): string {
  return normalizeText(line)
    .split(' ')
    .filter((w) => w && !QUANTITY_WORDS.has(w) && !/^\d+(?:\.\d+)?$/.test(w) && !/^\d+\/\d+$/.test(w))
    .join(' ');
}

/**
 * The product a list line most likely means, or undefined when nothing is a reasonable match.
 * Every word must match (as itself, a plural, a synonym or a close typo); a brand narrows the
 * choice but is dropped when the store has nothing from that brand.
 */
export function findBestMatch(ctx: SearchContext, name: string, opts: { brand?: string } = {}): Product | undefined {
  const query = itemWords(name);
  if (!query) return undefined;
  const strict = { lenient: false };
  if (opts.brand) {
    const branded = searchCatalog(ctx, { query, brand: opts.brand, limit: 1 }, strict)[0];
    if (branded) return branded.product;
    const withBrandWords = searchCatalog(ctx, { query: `${opts.brand} ${query}`, limit: 1 }, strict)[0];
    if (withBrandWords) return withBrandWords.product;
  }
  return searchCatalog(ctx, { query, limit: 1 }, strict)[0]?.product;
}
