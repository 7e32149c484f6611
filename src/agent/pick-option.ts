import type { ShownProduct } from '../tools/tool.js';

const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, one: 1, second: 2, '2nd': 2, two: 2, third: 3, '3rd': 3, three: 3,
  fourth: 4, '4th': 4, four: 4, fifth: 5, '5th': 5, five: 5, sixth: 6, '6th': 6, six: 6,
  seventh: 7, '7th': 7, seven: 7, eighth: 8, '8th': 8, eight: 8, ninth: 9, '9th': 9, nine: 9,
  tenth: 10, '10th': 10, ten: 10,
};

const FILLER = new Set(['the', 'one', 'ones', 'option', 'number', 'no', 'please', 'pls', 'i', 'want', 'ill', "i'll", 'take', 'go', 'with', 'choose', 'pick', 'that', 'a', 'an', 'id', "i'd", 'like', 'get', 'add', 'let', 'lets', "let's", 'do', 'it', 'ok', 'okay', 'is', 'fine', 'thanks', 'thank', 'you']);

/**
 * Which of the shown options a reply like "2", "#2", "the second one", "the cheaper one" or
 * "the organic one" picks. Returns the 0-based index, or undefined when the reply is not a pick.
 *
 * @example
 * pickOption('the second one', options) // 1
 */
export function pickOption(text: string, options: readonly ShownProduct[]): number | undefined {
  if (options.length === 0) return undefined;
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}#%'\s.-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const inRange = (n: number) => (n >= 1 && n <= options.length ? n - 1 : undefined);
  // A number picks only when nothing else was said but filler ("2", "number 2 please"):
  // "make it 3" or "add 2 more" are requests of their own.
  const numbers = words.filter((w) => /^#?\d{1,2}(?:st|nd|rd|th)?[.)]?$/.test(w));
  if (numbers.length === 1 && words.every((w) => w === numbers[0] || FILLER.has(w))) {
    return inRange(Number(/\d+/.exec(numbers[0]!)![0]));
  }
  const meaningful = words.filter((w) => !FILLER.has(w));
  if (meaningful.length === 1 && ORDINALS[meaningful[0]!] !== undefined) return inRange(ORDINALS[meaningful[0]!]!);
  if (words.includes('last') && meaningful.length <= 2) return options.length - 1;
  // "what's cheaper than that coffee?" asks about other products; "the cheaper one" picks.
  const priced = options.every((o) => typeof o.priceCents === 'number') && !words.includes('than') && !/\?\s*$/.test(text);
  if (priced && meaningful.some((w) => /^cheap(er|est)?$/.test(w) || w === 'lowest')) {
    return indexOfExtreme(options, (a, b) => a < b);
  }
  if (priced && meaningful.some((w) => /^(pricier|priciest|expensive)$/.test(w))) {
    return indexOfExtreme(options, (a, b) => a > b);
  }
  if (meaningful.length === 0) return undefined;
  const hits = options
    .map((o, i) => ({ i, score: meaningful.filter((w) => o.name.toLowerCase().includes(w)).length }))
    .filter((h) => h.score === meaningful.length);
  return hits.length === 1 ? hits[0]!.i : undefined;
}

function indexOfExtreme(options: readonly ShownProduct[], better: (a: number, b: number) => boolean): number {
  let best = 0;
  options.forEach((o, i) => {
    if (better(o.priceCents!, options[best]!.priceCents!)) best = i;
  });
  return best;
}
