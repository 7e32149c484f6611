import { lookupUnit, numericValue } from '../../grocery/quantity/index.js';
import { quantityPrefix } from './text-memo.js';
import { ITEM_BREAK, isBreak, standsAt } from './tokenizer.js';
import { AMOUNT_HEDGES, AMOUNT_ONLY_WORDS, ARTICLES, FRACTION_WORDS, EACH_WORDS, ASK_VERBS, CLAUSE_WORDS, GENERIC_THINGS, HEADING_WORDS, INNER_DETERMINERS, LEADING_DROP, NAME_MODIFIERS, NOT_IN_A_NAME, ONCE_MORE, PACKAGE_SIZES, POINTING_BACK, RECIPE_MEASURES, SMALL_NUMBER_WORDS, STORE_NAMES, WHICH_OF_WORDS } from '../lexicon/index.js';
import { wordForms, type VocabularyIndex } from './vocabulary.js';
import { siblings } from './list-lines.js';
import { saidAgain } from './said-again.js';

/** One thing to buy, as the labelling standard (docs/understanding.md) spells it. */
export interface ParsedItem {
  name: string;
  quantity?: number;
  unit?: string;
  brand?: string;
  note?: string;
}

/** Items read from a span, with what the grammar had to guess. */
export interface ItemParse {
  items: ParsedItem[];
  /** Items whose name the catalog vocabulary does not know at all. */
  unknown: number;
  /** True when items were told apart only by the vocabulary ("milk eggs bread"). */
  splitByVocabulary: boolean;
}
/** Words that end an item phrase but are not part of the thing ("milk too", "eggs as well"). */
const TRAILING_DROP = [['as', 'well'], ['any', 'more'], ['for', 'me'], ['right', 'now'], ['too'], ['also'], ['again'], ['please'], ['now'], ['anymore'], ['today'], ['thanks'], ['thank', 'you'], ['asap'], ['instead'], ['ta'], ['cheers'], ['thx'], ['ty'], ['tia'], ['thank', 'u'],
  // When and where: "skip the bread this week", "pick up milk on the way home".
  ['this', 'week'], ['this', 'time'], ['next', 'time'], ['this', 'weekend'], ['for', 'the', 'week'], ['for', 'this', 'week'], ['for', 'next', 'week'], ['tonight'], ['tomorrow'],
  ['later'], ['on', 'the', 'way'], ['on', 'the', 'way', 'home'], ['on', 'my', 'way', 'home'], ['on', 'your', 'way', 'home'], ['on', 'the', 'way', 'back'], ['at', 'the', 'store'],
  ['when', 'you', 'go'], ['if', 'you', 'see', 'it'], ['is', 'cheap'], ['is', 'cheapest'], ['is', 'on', 'sale'], ['looks', 'good'], ['is', 'fresh'], ['is', 'ripe'],
  ['is', 'in', 'season'], ['they', 'have'], ['in', 'the', 'house'], ['at', 'home'], ['in', 'the', 'fridge'], ['in', 'the', 'pantry'], ['in', 'the', 'cupboard'],
  ['in', 'the', 'freezer'], ['left', 'in', 'the', 'house'], ['left'], ['to', 'go', 'with', 'it'], ['to', 'go', 'with', 'them'], ['to', 'go', 'with', 'that'], ['too'], ['to'], ['if', 'they', 'have', 'it'], ['or', 'not'], ['either'],
  ['x'], ['xx'], ['xxx'], ['while', 'you', 'are', 'out'], ['while', 'your', 'out'], ['when', 'you', 'are', 'out'], ['while', 'you', 'are', 'there'], ['while', 'you', 'are', 'at', 'it'], ['if', 'you', 'are', 'going']];
const VAGUE_AMOUNTS = [['a', 'lot', 'of'], ['lots', 'of'], ['plenty', 'of'], ['loads', 'of'], ['tons', 'of'], ['heaps', 'of'], ['a', 'bit', 'of'], ['a', 'little'], ['a', 'little', 'bit', 'of'], ['all', 'the'], ['all', 'of', 'the'], ['all', 'my'], ['any', 'of', 'the'], ['a', 'thing', 'of'], ['some', 'more']];

