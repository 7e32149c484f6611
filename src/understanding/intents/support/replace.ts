/**
 * Taking back a thing for another: "not the turkey, ground beef instead", "no wait not russet
 * red potatoes", "not chicken breast, chicken thigh", "oat milk instead of almond", "actually
 * make that hummus", "make it skim". The thing taken back is found among what was just touched
 * (by its words: "the turkey" is the ground turkey just added) or named; the new thing keeps the
 * old one's amount when it states none, and a word that only says which kind ("2%", "red") takes
 * the old thing's name ("2% milk").
 */
import { call, type IntentEnv, type Outcome } from '../../engine/intent.js';
import { itemArgs } from '../../engine/intent.js';
import { isNounPhrase, plausibleName, sameKindAs } from '../../engine/items.js';
import { CORRECTION_OPENERS, INSTEAD_OF, PLAIN_KIND_WORDS, SWAP_LEADS } from '../../lexicon/index.js';
import { lineMeant } from '../../engine/list-lines.js';
import { resolveReference, type Referent } from '../../engine/references.js';
import { isBreak, standsAt, withoutLeading } from '../../engine/tokenizer.js';

const OPENERS = CORRECTION_OPENERS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
/** Words between the thing taken back and the new one: "not the turkey, (but) (i want) ground beef". */
const BRIDGES = [['i', 'meant'], ['i', 'mean'], ['i', 'want'], ['i', 'need'], ['we', 'want'], ['we', 'need'], ['but'], ['rather'], ['get'], ['make', 'it'], ['it', 'is'], ['its']];
const ARTICLES = new Set(['the', 'a', 'an', 'some', 'my', 'our']);
const LEADS = SWAP_LEADS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const INSTEAD = INSTEAD_OF.map((p) => p.split(' '));

function stripOpeners(words: string[]): { words: string[]; corrected: boolean } {
  const { words: rest, stripped } = withoutLeading(words, OPENERS);
  return { words: rest, corrected: stripped };
}

/** The thing just touched that `words` names ("turkey" -> the ground turkey line), or the only one touched when `words` is empty. */
function touchedThing(words: readonly string[], env: IntentEnv): Referent | undefined {
  const touched = env.context.lastItems ?? [];
  if (words.length === 0) {
    const ref = resolveReference(['it'], env.context, 'touched');
    return ref && ref.length === 1 ? ref[0] : undefined;
  }
  const said = words.filter((w) => !ARTICLES.has(w));
  const hits = touched.filter((t) => said.every((w) => t.name.split(' ').some((n) => n === w || n === `${w}s` || `${n}s` === w)));
  if (hits.length !== 1) return undefined;
  const hit = hits[0]!;
  return { name: hit.name, ...(hit.quantity !== undefined ? { quantity: hit.quantity } : {}), ...(hit.unit !== undefined ? { unit: hit.unit } : {}) };
}

/**
 * The line "the oat", "the apple juice" or "the regular" means, when "X instead of the Y" has no
 * word of correction: the one line the words name, or for a plain word ("regular") the one line
 * of the new thing's kind ("brown rice" -> the rice).
 */
function lineTakenBack(oldWords: readonly string[], newWords: readonly string[], env: IntentEnv): Referent | undefined {
  const said = oldWords.filter((w) => !ARTICLES.has(w) && w !== 'one');
  if (said.length === 0) return undefined;
  if (said.length === 1 && PLAIN_KIND_WORDS.has(said[0]!)) {
    const head = env.items(newWords).items[0]?.name.split(' ').at(-1);
    const lines = [...(env.context.lastItems ?? []), ...(env.context.lines?.() ?? [])];
    const names = [...new Set(lines.filter((l) => head && l.name.split(' ').at(-1) === head && l.name !== env.items(newWords).items[0]?.name).map((l) => l.name))];
    // The name only: the swap keeps the line's amount itself.
    return names.length === 1 ? { name: names[0]! } : undefined;
  }
  const line = lineMeant(said.join(' '), env.context);
  return line && { name: line.name };
}

/** The new thing's item, named in full: "2%" after whole milk is "2% milk". */
function newThing(words: readonly string[], old: Referent | undefined, oldName: string, env: IntentEnv): Record<string, unknown> | undefined {
  const parse = env.items(words);
  if (parse.items.length !== 1 || !plausibleName(parse.items[0]!.name)) return undefined;
  const item = itemArgs(parse.items[0]!);
  item.name = sameKindAs(String(item.name), oldName, env.vocab);
  if (old && item.quantity === undefined && old.quantity !== undefined) {
    item.quantity = old.quantity;
    if (old.unit !== undefined) item.unit = old.unit;
  }
  return item;
}

