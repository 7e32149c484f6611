import { itemWords } from '../grocery/catalog/index.js';

/**
 * Keys already worked out, by the text they came from. Ranking asks for the key of every
 * candidate's category and name on every call, and the same few hundred texts come back all
 * day; the key depends on nothing but the text, so a remembered one is never stale. Emptied
 * when it grows past {@link MAX_REMEMBERED_KEYS}, so odd inputs cannot grow it without bound.
 */
const keys = new Map<string, string>();
const MAX_REMEMBERED_KEYS = 20_000;

/**
 * The comparable form of what a person calls a thing: the words of a list line without amounts
 * or packaging, singular, "and" dropped. "2 gal Milk" and "milk" share the key "milk"; "Eggs"
 * and "a dozen eggs" share "egg".
 */
export function itemKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = itemWords(name)
      .split(' ')
      .filter((w) => w && w !== 'and')
      .map(singularWord)
      .join(' ');
    if (keys.size >= MAX_REMEMBERED_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** The key under which habits for a whole product category are kept ("category:milk"). */
export function categoryKey(category: string): string {
  return `category:${itemKey(category)}`;
}

/** The words of a text as {@link itemKey} sees them, as a set (for "does this product mention cilantro"). */
export function keyWords(text: string): Set<string> {
  const key = itemKey(text);
  return new Set(key ? key.split(' ') : []);
}

function singularWord(w: string): string {
  if (w.length <= 3 || w.endsWith('ss') || w.endsWith('us')) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ch|sh|x|o)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}