const WORDS_TO_NUMBER = /^(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|half|a\s+couple|couple|few|dozen)$/;

/**
 * Do these words say only how much there is, naming no thing ("a huge bag", "plenty", "two big
 * tins left")? Said after "we have", they are a reason, not a thing.
 */
export function namesOnlyAnAmount(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => !isBreak(t));
  return words.length > 0 && words.every((w) => AMOUNT_ONLY_WORDS.has(w) || ARTICLES.has(w) || PACKAGE_SIZES.has(w) || WORDS_TO_NUMBER.test(w) || lookupUnit(w) !== undefined);
}

/**
 * A chunk that is only an amount, said after a thing: "2 bags", "just one big bag" (the size a
 * note, as "a small bottle of" has), "only 3".
 */
function amountAlone(chunk: readonly string[]): { quantity: { amount: number; unit?: string }; size?: string } | undefined {
  let at = 0;
  while (at < chunk.length - 1 && AMOUNT_HEDGES.has(chunk[at]!)) at++;
  const words = chunk.slice(at);
  const size = words.length === 3 && PACKAGE_SIZES.has(words[1]!) ? words[1] : undefined;
  const rest = size ? [words[0]!, words[2]!] : words;
  const q = quantityPrefix(rest);
  if (!q || q.consumed !== rest.length || (size && !q.quantity.unit)) return undefined;
  return size ? { quantity: q.quantity, size } : { quantity: q.quantity };
}

/** "x2", "2x", "x 2", "* 2", "times 2" at the end of an item phrase. */
function trailingTimes(tokens: string[]): { amount: number; length: number } | undefined {
  const n = tokens.length;
  const last = tokens[n - 1] ?? '';
  const glued = /^(?:x|\*)(\d+)$|^(\d+)x$/.exec(last);
  if (glued && n > 1) return { amount: Number(glued[1] ?? glued[2]), length: 1 };
  const prev = tokens[n - 2];
  if (!(n > 2 && (prev === 'x' || prev === '*' || prev === 'times' || prev === 'qty' || prev === 'quantity'))) return undefined;
  const value = numericValue(last);
  if (value !== undefined) return { amount: value, length: 2 };
  return undefined;
}

/** Indices into `list` by the word at `end` of each phrase (0: first, -1: last), in list order. */
function indexBy(list: readonly string[][], end: 0 | -1): ReadonlyMap<string, readonly number[]> {
  const out = new Map<string, number[]>();
  list.forEach((p, k) => {
    const w = p.at(end)!;
    out.set(w, [...(out.get(w) ?? []), k]);
  });
  return out;
}
const VAGUE_BY_FIRST = indexBy(VAGUE_AMOUNTS, 0);
const TRAILING_BY_LAST = indexBy(TRAILING_DROP, -1);

function dropEdges(tokens: string[]): string[] {
  let start = 0;
  for (let moved = true; moved; ) {
    moved = false;
    while (start < tokens.length - 1 && LEADING_DROP.has(tokens[start]!)) (start++, (moved = true));
    // The first of VAGUE_AMOUNTS that stands here; only those starting with this word can.
    const k = VAGUE_BY_FIRST.get(tokens[start]!)?.find((i) => tokens.length - start > VAGUE_AMOUNTS[i]!.length && standsAt(tokens, VAGUE_AMOUNTS[i]!, start));
    if (k !== undefined) (start += VAGUE_AMOUNTS[k]!.length), (moved = true);
  }
  let out = tokens.slice(start);
  // Each pass tries every tail in TRAILING_DROP's order against what is left; only the tails
  // ending in the current last word can match, so the pass visits those, in the same order.
  for (let again = true; again; ) {
    again = false;
    for (let next = 0; ; ) {
      const k = TRAILING_BY_LAST.get(out[out.length - 1]!)?.find((i) => i >= next && out.length > TRAILING_DROP[i]!.length && standsAt(out, TRAILING_DROP[i]!, out.length - TRAILING_DROP[i]!.length));
      if (k === undefined) break;
      out = out.slice(0, -TRAILING_DROP[k]!.length);
      again = true;
      next = k + 1;
    }
  }
  return out;
}

