import { normalizeText, saysEveryWord } from '../grocery/catalog/index.js';
import type { Product } from '../grocery/types.js';
import type { ToolDeps } from './tool-deps.js';

/** How many products a "which one?" question offers. */
export const MAX_OPTIONS = 4;

/** What a loose item name ("milk", "tide") means for one person. */
export type ProductChoice =
  | { kind: 'product'; product: Product }
  | { kind: 'ambiguous'; options: Product[]; avoided?: { product: Product; concern: string } }
  | { kind: 'none' };

/**
 * Decides which product a name means: the person's usual product when known (and not one their
 * allergy or diet rules out), a product whose
 * full name was given, the best match when the alternatives hardly differ, or else the top
 * matches of the same kind for the person to choose from. Names the catalog does not sell ("birthday candles" in a store
 * without them) are `none`, and stay free text on a list. `matters` decides instead of
 * {@link choiceMatters} whether the options differ enough to ask.
 */
export function chooseProduct(
  deps: Pick<ToolDeps, 'catalog' | 'memory'>,
  userId: number,
  item: { name: string; brand?: string; quantity?: number; unit?: string },
  opts: { matters?: (options: readonly Product[]) => boolean } = {},
): ProductChoice {
  const usual = deps.memory?.usualProductFor(userId, item.name);
  if (usual) {
    const product = deps.catalog.get(usual);
    // A habit from before an allergy or a diet was stated does not outrank it: the whole milk
    // bought before "I'm vegan" is not what "milk" means now.
    if (product && !deps.memory?.concerns?.(userId)?.(product)) return { kind: 'product', product };
  }
  const best = deps.catalog.bestMatch(item.name, item.brand ? { brand: item.brand } : undefined);
  if (!best) return { kind: 'none' };
  if (namesProduct(item, best)) return { kind: 'product', product: best };

  const query = item.brand && !normalizeText(item.name).includes(normalizeText(item.brand)) ? `${item.brand} ${item.name}` : item.name;
  const found = deps.catalog.search({ query, brand: item.brand, limit: 12 }).map((h) => h.product);
  // Of the same kind, and saying every word asked: "oat milk" is never an almond milk, however liked its brand.
  const said = saysEveryWord(query);
  const candidates = [best, ...found.filter((p) => p.category === best.category && p.id !== best.id && said(p))];
  // "milk" for someone vegan, "trail mix" for someone allergic to peanuts: when the best match is
  // one they avoid, what else the store sells under that name that they can have comes in too.
  const concernOf = deps.memory?.concerns?.(userId);
  const concern = concernOf?.(best);
  if (concern) {
    const wider = deps.catalog.search({ query, brand: item.brand, limit: WIDER_SEARCH }).map((h) => h.product);
    const kinds = alternativeKinds(best.category);
    candidates.push(...wider.filter((p) => !candidates.includes(p) && kinds.has(p.category) && said(p) && !concernOf!(p)));
  }
  const ranked = deps.memory ? deps.memory.rankProducts(userId, candidates) : candidates;
  const options = soldAsSaid(inStockFirst(ranked), item).slice(0, MAX_OPTIONS);
  // Nothing they can have: what they asked for, which the add then warns about.
  if (options.length === 0) return { kind: 'product', product: best };
  // Something else than the best match, because of the person's allergy or diet, is offered with
  // the reason, never put on the list for them.
  if (concern && !concernOf!(options[0]!)) return { kind: 'ambiguous', options, avoided: { product: best, concern } };
  if (options.length <= 1 || !(opts.matters ?? choiceMatters)(options)) return { kind: 'product', product: options[0]! };
  return { kind: 'ambiguous', options };
}

/** Words that make a category the stand-in for another: "plant milk" for "milk". */
const ALTERNATIVE_MODIFIERS = ['plant', 'plant based', 'vegan', 'non dairy', 'dairy free', 'gluten free', 'nut free', 'meatless', 'veggie'];

/**
 * The categories a person who cannot have `category` might take instead: the same category, and
 * a stand-in of it ("plant milk" for "milk", "gluten free bread" for "bread"). Not every
 * category whose name ends the same way: peanut butter does not stand in for butter.
 */
function alternativeKinds(category: string): Set<string> {
  return new Set([category, ...ALTERNATIVE_MODIFIERS.map((m) => `${m} ${category}`)]);
}

/** How far down the search a product the person can have is looked for, when the best match is one they cannot. */
const WIDER_SEARCH = 40;

const WEIGHT_UNITS = new Set(['lb', 'oz', 'kg', 'g']);

