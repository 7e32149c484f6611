import type { CatalogWords, ProductText } from '../../store/catalog/index.js';
import { normalizeText, singular } from './text.js';

/** The words people use for things to buy, for finding item boundaries in free text. */
export interface CatalogVocabulary {
  /**
   * Categories, aliases and synonyms, lower-case ("milk", "mac and cheese", "half and half", "oj"),
   * and what products are called by their kind: a word of a product's name with the last word of
   * its category after it ("ranch dressing" from Hidden Valley Original Ranch Dressing in salad
   * dressing, "goldfish crackers" from Goldfish Cheddar Crackers).
   */
  itemPhrases: string[];
  brands: string[];
  categories: string[];
}

/** How many words before its category's word a product-name word may stand and still name the product with it. */
const KIND_WINDOW = 2;

/** A word that can go before a kind of product in what people call it (no sizes, counts or joining words). */
const namesKind = (word: string) => word.length >= 3 && /^[a-z]+$/.test(word) && !JOINING.has(word);
const JOINING = new Set(['and', 'with', 'for', 'the', 'pack', 'count', 'size', 'value', 'family', 'free', 'new']);

/**
 * "<word> <kind>" phrases from product names: for each product, the words of its name (size left
 * off) up to {@link KIND_WINDOW} before the last word of its category. Brand words are left out,
 * except a one-word brand the name starts with, which names the kind itself ("goldfish crackers").
 */
function kindPhrases(products: readonly ProductText[]): string[] {
  const out = new Set<string>();
  for (const { name, brand, category } of products) {
    const head = singular(normalizeText(category).split(' ').at(-1) ?? '');
    if (!head) continue;
    const brandWords = new Set(brand ? normalizeText(brand).split(' ') : []);
    const words = normalizeText(name.split(',')[0]!).split(' ');
    const at = words.findIndex((w) => singular(w) === head);
    for (let k = Math.max(0, at - KIND_WINDOW); k < at; k++) {
      const w = words[k]!;
      const brandAlone = k === 0 && brandWords.size === 1;
      if (namesKind(w) && (!brandWords.has(w) || brandAlone)) out.add(`${w} ${head}`);
    }
  }
  return [...out];
}

/** Reads the vocabulary from the catalog: categories, their singulars, aliases, synonyms and kind phrases. */
export function readVocabulary(source: CatalogWords): CatalogVocabulary {
  const categories = source.categories().map((c) => c.toLowerCase());
  const brands = source.brands();
  const phrases = new Set<string>();
  const add = (text: string) => {
    const n = normalizeText(text);
    if (!n) return;
    phrases.add(n);
    const last = n.split(' ').at(-1)!;
    const one = singular(last);
    if (one !== last) phrases.add(n.slice(0, n.length - last.length) + one);
  };
  categories.forEach(add);
  for (const a of source.aliases()) add(a);
  for (const [term, synonym] of source.synonyms()) {
    add(term);
    add(synonym);
  }
  kindPhrases(source.productTexts()).forEach(add);
  return { itemPhrases: [...phrases].sort(), brands, categories: [...new Set(categories)] };
}
