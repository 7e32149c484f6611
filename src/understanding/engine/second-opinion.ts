/**
 * The trained model's part in the offline understanding (src/understanding/model/).
 */
import type { ToolCall } from '../../tools/tool.js';
import { NOT_GROCERY_REPLY } from '../intents/support/list-actions.js';
import type { NluModel, WorkMeter } from '../model/index.js';
import { extractList, stripFiller } from './clause.js';
import { groceryThing, namesElsewhere, offTopicChange } from './grocery-gate.js';
import type { UnderstandingContext } from './intent.js';
import { tokenize } from './tokenizer.js';
import { isEnglishWord } from './typos.js';
import { NOT_UNDERSTOOD_REPLY, type Understanding } from './understanding.js';
import type { VocabularyIndex } from './vocabulary.js';

/** The model's calibrated confidence at or above which its proposal runs as said. */
const MODEL_SURE = 0.9;
/** The confidence a proposal the model is sure of is given: above the agent's threshold to run. */
const MODEL_RUNS = 0.8;
/** The most a proposal the model is not sure of is given: below the threshold, so changes are asked about. */
const MODEL_ASKS = 0.7;
/** How sure the model must be that a message is about something else to veto the rules' changes. */
const NONE_VETO = 0.9;
/** Tools whose calls change something: the ones the model's veto holds back. */
const CHANGING: ReadonlySet<string> = new Set(['add_to_list', 'remove_from_list', 'update_list_item', 'check_item', 'track_price', 'remember_preference', 'set_budget',
  'create_list', 'rename_list', 'delete_list', 'clear_list', 'share_list', 'join_list', 'leave_list', 'stop_tracking', 'forget_preference', 'remove_checked']);

/** Changes to the things on a list (a preference's value or a store may be any name). */
const LINE_CHANGES: ReadonlySet<string> = new Set(['add_to_list', 'remove_from_list', 'update_list_item', 'check_item']);

/** The names a call is about. */
function namesIn(call: ToolCall): string[] {
  const a = call.args;
  if (Array.isArray(a.items)) return (a.items as unknown[]).map((i) => (typeof i === 'string' ? i : String((i as { name?: unknown }).name ?? '')));
  return ['name', 'value', 'item', 'query'].map((k) => a[k]).filter((v): v is string => typeof v === 'string');
}

/**
 * True when a name is something the conversation already holds: "add it" after a price answer,
 * or a line on the list ("remove the marmalade" when marmalade is on it, whatever the catalog sells).
 */
function pointsBack(name: string, context: UnderstandingContext): boolean {
  const held = [...(context.lastResults ?? []), ...(context.lastItems ?? [])];
  return held.some((r) => r.name === name) || context.onList?.(name) !== undefined;
}

/**
 * The trained model's part: where no rule settled the message it proposes calls, with its
 * calibrated confidence (a change only runs without asking when it is very likely right); where
 * the rules did read changes but the model is sure the message is about something else and
 * nothing in it names a grocery or a list, nothing is changed.
 */
export function secondOpinion(text: string, ruled: Understanding, model: NluModel | undefined, vocab: VocabularyIndex, meter?: WorkMeter, context: UnderstandingContext = {}): Understanding {
  if (!model || ruled.act) return ruled;
  if (ruled.calls.length > 0) {
    if (!ruled.calls.some((c) => CHANGING.has(c.name))) return ruled;
    const guess = model.classify(text, meter);
    if (guess.intent !== 'none' || guess.confidence < NONE_VETO) return ruled;
    const tokens = tokenize(text);
    const evidence =
      extractList(stripFiller(tokens), vocab).mentioned ||
      ruled.calls.some((c) => namesIn(c).some((n) => groceryThing(n, vocab) || pointsBack(n, context)));
    return evidence ? ruled : { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
  }
  if (ruled.reply !== NOT_UNDERSTOOD_REPLY) return ruled;
  const proposal = model.propose(text, vocab, meter);
  if (!proposal.built || proposal.calls.length === 0) return ruled;
  // "blorp the wuzzle": a change to a thing no word of which anyone knows (not the catalog, not
  // English) is a guess from the shape of the sentence alone, so nothing was understood.
  const unknownThing = (name: string) => name.split(' ').every((w) => !vocab.knowsWord(w) && !isEnglishWord(w));
  if (proposal.calls.some((c) => LINE_CHANGES.has(c.name) && namesIn(c).length > 0 && namesIn(c).every(unknownThing))) return ruled;
  const tokens = tokenize(text);
  const listWord = extractList(stripFiller(tokens), vocab).mentioned;
  // A guess is held to more than the rules: naming another domain's thing is enough to leave it.
  if ((!listWord && namesElsewhere(tokens)) || offTopicChange(proposal.calls, tokens, listWord, vocab)) return { calls: [], confidence: 0.9, reply: NOT_GROCERY_REPLY };
  // A guess about things nobody sells, with no list named ("blorp the wuzzle"), is not worth asking about.
  const grocery = proposal.calls.some((c) => !CHANGING.has(c.name) || namesIn(c).some((n) => groceryThing(n, vocab) || pointsBack(n, context)));
  if (!listWord && !grocery) return ruled;
  // Calibrated: at MODEL_SURE a change runs (scaled into the rules' range above the agent's
  // threshold); below, the same proposal is worth asking about.
  const confidence = proposal.confidence >= MODEL_SURE ? MODEL_RUNS : Math.min(proposal.confidence, MODEL_ASKS);
  return { calls: proposal.calls, confidence, source: 'model' };
}