/**
 * Products sold the way the amount was said come first: "3 onions" are pieces, so a loose onion
 * before a 3 lb bag (three bags is not what was meant); "2 lb of apples" is a weight, so a bag by
 * the pound before a single apple; "a 12 pack of coke" a 12 pk. Without an amount, or with
 * another unit, the order stands.
 */
function soldAsSaid(products: Product[], item: { quantity?: number; unit?: string }): Product[] {
  if (products.length === 0 || soldAs(products[0]!, item) !== false) return products;
  // The same line as the best match first: "3 onions" for yellow onions in a bag are yellow onions each.
  const line = lineOf(products[0]!);
  const fitting = products.filter((p) => soldAs(p, item) === true);
  return [...fitting.filter((p) => lineOf(p) === line), ...fitting.filter((p) => lineOf(p) !== line), ...products.filter((p) => soldAs(p, item) !== true)];
}

/**
 * Whether `product` is sold the way the amount was said: true for a single piece ("each") and a
 * bare count, a weight and a product sold by weight, or an N-pack and a product N to a pack;
 * false when they differ; undefined when
 * nothing was said either way (no amount, another unit, a product without a size).
 */
export function soldAs(product: Product, item: { quantity?: number; unit?: string }): boolean | undefined {
  if (item.quantity === undefined) return undefined;
  // "a 12 pack of coke": a product that comes twelve to a pack.
  const pack = item.unit ? /^(\d+)-pack$/.exec(item.unit) : null;
  if (pack) return new RegExp(`\\b${pack[1]} (pk|ct|pack)\\b`).test(product.size?.text ?? '');
  const wantsWeight = item.unit !== undefined && WEIGHT_UNITS.has(item.unit);
  if (item.unit !== undefined && !wantsWeight) return undefined;
  const unit = product.size?.unit;
  if (unit === undefined) return undefined;
  return wantsWeight ? WEIGHT_UNITS.has(unit) : unit === 'ct' && product.size!.value === 1;
}

/** "Fresh Yellow Onions" of "Fresh Yellow Onions, 3 lb bag": the product without its size. */
const lineOf = (p: Product) => p.name.replace(/, [^,]*$/, '').replace(/s$/, '');

/** Unit prices among the options further apart than this (2.2x) make the choice worth a question. */
export const ASK_PRICE_SPREAD = 2.2;

const VOLUME_UNITS = new Set(['fl oz', 'gal', 'qt', 'pt', 'l', 'ml']);
const COUNT_UNITS = new Set(['ct', 'each', 'pk', 'count']);

/**
 * Whether a person would mind which of these products they get. Asking about every item is
 * tiresome, so the best match is taken (and named in the reply) unless the options differ a
 * lot in what they cost per unit (whole milk vs. a premium filtered milk) or in form (liquid
 * detergent vs. pods).
 */
export function choiceMatters(options: readonly Product[]): boolean {
  const unit = options[0]!.unitPrice?.unit;
  const prices = options.filter((p) => p.unitPrice && p.unitPrice.unit === unit && p.unitPrice.millicents > 0).map((p) => p.unitPrice!.millicents);
  if (prices.length > 1 && Math.max(...prices) / Math.min(...prices) >= ASK_PRICE_SPREAD) return true;
  const units = options.map((p) => p.unitPrice?.unit ?? '');
  return units.some((u) => VOLUME_UNITS.has(u)) && units.some((u) => COUNT_UNITS.has(u));
}

/** True when the person wrote the product's own name ("Great Value Whole Milk"), so there is nothing to ask. */
function namesProduct(item: { name: string; brand?: string }, p: Product): boolean {
  const asked = normalizeText(item.brand ? `${item.brand} ${item.name}` : item.name);
  const full = normalizedName(p.name);
  const withBrand = normalizedName(`${p.brand ?? ''} ${p.name}`);
  return asked === full || asked === withBrand || (asked.length >= 12 && full.startsWith(asked));
}

/**
 * Product names already normalized, by their text: the same best matches come back on every
 * line, and the normal form depends on nothing but the text, so a remembered one is never stale.
 * Emptied when it grows past {@link MAX_REMEMBERED_NAMES}.
 */
const normalizedNames = new Map<string, string>();
const MAX_REMEMBERED_NAMES = 20_000;

function normalizedName(name: string): string {
  let normal = normalizedNames.get(name);
  if (normal === undefined) {
    normal = normalizeText(name);
    if (normalizedNames.size >= MAX_REMEMBERED_NAMES) normalizedNames.clear();
    normalizedNames.set(name, normal);
  }
  return normal;
}

function inStockFirst(products: readonly Product[]): Product[] {
  return [...products.filter((p) => p.inStock), ...products.filter((p) => !p.inStock)];
}