/** "1 tsp baking soda" -> "baking soda": a recipe's measure and its number go, the thing stays. */
function withoutRecipeMeasure(piece: string[]): string[] {
  const at = RECIPE_MEASURES.has(piece[0]!) ? 0 : RECIPE_MEASURES.has(piece[1]!) && (numericValue(piece[0]!) !== undefined || ARTICLES.has(piece[0]!)) ? 1 : -1;
  if (at < 0) return piece;
  const rest = piece.slice(at + 1);
  return rest[0] === 'of' && rest.length > 1 ? rest.slice(1) : rest.length ? rest : piece;
}

/** Splits a span into item chunks at breaks and "and"/"plus", but never inside a known phrase. */
function chunks(tokens: readonly string[], vocab: VocabularyIndex): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const phrase = vocab.phrasesStartingWith(t).find((p) => standsAt(tokens, p, i));
    const brand = vocab.brandAt(tokens, i);
    const whole = phrase && brand ? (phrase.length >= brand.length ? phrase.length : brand.length) : (phrase?.length ?? brand?.length ?? 0);
    if (whole > 1) {
      current.push(...tokens.slice(i, i + whole));
      i += whole - 1;
      continue;
    }
    const halfAfter = t === 'and' && (tokens[i + 1] === 'a' || tokens[i + 1] === 'one') && tokens[i + 2] === 'half' && current.length > 0;
    if (isBreak(t) || ((t === 'and' || t === 'plus' || t === 'n') && !halfAfter)) {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length) out.push(current);
  return out;
}

/** Where a new item starts inside a chunk because a number begins it ("2 milk 3 eggs"). */
function splitAtNumbers(tokens: string[]): string[][] {
  const pieces: string[][] = [];
  let current: string[] = [];
  tokens.forEach((t, i) => {
    const times = tokens[i - 1] === 'x' || tokens[i - 1] === '*' || tokens[i - 1] === 'times' || tokens[i - 1] === 'qty';
    // "three cans of tuna two boxes of pasta": a number word starts an item only with a unit after it.
    const sized = SMALL_NUMBER_WORDS.has(t) && quantityPrefix(tokens.slice(i))?.quantity.unit !== undefined;
    // "two pounds of apples a bag of carrots", "milk a dozen eggs": "a" with a unit or "dozen" after it too.
    const packaged = (t === 'a' || t === 'an') && tokens[i - 1] !== 'of' && (tokens[i + 1] === 'dozen' || (lookupUnit(tokens[i + 1] ?? '') !== undefined && tokens[i + 2] === 'of'));
    // Whether what came before is only a quantity is asked last: only a number can start an item.
    const startsQuantity = i > 0 && (/^\d/.test(t) || sized || packaged) && !/%$/.test(t) && current.length > 0 && !times && quantityPrefix(current)?.consumed !== current.length;
    if (startsQuantity && quantityPrefix(tokens.slice(i))) {
      pieces.push(current);
      current = [];
    }
    current.push(t);
  });
  if (current.length) pieces.push(current);
  return pieces;
}

/** "milk eggs bread" -> three known phrases, when the vocabulary covers every word. */
function splitByVocabulary(tokens: string[], vocab: VocabularyIndex): string[][] | undefined {
  const n = tokens.length;
  if (n < 2 || vocab.hasPhrase(tokens.join(' '))) return undefined;
  const best: (string[][] | undefined)[] = [[]];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 5); start < end; start++) {
      const prev = best[start];
      const piece = tokens.slice(start, end);
      if (!prev || !vocab.hasPhrase(piece.join(' '))) continue;
      if (!best[end] || best[end]!.length > prev.length + 1) best[end] = [...prev, piece];
    }
  }
  const parts = best[n];
  if (!parts || parts.length < 2) return undefined;
  const modifies = parts.slice(0, -1).some((p) => NAME_MODIFIERS.has(p.join(' ')) || NAME_MODIFIERS.has(p[p.length - 1]!));
  return parts.length === 2 && modifies ? undefined : parts;
}

