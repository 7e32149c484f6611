/**
 * A thing taken off and another wanted in its place, said around the removal: "remove the
 * gummy bears, pretzels instead", "drop the oat milk, get almond instead". The part after the
 * break that ends with "instead" is not taken off: it is added, and the pair is one swap.
 */
import { call, itemArgs, type IntentEnv, type Outcome } from '../../engine/intent.js';
import { plausibleName } from '../../engine/items.js';
import { isBreak, withoutLeading } from '../../engine/tokenizer.js';
import { INSTEAD_WORDS, SWAP_LEADS } from '../../lexicon/index.js';
import { removeItems } from './list-actions.js';

const LEADS = SWAP_LEADS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);

/** The removal `tokens` ask for, with a last part "..., X instead" read as what takes its place; undefined when there is no such part. */
export function removedForAnother(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  if (!INSTEAD_WORDS.has(tokens.at(-1) ?? '')) return undefined;
  const at = tokens.findLastIndex(isBreak);
  if (at <= 0) return undefined;
  const wanted = withoutLeading(tokens.slice(at + 1, -1), LEADS).words;
  const parse = env.items(wanted);
  if (wanted.length === 0 || parse.items.length === 0 || !parse.items.every((i) => plausibleName(i.name))) return undefined;
  const removal = removeItems(tokens.slice(0, at), env);
  const removed = removal?.calls.length === 1 && removal.calls[0]!.name === 'remove_from_list' ? removal.calls[0]! : undefined;
  if (!removal || !removed) return undefined;
  const added = call('add_to_list', { items: parse.items.map((i) => itemArgs(i)) }, env);
  const one = (removed.args.items as unknown[]).length === 1 && parse.items.length === 1;
  return { calls: [removed, added], confidence: Math.min(removal.confidence, 0.9), ...(one ? { swap: true } : {}) };
}
