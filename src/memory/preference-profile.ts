import type { Product } from '../grocery/types.js';
import { allergenTagsFor, dietFlagFor } from './dietary-rules.js';
import { categoryKey, keyWords } from './item-key.js';
import type { PreferenceStore } from './preference-store.js';
import type { ProductHabits } from './product-habits.js';

/** A phrase a person stated ("cilantro", "dark chocolate") and the words a product must mention to match it. */
export interface StatedPhrase {
  value: string;
  words: Set<string>;
}

/**
 * Everything ranking needs to know about one person, read once per call: stated rules and
 * learned habits. Built by {@link loadProfile}; consumed by the pure functions in product-ranking.
 */
export interface PreferenceProfile {
  /** Catalog allergen tags to keep out. */
  avoidAllergens: Set<string>;
  /** Allergies the catalog does not tag ("kiwi"), matched on product words. */
  allergyPhrases: StatedPhrase[];
  /** Diet flags a product should carry. */
  dietFlags: Set<string>;
  /** Stated favourite brands, lower case. */
  statedBrands: Set<string>;
  /** Brands learned from picks, lower case, with their weight. */
  learnedBrands: Map<string, number>;
  likes: StatedPhrase[];
  dislikes: StatedPhrase[];
  /** Products this person chose or ordered, with their habit score. */
  bought: Map<number, number>;
  /** The usual product per category key (`categoryKey(product.category)`), when there is a clear one. */
  usualByCategory: Map<string, { productId: number; brand: string | null }>;
}

/** Reads one person's preferences and habits into a {@link PreferenceProfile}; without `habits`, what they stated only. */
export function loadProfile(prefs: PreferenceStore, habits: ProductHabits | undefined, userId: number): PreferenceProfile {
  const profile: PreferenceProfile = {
    avoidAllergens: new Set(),
    allergyPhrases: [],
    dietFlags: new Set(),
    statedBrands: new Set(),
    learnedBrands: new Map(),
    likes: [],
    dislikes: [],
    bought: habits ? habits.boughtScores(userId) : new Map(),
    usualByCategory: new Map(),
  };
  for (const p of prefs.list(userId)) {
    const phrase = { value: p.value, words: keyWords(p.value) };
    if (p.kind === 'allergy') {
      const tags = allergenTagsFor(p.value);
      for (const t of tags) profile.avoidAllergens.add(t);
      if (tags.length === 0 && phrase.words.size) profile.allergyPhrases.push(phrase);
    } else if (p.kind === 'diet') {
      const flag = dietFlagFor(p.value);
      if (flag) profile.dietFlags.add(flag);
    } else if (p.kind === 'brand') {
      if (p.source === 'stated') profile.statedBrands.add(p.value);
      else profile.learnedBrands.set(p.value, p.weight);
    } else if (p.kind === 'likes' && phrase.words.size) {
      profile.likes.push(phrase);
    } else if (p.kind === 'dislikes' && phrase.words.size) {
      profile.dislikes.push(phrase);
    }
  }
  // Usuals come from habits, so someone without any (most people) has none to look up.
  if (habits && profile.bought.size) for (const u of habits.usuals(userId)) profile.usualByCategory.set(categoryKey(u.category), { productId: u.productId, brand: u.brand });
  return profile;
}

/**
 * Word sets already worked out, by the text they came from: a person with likes or dislikes has
 * every candidate's words checked on every ranking, and the same products come back all day. The
 * words depend on nothing but the text, so a remembered set is never stale (a renamed product has
 * a new text); emptied when it grows past {@link MAX_REMEMBERED_PRODUCTS}.
 */
const wordsByText = new Map<string, ReadonlySet<string>>();
const MAX_REMEMBERED_PRODUCTS = 20_000;

/** The words a product is known by: name, brand and category. Shared between callers, so read-only. */
export function productWords(product: Product): ReadonlySet<string> {
  const text = `${product.name} ${product.brand ?? ''} ${product.category}`;
  let words = wordsByText.get(text);
  if (!words) {
    words = keyWords(text);
    if (wordsByText.size >= MAX_REMEMBERED_PRODUCTS) wordsByText.clear();
    wordsByText.set(text, words);
  }
  return words;
}

/** True when every word of the phrase appears among the product's words, or the phrase is its brand. */
export function mentions(product: Product, words: ReadonlySet<string>, phrase: StatedPhrase): boolean {
  if (product.brand && product.brand.toLowerCase() === phrase.value) return true;
  for (const w of phrase.words) if (!words.has(w)) return false;
  return phrase.words.size > 0;
}