/** A chunk that describes the previous item rather than naming a new one ("the ripe ones"). */
function isNote(tokens: string[], vocab: VocabularyIndex): boolean {
  const first = tokens[0];
  if (first === 'for' || first === 'preferably' || first === 'ideally' || first === 'if' || first === 'not' || first === 'nothing' || first === 'make') return true;
  if (first !== 'the' || tokens.length < 2) return false;
  const last = tokens[tokens.length - 1]!;
  // "the big bottle": a package word describes the thing before it.
  // "the green kind", "the frosted one", "the big pack": which of the thing before, not another thing.
  return WHICH_OF_WORDS.has(last) || !tokens.slice(1).some((w) => vocab.knowsWord(w) && quantityPrefix([w]) === undefined && lookupUnit(w) === undefined);
}

/** Recipe wording that follows an ingredient and says how much to use, not what to buy. */
const RECIPE_NOTES = [['to', 'taste'], ['as', 'needed'], ['if', 'needed'], ['optional']];

const withNote = (note: string | undefined, more: string) => (note ? `${note}, ${more}` : more);

function parseOne(raw: string[], vocab: VocabularyIndex): ParsedItem | undefined {
  let tokens = dropEdges(raw);
  // "need another" alone names no thing: not an item called "1".
  if (tokens.length === 1 && tokens[0] === 'another') return undefined;
  if (tokens[0] === 'another') tokens = ['1', ...tokens.slice(1)];
  // "2x yogurt", "x2 yogurt", "3 x greek yogurt": a count written as a multiplication.
  const glued = /^(\d+)x$|^x(\d+)$/.exec(tokens[0] ?? '');
  if (glued && tokens.length > 1) tokens = [glued[1] ?? glued[2]!, ...tokens.slice(1)];
  else if (/^\d+$/.test(tokens[0] ?? '') && (tokens[1] === 'x' || tokens[1] === '*') && tokens.length > 2) tokens = [tokens[0]!, ...tokens.slice(2)];
  const item: Partial<ParsedItem> = {};
  // "a small bottle of orange juice", "2 big bags of rice": the size is said of the package.
  const sized = tokens.findIndex((t, i) => i <= 1 && PACKAGE_SIZES.has(t) && lookupUnit(tokens[i + 1] ?? '') !== undefined && (i === 0 || quantityPrefix([tokens[0]!]) !== undefined));
  if (sized >= 0 && !vocab.hasPhrase(tokens.join(' '))) {
    item.note = tokens[sized]!;
    tokens = [...tokens.slice(0, sized), ...tokens.slice(sized + 1)];
  }
  const prefix = vocab.hasPhrase(tokens.join(' ')) ? undefined : quantityPrefix(tokens);
  if (prefix && prefix.consumed < tokens.length) {
    item.quantity = prefix.quantity.amount;
    if (prefix.quantity.unit) item.unit = prefix.quantity.unit;
    tokens = dropEdges(tokens.slice(prefix.consumed));
  } else {
    const times = trailingTimes(tokens);
    if (times) {
      item.quantity = times.amount;
      tokens = tokens.slice(0, -times.length);
    } else {
      // "bread 2 loaves", "milk 1 gal": the quantity after the name.
      for (let j = 1; j < tokens.length; j++) {
        // "juice boxes a couple of packs", "limes a few bags": a number said with "a" counts as a number word.
        const word = SMALL_NUMBER_WORDS.has(tokens[j]!) || FRACTION_WORDS.has(tokens[j]!) || (tokens[j] === 'a' && /^(couple|few|pair)$/.test(tokens[j + 1] ?? ''));
        if (!/^\d/.test(tokens[j]!) && !word) continue;
        const tail = quantityPrefix(tokens.slice(j));
        // "milk two bottle", "eggs one dozen": a number word after the name needs a unit or "dozen" to be an amount.
        if (tail && tail.consumed === tokens.length - j && (!word || tail.quantity.unit !== undefined || tokens[j + 1] === 'dozen')) {
          item.quantity = tail.quantity.amount;
          if (tail.quantity.unit) item.unit = tail.quantity.unit;
          // "frozen peas like two bags": the hedge before the amount is not part of the name.
          const hedged = j > 1 && AMOUNT_HEDGES.has(tokens[j - 1]!);
          tokens = tokens.slice(0, hedged ? j - 1 : j);
        }
        break;
      }
    }
  }
  // "vanilla the big tub": the package the thing comes in, said after it with "the".
  const the = tokens.lastIndexOf('the');
  const bySize = the > 0 && tokens.length - the === 3 && PACKAGE_SIZES.has(tokens[the + 1]!);
  const pack = the > 0 && item.unit === undefined ? lookupUnit(tokens[tokens.length - 1]!) : undefined;
  if (pack?.dimension === 'package' && (bySize || tokens.length - the === 2)) {
    item.unit = pack.name;
    if (bySize) item.note = withNote(item.note, tokens[the + 1]!);
    tokens = tokens.slice(0, the);
  }
  // "salt to taste", "parsley as needed": recipe wording after the thing is a note on it.
  const recipe = RECIPE_NOTES.find((n) => tokens.length > n.length && standsAt(tokens, n, tokens.length - n.length));
  if (recipe) {
    item.note = withNote(item.note, recipe.join(' '));
    tokens = tokens.slice(0, -recipe.length);
  }
  // "eggs from costco", "milk at aldi": the store said after the thing is a note on it.
  const at = tokens.findIndex((t, i) => i > 0 && (t === 'from' || t === 'at') && STORE_NAMES.has(tokens.slice(i + 1).join(' ')));
  if (at > 0) [item.note, tokens] = [withNote(item.note, tokens.slice(at).join(' ')), tokens.slice(0, at)];
  const forAt = tokens.indexOf('for');
  if (forAt > 0 && forAt < tokens.length - 1) {
    item.note = withNote(item.note, tokens.slice(forAt).join(' '));
    tokens = tokens.slice(0, forAt);
  }
  tokens = dropEdges(tokens);
  const brand = vocab.brandAt(tokens, 0);
  // "tide pods", "oreo thins": when the brand word alone is how people name a product, it stays in the name.
  const brandIsProduct = brand !== undefined && vocab.hasPhrase(tokens.slice(0, brand.length).join(' '));
  if (brand && brand.length < tokens.length && !brandIsProduct) {
    const rest = tokens.slice(brand.length);
    if (vocab.hasPhrase(rest.join(' ')) || vocab.knowsWord(rest[rest.length - 1]!)) {
      item.brand = brand.brand;
      tokens = rest;
    }
  }
  if (tokens.length === 0 || (tokens.length === 1 && LEADING_DROP.has(tokens[0]!))) return undefined;
  // "ben & jerry's": the tokenizer reads "&" as "and", but a brand the catalog spells with "&" keeps it.
  const amp = item.brand === undefined ? vocab.brandAt(tokens, 0) : undefined;
  if (amp?.brand.includes('&')) tokens = [...amp.brand.toLowerCase().split(' '), ...tokens.slice(amp.length)];
  return { name: tokens.join(' '), ...item } as ParsedItem;
}