/** A thing taken back for another: remove the old, add the new. */
export function replaceThing(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  const opened = stripOpeners([...tokens]);
  const { corrected } = opened;
  // "nope no gummy bears, ...": a "no" that ends the openers is the one taking the thing back.
  const noFirst = opened.corrected && tokens[tokens.length - opened.words.length - 1] === 'no' ? ['no', ...opened.words] : opened.words;
  // "no gummy bears, get sour patch kids instead": "no" as "not", when what it takes back is a line there and an "instead" or a verb says the rest is wanted.
  const noWords = noFirst.filter((t) => !isBreak(t));
  const no = noWords[0] === 'no' && noWords.length > 2 && (noWords.at(-1) === 'instead' || BRIDGES.some((b) => noWords.some((_, i) => i > 1 && standsAt(noWords, b, i))));
  const said = no ? noFirst : opened.words;
  const words = said.filter((t) => !isBreak(t));
  let oldWords: string[] | undefined;
  let newWords: string[] | undefined;
  let unopened = false;
  if ((words[0] === 'not' || no) && words.length > 2) {
    // "not the turkey, ground beef instead": the comma says where; without one ("not russet red
    // potatoes"), the old words are the longest start that names a thing just touched.
    const comma = said.indexOf(',', said.indexOf(words[0]!));
    const rest = words.slice(1);
    const splits = comma > 0 ? [said.slice(said.indexOf('not') + 1, comma).filter((t) => !isBreak(t)).length] : [...rest.keys()].slice(1).reverse();
    for (const k of splits) {
      const old = rest.slice(0, k);
      let next = rest.slice(k);
      if (next[next.length - 1] === 'instead') next = next.slice(0, -1);
      const bridge = BRIDGES.find((b) => standsAt(next, b));
      if (bridge) next = next.slice(bridge.length);
      if (!next.length || !old.some((w) => !ARTICLES.has(w))) continue;
      if ((comma > 0 && !no) || touchedThing(old, env) || (no && lineMeant(old.filter((w) => !ARTICLES.has(w)).join(' '), env.context))) {
        oldWords = old;
        newWords = next;
        break;
      }
    }
  } else if (corrected) {
    const at = words.findIndex((w, i) => (w === 'not' && i > 0) || (w === 'instead' && words[i + 1] === 'of'));
    if (at > 0) {
      // "oat milk instead of almond", "ground beef not turkey", "let's do brown rice instead of the regular"
      newWords = withoutLeading(words.slice(0, at), LEADS).words;
      oldWords = words.slice(at + (words[at] === 'instead' ? 2 : 1));
    } else if (/^(make|change|switch|swap)$/.test(words[0] ?? '') && /^(that|it)$/.test(words[1] ?? '')) {
      // "actually make that hummus": the one thing just touched, replaced.
      newWords = words.slice(words[2] === 'to' || words[2] === 'for' ? 3 : 2);
      oldWords = [];
    } else {
      // "actually oat milk" right after almond milk: the same kind of thing, said again.
      const old = touchedThing([], env);
      const parse = env.items(words.filter((w) => w !== 'instead'));
      const head = old?.name.split(' ').at(-1);
      if (old && parse.items.length === 1 && head && parse.items[0]!.name.split(' ').at(-1) === head && parse.items[0]!.name !== old.name) {
        newWords = words.filter((w) => w !== 'instead');
        oldWords = [];
      }
    }
  } else {
    // "almond milk instead of the oat", "let's do brown rice instead of the regular": only a line there.
    const at = words.findIndex((_, i) => i > 0 && INSTEAD.some((p) => standsAt(words, p, i)));
    // "grapes, not apples": after a comma, "not" and a line of the list.
    const comma = said.findIndex((t, i) => i > 0 && isBreak(t) && said[i + 1] === 'not');
    if (at > 0) {
      newWords = withoutLeading(words.slice(0, at), LEADS).words;
      oldWords = words.slice(at + INSTEAD.find((p) => standsAt(words, p, at))!.length);
      unopened = true;
    } else if (comma > 0) {
      newWords = said.slice(0, comma).filter((t) => !isBreak(t));
      oldWords = said.slice(comma + 2).filter((t) => !isBreak(t));
      unopened = true;
    }
  }
  if (!oldWords || !newWords?.length || (oldWords.length && !isNounPhrase(oldWords.join(' ')))) return undefined;
  const old = touchedThing(oldWords, env) ?? lineTakenBack(oldWords, newWords, env);
  // Without a word of correction, the thing taken back must be one on the list.
  if (unopened && !old) return undefined;
  const oldName = old?.name ?? oldWords.filter((w) => !ARTICLES.has(w)).join(' ');
  if (!oldName) return undefined;
  const item = newThing(newWords, old, oldName, env);
  if (!item) return undefined;
  return { calls: [call('remove_from_list', { items: [{ name: oldName }] }, env), call('add_to_list', { items: [item] }, env)], confidence: old ? 0.9 : 0.8, swap: true };
}
