import { singularKey } from './item-name.js';

/** The name a user's first list gets. */
export const DEFAULT_LIST_NAME = 'Grocery list';

const FILLER = new Set(['my', 'our', 'the', 'a', 'list', 'lists', 'shopping', 'grocery', 'groceries']);

/**
 * The words that tell lists apart: lower case, without "my", "the", "list", "shopping",
 * "grocery", possessives or punctuation, each word singular. "the party list" -> ["party"],
 * "Costco list" -> ["costco"], "my list" -> [] (the default list).
 */
export function listNameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !FILLER.has(w))
    .map(singularKey);
}

/** A list name as stored: trimmed and single-spaced; undefined when nothing is left. */
export function cleanListName(name: string): string | undefined {
  const clean = name.trim().replace(/\s+/g, ' ');
  return clean === '' || clean.length > 80 ? undefined : clean;
}

/**
 * Picks the list a loose name means, from the lists a user can see. Exact (case-insensitive)
 * names win, then the same distinguishing words ("costco" = "Costco list"), then lists whose
 * words contain all the asked words ("party" finds "Birthday party"). Among equals the first
 * in `candidates` wins, so callers pass their own lists before shared ones.
 * A name made only of filler ("my list", "the grocery list") returns undefined: it means the default.
 */
export function pickListByName<T extends { name: string }>(candidates: readonly T[], asked: string): T | undefined {
  const exact = candidates.find((c) => c.name.toLowerCase() === asked.trim().toLowerCase());
  if (exact) return exact;
  const words = listNameWords(asked);
  if (words.length === 0) return undefined;
  const key = words.join(' ');
  const same = candidates.find((c) => listNameWords(c.name).join(' ') === key);
  if (same) return same;
  return candidates.find((c) => {
    const have = new Set(listNameWords(c.name));
    return words.every((w) => have.has(w));
  });
}