/** Could this be the name of something to buy (not a sentence)? */
export function isNounPhrase(name: string): boolean {
  const words = name.split(' ');
  if (words.some((w) => CLAUSE_WORDS.has(w))) return false;
  // "turn off the lights", "who won the game": a determiner inside a name means a clause around it.
  return !words.slice(1).some((w) => INNER_DETERMINERS.has(w));
}

/**
 * Could a name the catalog does not know still be a thing to buy? A noun phrase with none of the
 * words that glue a sentence together ("on", "to", "of", "gets", "added"): "blank cds" and
 * "sharpies" are; "fries on the shopping lisr" and "bread gets added" are not.
 */
export function plausibleName(name: string): boolean {
  return isNounPhrase(name) && !name.split(' ').some((w) => NOT_IN_A_NAME.has(w));
}

/**
 * A new thing named only by what kind it is, in full: "2%" in place of whole milk is "2% milk",
 * "red" in place of russet potatoes "red potatoes" (when the catalog knows the whole phrase).
 */
export function sameKindAs(name: string, oldName: string, vocab: VocabularyIndex): string {
  // The head is the longest end of the old name the catalog knows as a thing ("ice cream" of
  // "chocolate ice cream"), or its last word.
  const words = oldName.split(' ');
  const head = words.slice(1).map((_, k) => words.slice(k + 1).join(' ')).find((tail) => tail.includes(' ') && vocab.hasPhrase(tail)) ?? words.at(-1)!;
  // "the yogurt should be vanilla": a kind the catalog sells only as a kind of the one-word thing.
  if (head === oldName && !name.includes(' ') && !vocab.hasPhrase(name) && vocab.hasPhrase(`${name} ${head}`)) return `${name} ${head}`;
  if (vocab.hasPhrase(name) || name.split(' ').includes(head) || head === oldName.split(' ')[0]) return name;
  // "mozzarella" in place of shredded cheddar: another of the same kind takes the old head's place.
  if (!name.includes(' ') && siblings(name, head)) return [...words.slice(0, -1), name].join(' ');
  // A kind is a percentage ("2%") or words the catalog uses only inside names ("skim", "russet").
  const kindOnly = /^\d+(\.\d+)?%$/.test(name) || name.split(' ').every((w) => vocab.knowsWord(w) && !vocab.hasPhrase(w));
  return vocab.hasPhrase(`${name} ${head}`) || kindOnly ? `${name} ${head}` : name;
}

