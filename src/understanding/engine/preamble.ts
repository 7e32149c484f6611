/**
 * How sure a request read after a preamble is. "so I'm hosting book club on thursday and I'm
 * panicking, could you put brie on my list" says its request plainly after the chatter: a change
 * that names the list it goes on, or whose things are all groceries, is as clear as one said
 * alone. Anything else read after a preamble is asked about first.
 */
import type { ToolCall } from '../../tools/tool.js';
import type { Outcome } from './intent.js';
import { extractList, stripFiller } from './clause.js';
import { groceryThing, staple } from './grocery-gate.js';
import { plausibleName } from './items.js';
import { isBreak } from './tokenizer.js';

/** Words a question starts with: what follows a question is not said plainly ("what do i need for banana bread"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'how', 'where', 'when', 'why', 'who', 'do', 'does', 'did', 'is', 'are', 'should', 'shall', 'whether']);
/** Words that make a preamble a question or a condition wherever they are. */
const WH_WORDS: ReadonlySet<string> = new Set(['what', 'which', 'how', 'where', 'why', 'whether', 'if', 'unless', 'not', 'never']);
import type { VocabularyIndex } from './vocabulary.js';

/** The names a call adds or changes. */
function thingsOf(call: ToolCall): string[] {
  const items = call.args.items;
  if (Array.isArray(items)) return items.map((i) => String((i as { name?: unknown }).name ?? ''));
  return typeof call.args.name === 'string' ? [call.args.name] : [];
}

/**
 * True when `found`, read from `tail` (the request after `preamble`, from its verb), says plainly
 * what it does: a list named by the word "list" (or one standing for it), or only things the
 * grocery vocabulary knows.
 */
export function plainAfterPreamble(found: Outcome, preamble: readonly string[], tail: readonly string[], vocab: VocabularyIndex): boolean {
  // "what ingredients do i need for ...", "is it worth it, add ...": a question, or a condition, before it.
  if (found.calls.length === 0 || QUESTION_WORDS.has(preamble[0] ?? '') || preamble.some((t) => WH_WORDS.has(t))) return false;
  if (extractList(stripFiller([...tail]), vocab).mentioned) return true;
  const names = found.calls.flatMap(thingsOf);
  return names.length > 0 && names.every((n) => plausibleName(n) && (groceryThing(n, vocab) || staple(n)));
}
