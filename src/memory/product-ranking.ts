import type { Product } from '../grocery/types.js';
import { categoryKey } from './item-key.js';
import { mentions, productWords, type PreferenceProfile } from './preference-profile.js';

/** Why a product is worth telling someone about (a deal alert, a suggestion). */
export interface ProductInterest {
  reason: 'usual' | 'bought' | 'brand' | 'likes';
  /** A short clause for a message: "you usually buy it", "you like Great Value". */
  text: string;
}

/** The products a person can buy, in their order, and the ones left out with why. */
export interface ScreenedProducts {
  products: Product[];
  /** Left out for an allergy; `reason` reads "contains peanuts". */
  excluded: { product: Product; reason: string }[];
}

/** What a person's rules say about a product, before any scoring. */
interface Verdict {
  /** Why it must never be shown (an allergy), or null. */
  unsafe: string | null;
  /** Diet flags it lacks. */
  dietMisses: number;
  disliked: boolean;
  /** The product's words ({@link productWords}), worked out on first use: most people state no phrase to match them against. */
  words: () => ReadonlySet<string>;
}

function judge(profile: PreferenceProfile, product: Product): Verdict {
  let known: ReadonlySet<string> | undefined;
  const words = () => (known ??= productWords(product));
  const tag = product.allergens.find((a) => profile.avoidAllergens.has(a));
  const phrase = tag ? undefined : profile.allergyPhrases.find((p) => mentions(product, words(), p));
  const unsafe = tag ? `contains ${tag.replace(/_/g, ' ')}` : phrase ? `contains ${phrase.value}` : null;
  let dietMisses = 0;
  for (const flag of profile.dietFlags) if (!product.dietFlags.includes(flag)) dietMisses++;
  const disliked = profile.dislikes.some((p) => mentions(product, words(), p));
  return { unsafe, dietMisses, disliked, words };
}

/**
 * How much this person should want `product`, relative to others: their usual product far up,
 * what they bought before, stated then learned brands, things they like; dislikes and products
 * outside their diet far down. Only the order of scores matters.
 */
function score(profile: PreferenceProfile, product: Product, v: Verdict): number {
  let s = 0;
  const usual = profile.usualByCategory.get(categoryKey(product.category));
  if (usual?.productId === product.id) s += 100;
  else if (usual?.brand && usual.brand === product.brand) s += 15;
  s += 10 * Math.min(profile.bought.get(product.id) ?? 0, 5);
  const brand = product.brand?.toLowerCase();
  if (brand && profile.statedBrands.has(brand)) s += 40;
  if (brand) s += 5 * Math.min(profile.learnedBrands.get(brand) ?? 0, 6);
  if (profile.likes.some((p) => mentions(product, v.words(), p))) s += 20;
  if (v.disliked) s -= 200;
  s -= 150 * v.dietMisses;
  return s;
}

/**
 * Orders products for one person: allergens removed (and listed with the reason), the rest by
 * {@link score}, ties keeping the order given (the catalog's relevance).
 */
export function screenForProfile(profile: PreferenceProfile, products: readonly Product[]): ScreenedProducts {
  // Nothing known about the person (most people) leaves nothing out and scores every product 0, so the order given stands.
  if (isBlank(profile)) return { products: [...products], excluded: [] };
  const judged = products.map((product, index) => ({ product, index, v: judge(profile, product) }));
  const excluded = judged.filter((x) => x.v.unsafe).map((x) => ({ product: x.product, reason: x.v.unsafe! }));
  const ranked = judged
    .filter((x) => !x.v.unsafe)
    .map((x) => ({ ...x, s: score(profile, x.product, x.v) }))
    .sort((a, b) => b.s - a.s || a.index - b.index)
    .map((x) => x.product);
  return { products: ranked, excluded };
}

/** How a diet flag reads in a sentence: "isn't gluten-free". */
const DIET_WORDS: Readonly<Record<string, string>> = { vegan: 'vegan', vegetarian: 'vegetarian', gluten_free: 'gluten-free', dairy_free: 'dairy-free', organic: 'organic' };

/**
 * What this person should hear before `product` goes on their list: "contains peanuts" (an
 * allergy), "isn't vegan" (a stated diet the product's flags leave out), or null. A product the
 * catalog says nothing about (no diet flags at all: detergent, paper towels) is not a diet miss.
 */
export function concernForProfile(profile: PreferenceProfile, product: Product): string | null {
  if (!hasDietaryRules(profile)) return null;
  const v = judge(profile, product);
  if (v.unsafe) return v.unsafe;
  if (v.dietMisses === 0 || product.dietFlags.length === 0) return null;
  const missed = [...profile.dietFlags].filter((f) => !product.dietFlags.includes(f)).map((f) => DIET_WORDS[f] ?? f.replace(/_/g, ' '));
  return `isn't ${missed.join(' or ')}`;
}

/** True when the person stated an allergy or a diet, the only things {@link concernForProfile} reads. */
export function hasDietaryRules(profile: PreferenceProfile): boolean {
  return profile.avoidAllergens.size > 0 || profile.allergyPhrases.length > 0 || profile.dietFlags.size > 0;
}

/** True when the profile holds nothing that could leave a product out or move it. */
function isBlank(profile: PreferenceProfile): boolean {
  return (
    profile.avoidAllergens.size === 0 &&
    profile.allergyPhrases.length === 0 &&
    profile.dietFlags.size === 0 &&
    profile.statedBrands.size === 0 &&
    profile.learnedBrands.size === 0 &&
    profile.likes.length === 0 &&
    profile.dislikes.length === 0 &&
    profile.bought.size === 0 &&
    profile.usualByCategory.size === 0
  );
}

/**
 * Whether a product is one this person would want to hear about, and why; null for products
 * they cannot or would not buy, and for ones nothing connects them to.
 */
export function interestForProfile(profile: PreferenceProfile, product: Product): ProductInterest | null {
  const v = judge(profile, product);
  if (v.unsafe || v.disliked || v.dietMisses > 0) return null;
  if (profile.usualByCategory.get(categoryKey(product.category))?.productId === product.id) return { reason: 'usual', text: 'you usually buy it' };
  if (profile.bought.has(product.id)) return { reason: 'bought', text: "you've bought it before" };
  const brand = product.brand?.toLowerCase();
  if (brand && (profile.statedBrands.has(brand) || (profile.learnedBrands.get(brand) ?? 0) >= 2)) {
    return { reason: 'brand', text: `you like ${product.brand}` };
  }
  const liked = profile.likes.find((p) => mentions(product, v.words(), p));
  if (liked) return { reason: 'likes', text: `you like ${liked.value}` };
  return null;
}