/**
 * Does the catalog bear out a kind said alone as a kind of the old thing: the whole name is a
 * phrase it knows, the kind is a percentage, or some phrase joins the kind's word to the old
 * thing's last word ("vanilla cream" for vanilla in place of chocolate ice cream; nothing joins
 * vanilla to juice).
 */
export function kindFits(name: string, kind: string, vocab: VocabularyIndex): boolean {
  // The kind is the thing itself ("shredded mozzarella"), the old name's other words kept.
  if (vocab.hasPhrase(name) || /^\d+(\.\d+)?%/.test(kind) || name.endsWith(` ${kind}`)) return true;
  const last = name.split(' ').at(-1)!;
  return vocab.phrasesStartingWith(kind.split(' ')[0]!).some((p) => p.length > 1 && wordForms(p.at(-1)!).includes(last));
}

/** Is this item a thing the vocabulary knows (the whole phrase, or its head word)? */
export function knownItem(name: string, vocab: VocabularyIndex): boolean {
  const words = name.split(' ');
  return vocab.hasPhrase(name) || vocab.knowsWord(words[words.length - 1]!) || vocab.brandNamed(name) !== undefined;
}

/**
 * Reads the items in a span of tokens: several items split by commas, "and", "plus" and new
 * lines, or only by the vocabulary ("milk eggs bread"); quantities before or after each name;
 * a brand split off when a known noun follows it; notes such as "the ripe ones".
 *
 * @example
 * parseItems(tokenize('milk, eggs and 2 loaves of bread'), vocab).items
 * // [{ name: 'milk' }, { name: 'eggs' }, { name: 'bread', quantity: 2, unit: 'loaf' }]
 */
