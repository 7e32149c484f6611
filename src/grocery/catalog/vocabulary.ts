import type { Db } from '../../store/database.js';
import { normalizeText, singular } from './text.js';

/** The words people use for things to buy, for finding item boundaries in free text. */
export interface CatalogVocabulary {
  /** Categories, aliases and synonyms, lower-case ("milk", "mac and cheese", "half and half", "oj"). */
  itemPhrases: string[];
  brands: string[];
  categories: string[];
}

/** Reads the vocabulary from the catalog: categories, their singulars, aliases and synonyms. */
export function readVocabulary(db: Db): CatalogVocabulary {
  const categories = (db.prepare('SELECT DISTINCT category FROM products ORDER BY category').pluck().all() as string[]).map((c) =>
    c.toLowerCase(),
  );
  const brands = db.prepare('SELECT DISTINCT brand FROM products WHERE brand IS NOT NULL ORDER BY brand').pluck().all() as string[];
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
  for (const a of db.prepare('SELECT DISTINCT alias FROM product_aliases').pluck().all() as string[]) add(a);
  for (const s of db.prepare('SELECT term FROM synonyms UNION SELECT synonym FROM synonyms').pluck().all() as string[]) add(s);
  return { itemPhrases: [...phrases].sort(), brands, categories: [...new Set(categories)] };
}