export function parseItems(tokens: readonly string[], vocab: VocabularyIndex): ItemParse {
  const items: ParsedItem[] = [];
  let splitByVocab = false;
  for (const said of chunks(tokens, vocab)) {
    // "broccoli two heads of broccoli", "corn frozen corn": said again in full, the second saying stands.
    const chunk = saidAgain(said, vocab) as string[];
    const previous = items[items.length - 1];
    // "out of foil, need more", "honey, get another one": asking again for what came before.
    if (previous && asksAgain(chunk, { onceMore: true })) continue;
    const whole = amountAlone(chunk);
    if (previous && whole && previous.quantity === undefined) {
      previous.quantity = whole.quantity.amount;
      if (whole.quantity.unit) previous.unit = whole.quantity.unit;
      if (whole.size) previous.note ??= whole.size;
      continue;
    }
    if (previous && isNote(chunk, vocab)) {
      previous.note = chunk.join(' ');
      continue;
    }
    for (const said of splitAtNumbers(chunk)) {
      const piece = withoutRecipeMeasure(said);
      // "apples 3 lbs": a piece that is only a quantity belongs to the thing before it.
      const last = items[items.length - 1];
      const alone = quantityPrefix(piece);
      if (last && alone && alone.consumed === piece.length && last.quantity === undefined && piece !== chunk) {
        // "frozen peas like 2 bags", "rice about 5 kg": the hedge before the amount is not part of the name.
        const words = last.name.split(' ');
        if (words.length > 1 && AMOUNT_HEDGES.has(words[words.length - 1]!)) last.name = words.slice(0, -1).join(' ');
        last.quantity = alone.quantity.amount;
        if (alone.quantity.unit) last.unit = alone.quantity.unit;
        continue;
      }
      const qty = vocab.hasPhrase(piece.join(' ')) ? undefined : quantityPrefix(piece);
      const head = qty && qty.consumed < piece.length ? piece.slice(0, qty.consumed) : [];
      const body = dropEdges(piece.slice(head.length));
      const parts = WORDS_TO_NUMBER.test(body[0] ?? '') ? undefined : splitByVocabulary(body, vocab);
      if (parts) {
        splitByVocab = true;
        parts.forEach((p, k) => {
          const item = parseOne(k === 0 ? [...head, ...p] : p, vocab);
          if (item) items.push(item);
        });
        continue;
      }
      const item = parseOne(piece, vocab);
      if (item) items.push(item);
    }
  }
  // "stuff for tacos: tortillas, cheese": a generic word that introduces the things is not one of them.
  if (items.length > 1 && isHeading(items[0]!)) items.shift();
  // "add milk, thanks so much for the help": thanks after the things is not one of them.
  for (let k = items.length - 1; k > 0; k--) if (THANKS.test(items[k]!.name)) items.splice(k, 1);
  // "chips and salsa, 2 of each": one amount for every thing named without one of its own.
  const each = items.length > 1 ? items[items.length - 1]! : undefined;
  if (each?.quantity !== undefined && EACH_WORDS.has(each.name)) {
    items.pop();
    for (const i of items) if (i.quantity === undefined) Object.assign(i, { quantity: each.quantity }, each.unit ? { unit: each.unit } : {});
  }
  const unknown = items.filter((i) => !knownItem(i.name, vocab)).length;
  return { items, unknown, splitByVocabulary: splitByVocab };
}

/**
 * Words that only ask to add, with no thing named after the verb or only words pointing back at
 * one named before ("please add", "need another", "add it"). `onceMore`: only "more", "another"
 * or "again" pointing back, as after an item in the same span ("foil, need more").
 */
export function asksAgain(words: readonly string[], opts: { onceMore?: boolean } = {}): boolean {
  if (words.length === 0 || !ASK_VERBS.has(words[0]!)) return false;
  const rest = words.slice(1);
  if (!rest.every((w) => POINTING_BACK.has(w))) return false;
  return !opts.onceMore || rest.some((w) => ONCE_MORE.has(w));
}

/**
 * The first of several items that only says what they are for: "stuff", "smoothie stuff",
 * "ingredients for pancakes", "everything for tacos", "for chili".
 */
function isHeading(item: ParsedItem): boolean {
  const words = item.name.split(' ');
  if (GENERIC_THINGS.has(item.name) || words[0] === 'for') return true;
  if (item.quantity !== undefined || item.brand !== undefined) return false;
  const head = words[words.length - 1]!;
  return HEADING_WORDS.has(head) && (words.length === 1 ? item.note?.startsWith('for ') === true || GENERIC_THINGS.has(head) : GENERIC_THINGS.has(head) || head === 'ingredients');
}
/** Thanks said as if it were one more item. */
const THANKS = /^(?:thanks|thank you|thx|ty|cheers)(?: so much| very much| a lot| a bunch| again)?$/;

/** The span's tokens with break markers removed, joined: a plain phrase ("peanut butter"). */
export function phraseOf(tokens: readonly string[]): string {
  return dropEdges(tokens.filter((t) => t !== ITEM_BREAK && !isBreak(t)) as string[]).join(' ');
}

export { CLAUSE_WORDS } from '../lexicon/index.js';
